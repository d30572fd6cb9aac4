#include "roadmapdock.h"

#include "editor/mapsession.h"
#include "editor/selection.h"
#include "opportunitytablemodel.h"
#include "prioritymatrix.h"
#include "statuscolors.h"
#include "statusdelegate.h"

#include <QEvent>
#include <QScopedValueRollback>
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
    // Numbers fit their contents; the title takes what is left and is elided (its tooltip has
    // it whole), so that the table fits the dock. Only a dock too narrow even for that
    // scrolls sideways.
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setMinimumSectionSize(28);
    header->setSectionResizeMode(OpportunityTableModel::Title, QHeaderView::Interactive);
    for (const auto &[column, width] : {std::pair(OpportunityTableModel::Stage, 110), std::pair(OpportunityTableModel::Owner, 100)}) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column, width);
    }
    header->setStretchLastSection(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_table->viewport()->installEventFilter(this);
    connect(header, &QHeaderView::sectionResized, this, [this](int section) {
        if (section != OpportunityTableModel::Title)
            fitTitleColumn();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &RoadmapDock::fitTitleColumn, Qt::QueuedConnection);
    m_tabs->addTab(m_table, tr("Ranked"));
    setWidget(m_tabs);

    connect(m_model, &OpportunityTableModel::reranked, this, &RoadmapDock::selectionFromSession);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RoadmapDock::selectionToSession);
}

bool RoadmapDock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitTitleColumn();
    return QDockWidget::eventFilter(watched, event);
}

void RoadmapDock::fitTitleColumn()
{
    // The title takes the width the other columns leave, down to a readable minimum; in a
    // narrow dock the columns the title's tooltip repeats make room for it, least needed first.
    constexpr int MinTitleWidth = 140;
    if (m_fitting)
        return; // hiding a column resizes it, which calls here again
    const QScopedValueRollback fitting(m_fitting, true);
    QHeaderView *header = m_table->horizontalHeader();
    const auto natural = [&](int column) {
        if (column == OpportunityTableModel::Stage)
            return 110;
        if (column == OpportunityTableModel::Owner)
            return 100;
        return std::max(header->sectionSizeHint(column), static_cast<const QAbstractItemView *>(m_table)->sizeHintForColumn(column));
    };
    const int room = m_table->viewport()->width();
    QList<int> shown;
    for (int column = 0; column < OpportunityTableModel::ColumnCount; ++column) {
        if (column != OpportunityTableModel::Title)
            shown.append(column);
    }
    const auto used = [&] {
        int sum = 0;
        for (const int column : std::as_const(shown))
            sum += natural(column);
        return sum;
    };
    for (const int column : {OpportunityTableModel::Effort, OpportunityTableModel::Impact, OpportunityTableModel::Owner,
                             OpportunityTableModel::Stage}) {
        if (room - used() >= MinTitleWidth)
            break;
        shown.removeAll(column);
    }
    for (int column = 0; column < OpportunityTableModel::ColumnCount; ++column) {
        if (column != OpportunityTableModel::Title)
            header->setSectionHidden(column, !shown.contains(column));
    }
    const int width = std::max(MinTitleWidth, room - used());
    if (header->sectionSize(OpportunityTableModel::Title) != width)
        header->resizeSection(OpportunityTableModel::Title, width);
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
