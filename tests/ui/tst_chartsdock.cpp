// The survey charts dock: it shows a placeholder until responses come, charts after an import
// (recomputed once, however many signals the import sent), the placeholder again after undo;
// the segment and persona selectors narrow the figures; segment insights are listed.

#include "chartbars.h"
#include "charts/chartfilter.h"
#include "charts/chartsdock.h"
#include "commands/importresponsescommand.h"
#include "commands/setcardpersonascommand.h"
#include "document/document.h"
#include "editor/mapsession.h"
#include "editor/metricscache.h"
#include "support/testsupport.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QLabel>
#include <QMainWindow>
#include <QSignalSpy>
#include <QStyle>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Waymark;
using Waymark::ChartBars::npsBar;

namespace {

Response answer(Id stage, int nps, const QString &gender, Id touchpoint = 0)
{
    Response r;
    r.stage = stage;
    r.touchpoint = touchpoint;
    r.nps = nps;
    r.csat = nps >= 9 ? 5 : 2;
    r.attributes = {{u"Gender"_s, gender}};
    return r;
}

} // namespace

class TestChartsDock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void placeholderWithoutResponses();
    void importThenUndo();
    void segmentFilter();
    void personaFilter();
    void insightsListed();
    void hiddenDockWaits();
    void screenshots();

private:
    Document *doc() const { return m_session->document(); }
    Id stage(int index) const { return doc()->stages().at(index).id; }
    int stages() const { return int(doc()->stages().size()); }
    Id touchpoint(const QString &title) const;
    void import(const QList<Response> &responses);
    bool waitForRecompute(QSignalSpy &spy);
    QChart *chart(const QString &name) const;
    QLabel *placeholder() const { return m_dock->findChild<QLabel *>(u"chartsPlaceholder"_s); }
    QComboBox *combo(const QString &name) const { return m_dock->findChild<QComboBox *>(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MapSession> m_session;
    std::unique_ptr<QMainWindow> m_window;
    ChartsDock *m_dock = nullptr;
};

void TestChartsDock::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QApplication::setPalette(QApplication::style()->standardPalette());
}

void TestChartsDock::init()
{
    m_dir = Test::scratchDir();
    m_session = std::make_unique<MapSession>(Test::documentFromTemplate(m_dir->filePath(u"map.waymark"_s), u"phone-store"_s), false);
    m_window = std::make_unique<QMainWindow>();
    m_window->setCentralWidget(new QLabel(u"canvas"_s));
    m_dock = new ChartsDock(m_window.get());
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_dock->setSession(m_session.get());
    m_window->resize(900, 1100);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestChartsDock::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_dir.reset();
}

Id TestChartsDock::touchpoint(const QString &title) const
{
    for (const Stage &s : doc()->stages()) {
        for (const Id id : doc()->cardsOfStage(s.id)) {
            if (doc()->card(id)->title == title)
                return id;
        }
    }
    return 0;
}

void TestChartsDock::import(const QList<Response> &responses)
{
    ResponseBatch batch;
    for (const Response &response : responses)
        batch.append(response);
    m_session->push(new ImportResponsesCommand(doc(), std::move(batch)));
}

bool TestChartsDock::waitForRecompute(QSignalSpy &spy)
{
    if (!spy.wait(2000))
        return false;
    QTest::qWait(150); // a second recompute would come within this
    return true;
}

QChart *TestChartsDock::chart(const QString &name) const
{
    for (QChart *chart : m_dock->charts()) {
        if (chart->objectName() == name)
            return chart;
    }
    return nullptr;
}

void TestChartsDock::placeholderWithoutResponses()
{
    QVERIFY(m_dock->charts().isEmpty());
    QVERIFY(placeholder()->isVisible());
    QVERIFY(placeholder()->text().startsWith(u"No survey responses yet"_s));

    ChartsDock lonely;
    QVERIFY(lonely.findChild<QLabel *>(u"chartsPlaceholder"_s)->text().contains(u"No map is open"_s));
}

void TestChartsDock::importThenUndo()
{
    QSignalSpy spy(m_dock, &ChartsDock::recomputed);
    // Stage 1: 9 9 9 10 0 -> (4 - 1) / 5 = NPS 60; stage 3: 0 0 8 -> -67.
    QList<Response> responses;
    for (const int nps : {9, 9, 9, 10, 0})
        responses.append(answer(stage(0), nps, u"f"_s));
    for (const int nps : {0, 0, 8})
        responses.append(answer(stage(2), nps, u"m"_s));
    import(responses);
    QVERIFY(waitForRecompute(spy));
    QCOMPARE(spy.count(), 1); // the import's signals, one recompute
    QVERIFY(!placeholder()->isVisible());
    QVERIFY(chart(u"npsChart"_s));
    QCOMPARE(npsBar(chart(u"npsChart"_s), 0, stages()), 60.0);
    QVERIFY(std::abs(npsBar(chart(u"npsChart"_s), 2, stages()) - (-200.0 / 3)) < 1e-9);
    QVERIFY(chart(u"csatChart"_s));
    QVERIFY(m_dock->findChild<QLabel *>(u"chartsSummary"_s)->text().contains(u"8 responses"_s));

    spy.clear();
    m_session->undoStack()->undo();
    QVERIFY(waitForRecompute(spy));
    QCOMPARE(spy.count(), 1);
    QVERIFY(m_dock->charts().isEmpty());
    QVERIFY(placeholder()->isVisible());

    spy.clear();
    m_session->undoStack()->redo();
    QVERIFY(waitForRecompute(spy));
    QCOMPARE(npsBar(chart(u"npsChart"_s), 0, stages()), 60.0);
}

void TestChartsDock::segmentFilter()
{
    QSignalSpy spy(m_dock, &ChartsDock::recomputed);
    import({answer(stage(0), 10, u"f"_s), answer(stage(0), 10, u"f"_s), answer(stage(0), 0, u"m"_s)});
    QVERIFY(waitForRecompute(spy));
    QCOMPARE(npsBar(chart(u"npsChart"_s), 0, stages()), 100.0 / 3);

    QComboBox *attribute = combo(u"segmentAttribute"_s);
    QComboBox *value = combo(u"segmentValue"_s);
    QVERIFY(!value->isEnabled());
    QCOMPARE(attribute->findData(u"Gender"_s), 1);
    spy.clear();
    attribute->setCurrentIndex(1);
    QVERIFY(waitForRecompute(spy));
    QVERIFY(value->isEnabled());
    QCOMPARE(value->count(), 3); // All values, f, m
    value->setCurrentIndex(value->findData(u"m"_s));
    QVERIFY(waitForRecompute(spy));
    QCOMPARE(npsBar(chart(u"npsChart"_s), 0, stages()), -100.0);
    QVERIFY(m_dock->findChild<QLabel *>(u"chartsSummary"_s)->text().startsWith(u"Showing Gender = m"_s));
    QVERIFY(chart(u"npsChart"_s)->title().contains(u"Gender = m"_s));
    QCOMPARE(m_session->metrics()->segment(), (QList<SegmentCondition>{{u"Gender"_s, u"m"_s}}));

    // Back to everyone.
    attribute->setCurrentIndex(0);
    QVERIFY(waitForRecompute(spy));
    QCOMPARE(npsBar(chart(u"npsChart"_s), 0, stages()), 100.0 / 3);
}

void TestChartsDock::personaFilter()
{
    QSignalSpy spy(m_dock, &ChartsDock::recomputed);
    const Id pages = touchpoint(u"Handset and tariff pages"_s);
    const Id listing = touchpoint(u"Sponsored comparison-site listing"_s);
    QVERIFY(pages && listing);
    import({answer(stage(0), 10, u"f"_s, pages), answer(stage(0), 0, u"f"_s, listing), answer(stage(0), 0, u"f"_s)});
    QVERIFY(waitForRecompute(spy));
    const Id priya = doc()->personas().first().id;
    const Id other = doc()->personas().at(1).id;
    m_session->push(new SetCardPersonasCommand(doc(), pages, {priya}));
    m_session->push(new SetCardPersonasCommand(doc(), listing, {other}));
    QVERIFY(waitForRecompute(spy));

    QComboBox *persona = combo(u"persona"_s);
    QCOMPARE(persona->count(), 1 + int(doc()->personas().size()));
    spy.clear();
    persona->setCurrentIndex(persona->findData(priya));
    QVERIFY(waitForRecompute(spy));
    // The response about the other persona's touchpoint is left out (as the canvas dims its
    // card); the one naming no touchpoint concerns everyone: 10 and 0, NPS 0.
    QCOMPARE(npsBar(chart(u"npsChart"_s), 0, stages()), 0.0);
    QVERIFY(chart(u"npsChart"_s)->title().contains(u"Priya Shah"_s));
    // One filter: the session's figures (the canvas's badges) follow the dock's choice.
    QCOMPARE(m_session->metrics()->persona(), priya);
    QCOMPARE(m_session->metrics()->report().overall.responses, 2);

    persona->setCurrentIndex(persona->findData(other));
    QVERIFY(waitForRecompute(spy));
    QCOMPARE(npsBar(chart(u"npsChart"_s), 0, stages()), -100.0);

    // Set elsewhere (View ▸ Persona, Show all): the dock shows it.
    spy.clear();
    m_session->metrics()->setFilter(0, {});
    QVERIFY(waitForRecompute(spy));
    QCOMPARE(persona->currentIndex(), 0);
    QCOMPARE(npsBar(chart(u"npsChart"_s), 0, stages()), -100.0 / 3);
}

void TestChartsDock::insightsListed()
{
    QSignalSpy spy(m_dock, &ChartsDock::recomputed);
    // 40 women all promoters, 40 men all detractors: the intervals are far apart.
    QList<Response> responses;
    for (int i = 0; i < 40; ++i) {
        responses.append(answer(stage(i % 3), 10, u"female"_s));
        responses.append(answer(stage(i % 3), i % 4 ? 2 : 7, u"male"_s));
    }
    import(responses);
    QVERIFY(waitForRecompute(spy));
    const QList<QLabel *> labels = m_dock->findChildren<QLabel *>(u"segmentInsight"_s);
    QCOMPARE(labels.size(), 2);
    QStringList texts{labels.at(0)->text(), labels.at(1)->text()};
    texts.sort();
    QVERIFY2(texts.at(0).startsWith(u"\u25b2 Gender = female: NPS +100"_s), qPrintable(texts.at(0)));
    QVERIFY2(texts.at(1).startsWith(u"\u25bc Gender = male: NPS -75"_s) || texts.at(1).startsWith(u"\u25bc Gender = male: NPS \u221275"_s),
             qPrintable(texts.at(1)));
}

void TestChartsDock::hiddenDockWaits()
{
    QSignalSpy spy(m_dock, &ChartsDock::recomputed);
    m_dock->hide();
    import({answer(stage(0), 10, u"f"_s)});
    QTest::qWait(200);
    QCOMPARE(spy.count(), 0);
    m_dock->show();
    QVERIFY(waitForRecompute(spy));
    QCOMPARE(spy.count(), 1);
    QVERIFY(chart(u"npsChart"_s));
}

void TestChartsDock::screenshots()
{
    QSignalSpy spy(m_dock, &ChartsDock::recomputed);
    QList<Response> responses;
    const int scores[] = {10, 9, 8, 7, 6, 10, 9, 3, 9, 10, 5, 8};
    for (int i = 0; i < 600; ++i) {
        Response r = answer(stage(i % stages()), scores[(i * 7 + i / 5) % 12], i % 3 ? u"female"_s : u"male"_s);
        r.ces = 1 + (i * 5) % 7;
        r.fcr = i % 4 != 0;
        r.responseMinutes = 2 + (i * 13) % 30;
        responses.append(r);
    }
    import(responses);
    QVERIFY(waitForRecompute(spy));
    m_window->resize(1000, 1500);
    m_window->resizeDocks({m_dock}, {m_dock->sizeHint().width()}, Qt::Horizontal);
    QTest::qWait(50);
    QVERIFY(m_dock->grab().save(Test::artifactPath(u"chartsdock.png"_s)));

    // A dark desktop palette: the charts follow it.
    QPalette dark(QColor(0x35, 0x35, 0x35), QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    spy.clear();
    QApplication::setPalette(dark);
    QVERIFY(waitForRecompute(spy));
    QCOMPARE(chart(u"npsChart"_s)->backgroundBrush().color(), QColor(0x1e, 0x1e, 0x1e));
    QVERIFY(m_dock->grab().save(Test::artifactPath(u"chartsdock-dark.png"_s)));
    QApplication::setPalette(QApplication::style()->standardPalette());
}

QTEST_MAIN(TestChartsDock)
#include "tst_chartsdock.moc"
