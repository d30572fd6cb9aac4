// The main window's survey data: the Data menu, Remove All Responses as one undoable step, the
// charts dock beside the inspector, and View ▸ Show Measured Emotion reaching the canvas.

#include "canvasinput.h"

#include "charts/chartsdock.h"
#include "commands/importresponsescommand.h"
#include "commands/setvaluecommand.h"
#include "mainwindow/dataactions.h"

#include <QMenuBar>
#include <QSettings>
#include <QStyle>

using namespace Qt::StringLiterals;
using namespace Waymark;
using namespace Waymark::CanvasInput;

class TestDataActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void dataMenu();
    void removeAllResponsesIsOneStep();
    void measuredEmotionToggle();
    void chartsDockBesideInspector();
    void screenshot();

private:
    void importSample(int count);
    DataActions *data() const { return m_window->window.data(); }

    std::unique_ptr<Window> m_window;
};

void TestDataActions::initTestCase()
{
    QCoreApplication::setOrganizationName(u"WaymarkTests"_s);
    QCoreApplication::setApplicationName(u"tst_dataactions"_s);
    QSettings().clear();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QApplication::setPalette(QApplication::style()->standardPalette());
}

void TestDataActions::init()
{
    m_window = std::make_unique<Window>();
    QVERIFY(m_window->open());
}

void TestDataActions::cleanup()
{
    m_window.reset();
}

void TestDataActions::importSample(int count)
{
    ResponseBatch batch;
    const QList<Stage> &stages = m_window->doc()->stages();
    const int scores[] = {10, 9, 3, 8, 10, 6, 9, 7, 10, 2};
    for (int i = 0; i < count; ++i) {
        Response r;
        const int s = i % int(stages.size());
        r.stage = stages.at(s).id;
        r.nps = scores[(i + s * 3) % 10];
        r.csat = 1 + (i / 3 + s * (s % 3)) % 5;
        r.ces = 2 + (i + s) % 6;
        r.fcr = (i + s) % 3 != 0;
        r.attributes = {{u"Gender"_s, i % 2 ? u"female"_s : u"male"_s}, {u"Region"_s, i % 3 ? u"North"_s : u"South"_s}};
        batch.append(r);
    }
    m_window->window.session()->push(new ImportResponsesCommand(m_window->doc(), std::move(batch)));
    settle();
}

void TestDataActions::dataMenu()
{
    QMenu *menu = nullptr;
    for (QAction *action : m_window->window.menuBar()->actions()) {
        if (action->text() == u"&Data"_s)
            menu = action->menu();
    }
    QVERIFY(menu);
    QVERIFY(menu->actions().contains(data()->importAction()));
    QVERIFY(menu->actions().contains(data()->businessFiguresAction()));
    QVERIFY(menu->actions().contains(data()->removeResponsesAction()));
    QVERIFY(data()->importAction()->isEnabled());
    QVERIFY(data()->businessFiguresAction()->isEnabled());
    QVERIFY(!data()->removeResponsesAction()->isEnabled()); // nothing to remove yet
    importSample(10);
    QVERIFY(data()->removeResponsesAction()->isEnabled());

    m_window->window.closeMap();
    QVERIFY(!data()->importAction()->isEnabled());
    QVERIFY(!data()->removeResponsesAction()->isEnabled());
}

void TestDataActions::removeAllResponsesIsOneStep()
{
    importSample(70);
    QUndoStack *undo = m_window->undo();
    const int steps = undo->count();
    data()->removeResponsesAction()->trigger();
    QCOMPARE(m_window->doc()->responseCount(), 0);
    QCOMPARE(undo->count(), steps + 1);
    QCOMPARE(undo->undoText(), u"Remove All Responses"_s);
    QVERIFY(!data()->removeResponsesAction()->isEnabled());
    undo->undo();
    QCOMPARE(m_window->doc()->responseCount(), 70);
    QVERIFY(data()->removeResponsesAction()->isEnabled());
    undo->redo();
    QCOMPARE(m_window->doc()->responseCount(), 0);
}

void TestDataActions::measuredEmotionToggle()
{
    QAction *toggle = data()->measuredEmotionAction();
    QVERIFY(toggle->isCheckable());
    toggle->setChecked(true);
    QVERIFY(m_window->scene()->showsMeasuredEmotion());
    toggle->setChecked(false);
    QVERIFY(!m_window->scene()->showsMeasuredEmotion());
    QCOMPARE(QSettings().value(u"view/measuredEmotion"_s).toBool(), false);
    // A map opened later starts as the user left it.
    m_window->window.closeMap();
    QVERIFY(m_window->open(u"phone-store"_s, u"other.waymark"_s));
    QVERIFY(!m_window->scene()->showsMeasuredEmotion());
    toggle->setChecked(true);
}

void TestDataActions::chartsDockBesideInspector()
{
    ChartsDock *dock = data()->chartsDock();
    QVERIFY(!dock->isVisible());
    data()->chartsDockAction()->trigger();
    QVERIFY(dock->isVisible());
    settle();
    QVERIFY(dock->width() >= 360);
    const QList<QDockWidget *> tabs = m_window->window.tabifiedDockWidgets(dock);
    QVERIFY(std::any_of(tabs.begin(), tabs.end(), [](QDockWidget *d) { return d->objectName() == u"inspectorDock"_s; }));
}

void TestDataActions::screenshot()
{
    importSample(700);
    Document *doc = m_window->doc();
    m_window->window.session()->push(new SetValueCommand(doc, fieldRef(doc->stages().at(0).id, StageField::NpsTarget), 30.0));
    m_window->window.session()->push(new SetValueCommand(doc, fieldRef(doc->stages().at(1).id, StageField::CsatTarget), 60.0));
    data()->measuredEmotionAction()->setChecked(true);
    data()->showCharts();
    settle();
    QTest::qWait(150); // the dock's gathered recompute
    QVERIFY(m_window->window.grab().save(Test::artifactPath(u"mainwindow-survey.png"_s)));
}

QTEST_MAIN(TestDataActions)
#include "tst_dataactions.moc"
