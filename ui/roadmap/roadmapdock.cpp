#include "roadmapdock.h"

#include "editor/mapsession.h"
#include "editor/selection.h"
#include "opportunitytablemodel.h"
#include "prioritymatrix.h"
#include "statuscolors.h"
#include "statusdelegate.h"

#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Waymark {

RoadmapDock::RoadmapDock(QWidget *parent)
    : QDockWidget(tr("Roadmap"), parent)
    , m_tabs(new QTabWidget(this))
    , m_matrix(new PriorityMatrix(this))
    , m_legend(new QLabel(this))
    , m_model(new OpportunityTableModel(this))
    , m_table(new QTableView(this))
{
    setObjectName(u"roadmapDock"_s);

    auto *matrixPage = new QWidget(this);
    auto *matrixLayout = new QVBoxLayout(matrixPage);
    matrixLayout->setContentsMargins(4, 4, 4, 4);
    matrixLayout->addWidget(m_matrix, 1);
    QStringList legend;
    for (const OpportunityStatus status : allValues<OpportunityStatus>())
        legend.append(u"<span style=\"color:%1\">\u25cf</span>&nbsp;%2"_s.arg(statusColor(status).name(), labelOf(status)));
    m_legend->setText(legend.join(u"&nbsp;&nbsp;&nbsp;"_s) + u"<br>"_s
                      + tr("<i>Drag a dot to set its effort and impact.</i>"));
    m_legend->setToolTip(tr("Arrow keys move the selected opportunity a step; Ctrl+Z undoes"));
    m_legend->setWordWrap(true);
    matrixLayout->addWidget(m_legend);
    m_tabs->addTab(matrixPage, tr("Matrix"));

    m_table->setObjectName(u"rankedOpportunities"_s);
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(OpportunityTableModel::Status, new StatusDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::SelectedClicked);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    // Numbers fit their contents; the texts get room to be read and scroll sideways in a
    // narrow dock rather than being squeezed to a few letters.
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setMinimumSectionSize(28);
    for (const auto &[column, width] : {std::pair(OpportunityTableModel::Title, 240), std::pair(OpportunityTableModel::Stage, 130),
                                        std::pair(OpportunityTableModel::Owner, 140)}) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column, width);
    }
    header->setStretchLastSection(true);
    m_tabs->addTab(m_table, tr("Ranked"));
    setWidget(m_tabs);

    connect(m_model, &OpportunityTableModel::reranked, this, &RoadmapDock::selectionFromSession);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RoadmapDock::selectionToSession);
}

void RoadmapDock::setSession(MapSession *session)
{
    if (m_session)
        disconnect(m_session->selection(), nullptr, this, nullptr);
    m_session = session;
    m_matrix->setSession(session);
    m_model->setSession(session);
    if (session)
        connect(session->selection(), &Selection::changed, this, &RoadmapDock::selectionFromSession);
    setEnabled(session != nullptr);
}

void RoadmapDock::selectionFromSession()
{
    if (!m_session || m_syncing)
        return;
    m_syncing = true;
    const ElementRef current = m_session->selection()->current();
    const QList<Id> cards = m_session->selection()->ids(Entity::Card);
    const Id card = current.entity == Entity::Card ? current.id : cards.value(0);
    const int row = m_model->rowOf(card);
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
    } else {
        m_table->clearSelection();
    }
    m_syncing = false;
}

void RoadmapDock::selectionToSession()
{
    if (!m_session || m_syncing)
        return;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    m_syncing = true;
    m_session->selection()->select({Entity::Card, m_model->cardAt(rows.first().row())});
    m_syncing = false;
}

} // namespace Waymark
