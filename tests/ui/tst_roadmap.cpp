// The Roadmap dock: dragging an opportunity on the effort × impact matrix sets both values
// as one undo step, the arrow keys nudge the selected one, and the ranked list orders the
// opportunities as the report does and edits owner and status through commands.

#include "document/document.h"
#include "editor/mapsession.h"
#include "editor/selection.h"
#include "roadmap/opportunitytablemodel.h"
#include "roadmap/prioritymatrix.h"
#include "roadmap/roadmapdock.h"
#include "support/testsupport.h"

#include <QApplication>
#include <QHeaderView>
#include <QMainWindow>
#include <QMouseEvent>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Waymark;

namespace {

void settle()
{
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

// A move with the left button held, sent as our own event so that the buttons are set.
void moveTo(QWidget *widget, const QPoint &pos)
{
    QMouseEvent event(QEvent::MouseMove, pos, widget->mapToGlobal(pos), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(widget, &event);
}

void drag(QWidget *widget, const QPoint &from, const QPoint &to)
{
    QTest::mousePress(widget, Qt::LeftButton, {}, from);
    for (int i = 1; i <= 6; ++i)
        moveTo(widget, from + (to - from) * i / 6);
    QTest::mouseRelease(widget, Qt::LeftButton, {}, to);
}

} // namespace

class TestRoadmap : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void dragSetsEffortAndImpactInOneStep_data();
    void dragSetsEffortAndImpactInOneStep();
    void dropOnItsOwnCellChangesNothing();
    void clickSelectsAndArrowsNudge();
    void rankedListOrder();
    void rankedListFollowsChanges();
    void rankedListEditsOwnerAndStatus();
    void selectionFollowsBothWays();
    void readOnlyMapCannotBeDragged();
    void dotsKeepTheirNumbers();
    void quadrantNamesStayClearOfDots();
    void rankedTableFitsItsDock_data();
    void rankedTableFitsItsDock();
    void screenshots();

private:
    Document *doc() const { return m_session->document(); }
    QUndoStack *stack() const { return m_session->undoStack(); }
    PriorityMatrix *matrix() const { return m_dock->matrix(); }
    OpportunityTableModel *model() const { return m_dock->rankedModel(); }
    QList<Id> opportunities() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MapSession> m_session;
    std::unique_ptr<QMainWindow> m_window;
    RoadmapDock *m_dock = nullptr;
};

void TestRoadmap::init()
{
    m_dir = Test::scratchDir();
    m_session = std::make_unique<MapSession>(Test::documentFromTemplate(m_dir->filePath(u"map.waymark"_s), u"phone-store"_s),
                                             false);
    m_window = std::make_unique<QMainWindow>();
    m_dock = new RoadmapDock(m_window.get());
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_window->setCentralWidget(new QWidget);
    m_window->resize(900, 640);
    m_dock->setSession(m_session.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    settle();
}

void TestRoadmap::cleanup()
{
    m_dock->setSession(nullptr);
    m_window.reset();
    m_session.reset();
    m_dir.reset();
}

QList<Id> TestRoadmap::opportunities() const
{
    QList<Id> ids;
    for (const Card &card : doc()->snapshot().cards) {
        if (card.kind == CardKind::Opportunity)
            ids.append(card.id);
    }
    return ids;
}

void TestRoadmap::dragSetsEffortAndImpactInOneStep_data()
{
    QTest::addColumn<int>("effort");
    QTest::addColumn<int>("impact");
    QTest::newRow("to the quick wins corner") << 1 << 5;
    QTest::newRow("to the money pits corner") << 5 << 1;
    QTest::newRow("only effort") << -1 << 0;
}

void TestRoadmap::dragSetsEffortAndImpactInOneStep()
{
    QFETCH(int, effort);
    QFETCH(int, impact);
    const Id id = opportunities().at(2);
    const Card before = *doc()->card(id);
    if (effort < 0) { // one column over, same row
        effort = before.effort == Card::MaxScale ? before.effort - 1 : before.effort + 1;
        impact = before.impact;
    }
    const QPoint from = matrix()->dotCenter(id);
    QCOMPARE(matrix()->cellAt(from), std::pair(before.effort, before.impact));
    drag(matrix(), from, matrix()->cellCenter(effort, impact));

    QCOMPARE(doc()->card(id)->effort, effort);
    QCOMPARE(doc()->card(id)->impact, impact);
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(stack()->undoText(), u"Prioritise Opportunity"_s);
    QCOMPARE(m_session->selection()->current(), (ElementRef{Entity::Card, id}));
    settle();
    QCOMPARE(matrix()->cellAt(matrix()->dotCenter(id)), std::pair(effort, impact));

    stack()->undo();
    QCOMPARE(*doc()->card(id), before);
    stack()->redo();
    QCOMPARE(doc()->card(id)->effort, effort);
    QCOMPARE(doc()->card(id)->impact, impact);
}

void TestRoadmap::dropOnItsOwnCellChangesNothing()
{
    const Id id = opportunities().first();
    const QPoint from = matrix()->dotCenter(id);
    drag(matrix(), from, from + QPoint(3, -2));
    QCOMPARE(stack()->count(), 0);
}

void TestRoadmap::clickSelectsAndArrowsNudge()
{
    const Id id = opportunities().at(1);
    const Card before = *doc()->card(id);
    QTest::mouseClick(matrix(), Qt::LeftButton, {}, matrix()->dotCenter(id));
    QCOMPARE(m_session->selection()->current(), (ElementRef{Entity::Card, id}));
    QCOMPARE(stack()->count(), 0);

    matrix()->setFocus();
    const int key = before.impact < Card::MaxScale ? Qt::Key_Up : Qt::Key_Down;
    QTest::keyClick(matrix(), Qt::Key(key));
    QCOMPARE(doc()->card(id)->impact, before.impact + (key == Qt::Key_Up ? 1 : -1));
    QCOMPARE(doc()->card(id)->effort, before.effort);
    QCOMPARE(stack()->count(), 1);
    // At the edge of the grid nothing moves and nothing is pushed.
    for (int i = 0; i < 6; ++i)
        QTest::keyClick(matrix(), Qt::Key_Left);
    QCOMPARE(doc()->card(id)->effort, Card::MinScale);
    const int steps = stack()->count();
    QTest::keyClick(matrix(), Qt::Key_Left);
    QCOMPARE(stack()->count(), steps);
}

void TestRoadmap::rankedListOrder()
{
    const QList<Id> all = opportunities();
    QCOMPARE(model()->rowCount(), int(all.size()));
    double previousScore = 1e9;
    int previousImpact = 99;
    for (int row = 0; row < model()->rowCount(); ++row) {
        const Card *card = doc()->card(model()->cardAt(row));
        QVERIFY(card && card->kind == CardKind::Opportunity);
        QCOMPARE(model()->index(row, OpportunityTableModel::Rank).data().toInt(), row + 1);
        QCOMPARE(model()->index(row, OpportunityTableModel::Title).data().toString(), card->title);
        QCOMPARE(model()->index(row, OpportunityTableModel::Impact).data().toInt(), card->impact);
        QCOMPARE(model()->index(row, OpportunityTableModel::Effort).data().toInt(), card->effort);
        const double score = double(card->impact) / card->effort;
        QCOMPARE(model()->index(row, OpportunityTableModel::Score).data(Qt::EditRole).toDouble(), score);
        QVERIFY2(score < previousScore || (score == previousScore && card->impact <= previousImpact),
                 qPrintable(card->title));
        previousScore = score;
        previousImpact = card->impact;
    }
}

void TestRoadmap::rankedListFollowsChanges()
{
    const Id last = model()->cardAt(model()->rowCount() - 1);
    drag(matrix(), matrix()->dotCenter(last), matrix()->cellCenter(1, 5));
    settle();
    QCOMPARE(model()->cardAt(0), last);
    stack()->undo();
    settle();
    QCOMPARE(model()->cardAt(model()->rowCount() - 1), last);
}

void TestRoadmap::rankedListEditsOwnerAndStatus()
{
    const Id id = model()->cardAt(0);
    const QModelIndex owner = model()->index(0, OpportunityTableModel::Owner);
    const QModelIndex status = model()->index(0, OpportunityTableModel::Status);
    QVERIFY(model()->flags(owner) & Qt::ItemIsEditable);
    QVERIFY(model()->flags(status) & Qt::ItemIsEditable);
    QVERIFY(!(model()->flags(model()->index(0, OpportunityTableModel::Title)) & Qt::ItemIsEditable));
    const QString oldOwner = doc()->card(id)->owner;

    QVERIFY(model()->setData(owner, u"Store operations lead"_s));
    QCOMPARE(doc()->card(id)->owner, u"Store operations lead"_s);
    QCOMPARE(stack()->undoText(), u"Change Owner"_s);
    QVERIFY(model()->setData(status, keyOf(OpportunityStatus::Done)));
    QCOMPARE(doc()->card(id)->status, OpportunityStatus::Done);
    settle();
    QCOMPARE(model()->index(model()->rowOf(id), OpportunityTableModel::Status).data().toString(),
             labelOf(OpportunityStatus::Done));
    QCOMPARE(stack()->count(), 2);
    // The same value again is no step at all.
    QVERIFY(!model()->setData(model()->index(model()->rowOf(id), OpportunityTableModel::Owner), u"Store operations lead"_s));
    QCOMPARE(stack()->count(), 2);
    stack()->undo();
    stack()->undo();
    QCOMPARE(doc()->card(id)->owner, oldOwner);
}

void TestRoadmap::selectionFollowsBothWays()
{
    const Id id = model()->cardAt(3);
    m_session->selection()->select({Entity::Card, id});
    settle();
    QTableView *table = m_dock->rankedView();
    QCOMPARE(table->selectionModel()->selectedRows().value(0).row(), 3);
    table->selectRow(5);
    QCOMPARE(m_session->selection()->current(), (ElementRef{Entity::Card, model()->cardAt(5)}));
}

void TestRoadmap::readOnlyMapCannotBeDragged()
{
    const QString path = doc()->path();
    m_dock->setSession(nullptr);
    m_session = std::make_unique<MapSession>(Document::open(path, Store::Access::ReadOnly), false);
    m_dock->setSession(m_session.get());
    settle();
    const Id id = opportunities().first();
    const Card before = *doc()->card(id);
    drag(matrix(), matrix()->dotCenter(id), matrix()->cellCenter(before.effort == 1 ? 5 : 1, before.impact));
    QCOMPARE(*doc()->card(id), before);
    QVERIFY(!(model()->flags(model()->index(0, OpportunityTableModel::Owner)) & Qt::ItemIsEditable));
}

void TestRoadmap::dotsKeepTheirNumbers()
{
    // Numbered in map order, from 1: the card's number, not its rank.
    const QList<Id> all = opportunities();
    QVERIFY(all.size() >= 4);
    QHash<Id, QString> labels;
    for (int i = 0; i < all.size(); ++i) {
        labels.insert(all.at(i), matrix()->dotLabel(all.at(i)));
        QCOMPARE(labels.value(all.at(i)), QString::number(i + 1));
        QCOMPARE(model()->index(model()->rowOf(all.at(i)), OpportunityTableModel::Number).data().toInt(), i + 1);
    }
    // Dragging the last-ranked to the quick wins changes the ranks, not the labels.
    const Id moved = model()->cardAt(model()->rowCount() - 1);
    drag(matrix(), matrix()->dotCenter(moved), matrix()->cellCenter(1, 5));
    settle();
    QCOMPARE(model()->cardAt(0), moved);
    for (const Id id : all)
        QCOMPARE(matrix()->dotLabel(id), labels.value(id));
}

void TestRoadmap::quadrantNamesStayClearOfDots()
{
    // Every cell crowded, the corners above all, where the names are.
    for (const int effort : {1, 5}) {
        for (const int impact : {1, 5}) {
            const Id id = opportunities().at((effort + impact) % opportunities().size());
            drag(matrix(), matrix()->dotCenter(id), matrix()->cellCenter(effort, impact));
        }
    }
    settle();
    const double radius = matrix()->dotDiameter() / 2 + 3; // with the selection ring
    for (const QSize size : {QSize(260, 280), QSize(420, 380), QSize(700, 600)}) {
        matrix()->resize(size);
        for (const QRectF &label : matrix()->quadrantLabelRects()) {
            for (const Id id : opportunities()) {
                const QRectF dot(QPointF(matrix()->dotCenter(id)) - QPointF(radius, radius), QSizeF(2 * radius, 2 * radius));
                QVERIFY2(!label.intersects(dot), qPrintable(doc()->card(id)->title));
            }
        }
    }
}

void TestRoadmap::rankedTableFitsItsDock_data()
{
    QTest::addColumn<int>("width");
    QTest::newRow("narrow") << 300;
    QTest::newRow("default") << 420;
    QTest::newRow("wide") << 760;
}

void TestRoadmap::rankedTableFitsItsDock()
{
    QFETCH(int, width);
    m_dock->tabs()->setCurrentIndex(1);
    m_window->resizeDocks({m_dock}, {width}, Qt::Horizontal);
    settle();
    QTableView *table = m_dock->rankedView();
    QHeaderView *header = table->horizontalHeader();
    // The title takes what the other columns leave, elided; the columns its tooltip repeats
    // give way in a narrow dock. Only a dock too narrow for even that scrolls.
    QVERIFY(header->sectionSize(OpportunityTableModel::Title) >= 140);
    if (table->viewport()->width() >= 140 + 300)
        QVERIFY2(header->length() <= table->viewport()->width() + 1,
                 qPrintable(u"%1 px of columns in %2 px"_s.arg(header->length()).arg(table->viewport()->width())));
    for (const int always : {OpportunityTableModel::Rank, OpportunityTableModel::Number, OpportunityTableModel::Score})
        QVERIFY(!header->isSectionHidden(always));
    if (width >= 760)
        QVERIFY(!header->isSectionHidden(OpportunityTableModel::Stage) && !header->isSectionHidden(OpportunityTableModel::Impact));
    const QString tip = model()->index(0, OpportunityTableModel::Title).data(Qt::ToolTipRole).toString();
    const Card *card = doc()->card(model()->cardAt(0));
    QVERIFY2(tip.contains(doc()->stage(card->stage)->name) && tip.contains(u"Impact %1"_s.arg(card->impact)), qPrintable(tip));
    QVERIFY(m_dock->grab().save(Test::artifactPath(u"roadmap-ranked-%1.png"_s.arg(width))));
}

void TestRoadmap::screenshots()
{
    QApplication::setPalette(QApplication::style()->standardPalette());
    m_session->selection()->select({Entity::Card, model()->cardAt(0)});
    settle();
    QTest::qWait(10);
    QVERIFY(m_dock->grab().save(Test::artifactPath(u"roadmap-matrix.png"_s)));
    m_window->resizeDocks({m_dock}, {760}, Qt::Horizontal);
    m_dock->tabs()->setCurrentIndex(1);
    QTest::qWait(10);
    QVERIFY(m_dock->grab().save(Test::artifactPath(u"roadmap-ranked.png"_s)));

    // A dark desktop theme: quadrants, axes and dots must stay readable.
    QPalette dark(QColor(0x35, 0x35, 0x35), QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    QApplication::setPalette(dark);
    m_dock->tabs()->setCurrentIndex(0);
    QTest::qWait(10);
    QVERIFY(m_dock->grab().save(Test::artifactPath(u"roadmap-matrix-dark.png"_s)));
    QApplication::setPalette(QApplication::style()->standardPalette());
}

QTEST_MAIN(TestRoadmap)
#include "tst_roadmap.moc"
