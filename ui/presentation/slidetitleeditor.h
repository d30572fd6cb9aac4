#pragma once

#include "model/ids.h"

#include <QLineEdit>

namespace Waymark {

// Fixes a typo live: a double-click on a card of a stage slide opens this over the card's
// title. Enter (or clicking elsewhere) keeps the text, Esc leaves the title as it was.
class SlideTitleEditor : public QLineEdit
{
    Q_OBJECT

public:
    explicit SlideTitleEditor(QWidget *parent = nullptr);

    void start(Id card, const QString &text, const QRect &geometry, const QFont &font);
    Id card() const { return m_card; }
    bool isEditing() const { return m_card != 0; }
    void commit();
    void cancel();

signals:
    // Only when the text changed.
    void committed(Waymark::Id card, const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    Id m_card = 0;
    QString m_original;
};

} // namespace Waymark
