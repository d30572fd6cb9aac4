#pragma once

#include "model/ids.h"

#include <QFrame>

class QLabel;
class QLineEdit;

namespace Waymark {

// Capture during a workshop: N on a stage slide opens this bar over the slide. Up and Down
// pick the lane, the text is the new card's title, Enter adds it and Esc leaves it.
class CaptureBar : public QFrame
{
    Q_OBJECT

public:
    explicit CaptureBar(QWidget *parent = nullptr);

    // `lanes`: (id, name) in order; starts on `lane` (the first when it is not among them).
    void start(const QList<std::pair<Id, QString>> &lanes, Id lane, double fontPixels);
    Id lane() const;
    QLineEdit *edit() const { return m_edit; }
    void stop();

signals:
    void accepted(Waymark::Id lane, const QString &title);
    void cancelled();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showLane();

    QLabel *m_prompt;
    QLabel *m_laneLabel;
    QLineEdit *m_edit;
    QLabel *m_hint;
    QList<std::pair<Id, QString>> m_lanes;
    int m_index = 0;
};

} // namespace Waymark
