#pragma once

#include "model/ids.h"

#include <QListWidget>

namespace Waymark {

class MapSession;

// The personas of the map, each checked when the inspected cards concern it: checking one
// tags every inspected card with it as one undo step. With several cards, a persona that
// only some of them concern is partially checked.
class PersonaChecklist : public QListWidget
{
    Q_OBJECT

public:
    PersonaChecklist(MapSession *session, const QList<Id> &cards, QWidget *parent = nullptr);

    void setReadOnly(bool readOnly);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void updateChecks();
    void toggled(QListWidgetItem *item);
    Qt::CheckState stateOf(Id persona) const;
    int heightForRows(int rows) const;

    MapSession *m_session;
    QList<Id> m_cards;
    bool m_readOnly = false;
    bool m_updating = false;
};

} // namespace Waymark
