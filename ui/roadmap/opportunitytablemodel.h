#pragma once

#include "model/ids.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

namespace Waymark {

class MapSession;

// The map's opportunities ranked by impact ÷ effort (then impact), as the PDF report ranks
// them: rank, number (the one on the matrix's dot), title, stage, impact, effort, score, owner
// and status. Owner and status are
// edited in place through undoable commands. The order follows every change at once: an
// opportunity whose effort drops climbs the list.
class OpportunityTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Rank, Number, Title, Stage, Impact, Effort, Score, Owner, Status, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit OpportunityTableModel(QObject *parent = nullptr);

    void setSession(MapSession *session);

    Id cardAt(int row) const { return m_ids.value(row); }
    int rowOf(Id card) const { return int(m_ids.indexOf(card)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // After the rows were ranked again: views restore their selection.
    void reranked();

private:
    void scheduleRerank();
    void rerank();

    QPointer<MapSession> m_session;
    QList<Id> m_ids;
    QHash<qint64, int> m_numbers;
    bool m_rerankQueued = false;
};

} // namespace Waymark
