// File ▸ Open from Workspace…: the maps of a workspace listed off the GUI thread, the chosen one
// opened as a copy with its responses, the address remembered without a password, and every
// failure said in the dialog (issue 16). Against the PostgreSQL server run-tests.sh starts.

#include "app/documentmanager.h"
#include "commands/setvaluecommand.h"
#include "dialogs/workspacedialog.h"
#include "document/document.h"
#include "editor/mapsession.h"
#include "editor/selection.h"
#include "mainwindow/mainwindow.h"
#include "support/scratchworkspace.h"
#include "support/testsupport.h"
#include "model/authorname.h"
#include "model/fields.h"
#include "templates/templatelibrary.h"
#include "workspace/workspaceaddress.h"
#include "workspace/workspacelink.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Waymark;

class TestWorkspaceDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listsAndOpens();
    void failuresAreSaid_data();
    void failuresAreSaid();
    void opensInTheEditor();
    void serverGoneShowsABanner();

private:
    // Publishes the phone-store map with a few responses, the review overdue, as "Phone store".
    void publish();

    std::unique_ptr<Test::ScratchWorkspace> m_scratch;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestWorkspaceDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QApplication::setPalette(QApplication::style()->standardPalette());
}

void TestWorkspaceDialog::init()
{
    QSettings().remove(u"workspaces/recent"_s);
    m_dir = Test::scratchDir();
    if (!Test::postgresUrl().isEmpty()) {
        m_scratch = std::make_unique<Test::ScratchWorkspace>();
        Workspace::init(WorkspaceAddress::parse(m_scratch->url()));
    }
}

void TestWorkspaceDialog::cleanup()
{
    m_scratch.reset();
    m_dir.reset();
    QSettings().remove(u"workspaces/recent"_s);
}

void TestWorkspaceDialog::publish()
{
    auto document = Test::documentFromTemplate(m_dir->filePath(u"phone.waymark"_s), u"phone-store"_s);
    QList<Response> responses;
    for (int i = 0; i < 5; ++i) {
        Response response;
        response.stage = document->stages().at(1).id;
        response.respondent = u"R%1"_s.arg(i);
        response.nps = 10 - i;
        responses.append(response);
    }
    document->insertResponses(responses);
    document->setValue(fieldRef(1, MapField::Owner), u"Ana Lima"_s);
    document->setValue(fieldRef(1, MapField::ReviewDate), u"2026-01-31"_s);
    Workspace workspace(WorkspaceAddress::parse(m_scratch->url()));
    workspace.publish(u"Phone store"_s, document->snapshot(), document->responsesOfStages({}), false);
    Workspace::MapContent empty;
    workspace.publish(u"Onboarding"_s, TemplateLibrary::load(u"blank"_s), empty.responses, false);
}

void TestWorkspaceDialog::listsAndOpens()
{
    REQUIRE_POSTGRES();
    publish();
    WorkspaceDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *open = dialog.findChild<QPushButton *>(u"open"_s);
    QVERIFY(!open->isEnabled());
    dialog.addressBox()->setEditText(m_scratch->url());
    QSignalSpy listed(&dialog, &WorkspaceDialog::mapsListed);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"listMaps"_s), Qt::LeftButton);
    QVERIFY(listed.wait(10000));
    QCOMPARE(dialog.maps()->topLevelItemCount(), 2);
    QCOMPARE(dialog.maps()->topLevelItem(0)->text(0), u"Onboarding"_s);
    QTreeWidgetItem *phone = dialog.maps()->topLevelItem(1);
    QCOMPARE(phone->text(0), u"Phone store"_s);
    QCOMPARE(phone->text(2), u"Ana Lima"_s);
    QVERIFY2(phone->text(3).startsWith(u"Due (31 Jan 2026)"_s), qPrintable(phone->text(3)));
    QCOMPARE(phone->text(4), u"5"_s);
    QCOMPARE(dialog.status()->text(), u"2 maps."_s);
    dialog.maps()->setCurrentItem(phone);
    QVERIFY(open->isEnabled());
    dialog.grab().save(Test::artifactPath(u"workspace-dialog.png"_s));

    // Editing the address after listing: Open waits for the new list.
    dialog.addressBox()->setEditText(m_scratch->url() + u"x"_s);
    QVERIFY(!open->isEnabled());
    dialog.addressBox()->setEditText(m_scratch->url());
    QVERIFY(open->isEnabled());

    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(open, Qt::LeftButton);
    QVERIFY(accepted.wait(10000));
    QCOMPARE(dialog.mapName(), u"Phone store"_s);
    QCOMPARE(dialog.content().responses.size(), 5);
    QCOMPARE(dialog.content().data.info.owner, u"Ana Lima"_s);
    QCOMPARE(WorkspaceDialog::recentAddresses(), QStringList{m_scratch->url()});
}

void TestWorkspaceDialog::failuresAreSaid_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("says");
    QTest::newRow("a password") << u"postgresql://ana:secret@127.0.0.1/x"_s << u"keep the password in ~/.pgpass"_s;
    QTest::newRow("no server there") << u"postgresql://127.0.0.1:1/x"_s << u"cannot connect to the workspace"_s;
    QTest::newRow("not a workspace") << u"EMPTY"_s << u"is not a Waymark workspace yet"_s;
}

void TestWorkspaceDialog::failuresAreSaid()
{
    REQUIRE_POSTGRES();
    QFETCH(QString, address);
    QFETCH(QString, says);
    Test::ScratchWorkspace empty; // a database that is not made a workspace
    if (address == u"EMPTY"_s)
        address = empty.url();
    WorkspaceDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.addressBox()->setEditText(address);
    QSignalSpy listed(&dialog, &WorkspaceDialog::mapsListed);
    dialog.listMaps();
    QVERIFY(listed.size() == 1 || listed.wait(15000));
    QVERIFY2(dialog.status()->text().contains(says), qPrintable(dialog.status()->text()));
    QVERIFY(!dialog.status()->text().contains(u"secret"_s));
    QVERIFY(dialog.isVisible()); // the dialog stays, to correct the address
    QCOMPARE(dialog.maps()->topLevelItemCount(), 0);
    QVERIFY(!dialog.findChild<QPushButton *>(u"open"_s)->isEnabled());
    QVERIFY(WorkspaceDialog::recentAddresses().isEmpty());
}

void TestWorkspaceDialog::opensInTheEditor()
{
    REQUIRE_POSTGRES();
    publish();
    QSettings().setValue(u"workspaces/recent"_s, QStringList{m_scratch->url()});
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The dialog is modal: drive it once it is up.
    bool drove = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<WorkspaceDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        QCOMPARE(dialog->address(), m_scratch->url()); // the recent workspace is offered
        QSignalSpy listed(dialog, &WorkspaceDialog::mapsListed);
        dialog->listMaps();
        if (!listed.wait(10000))
            return;
        dialog->maps()->setCurrentItem(dialog->maps()->topLevelItem(1));
        dialog->openSelected();
        drove = true;
    });
    MainWindow *shown = window.openFromWorkspace();
    QVERIFY(drove);
    QVERIFY(shown);
    Document *document = shown->session()->document();
    QCOMPARE(document->info().owner, u"Ana Lima"_s);
    QCOMPARE(document->responsesOfStages({}).size(), 5);
    QVERIFY(!shown->session()->undoStack()->canUndo()); // what was opened is not an edit
    // The workspace's map itself, followed: not a copy.
    WorkspaceLink *link = WorkspaceLink::of(document);
    QVERIFY(link);
    QCOMPARE(link->mapName(), u"Phone store"_s);
    QVERIFY(!DocumentManager::instance().isUnsaved(document->path()));
    QVERIFY2(shown->statusBar()->currentMessage().contains(u"'Phone store' from postgresql://"_s),
             qPrintable(shown->statusBar()->currentMessage()));
    QVERIFY(shown->windowTitle().contains(u"Phone store (workspace)"_s));

    // An edit in the window is in the workspace at once; someone else's shows with a notice,
    // and who else is here shows in the status bar.
    const Id card = document->cardsOfStage(document->stages().first().id).first();
    shown->session()->push(new SetValueCommand(document, {Entity::Card, card, int(CardField::Title)}, u"Edited in the window"_s));
    QCOMPARE(Workspace(WorkspaceAddress::parse(m_scratch->url())).read(u"Phone store"_s).data.cards.first().title,
             u"Edited in the window"_s);
    QSettings().setValue(QString::fromLatin1(AuthorName::SettingsKey), u"Ben Ortiz"_s);
    const auto ben = WorkspaceLink::open(WorkspaceAddress::parse(m_scratch->url()), u"Phone store"_s);
    auto *presence = shown->findChild<QLabel *>(u"presence"_s);
    QVERIFY(presence);
    QTRY_COMPARE_WITH_TIMEOUT(presence->text(), u"Also here: Ben Ortiz"_s, 10000);
    ben->setValue({Entity::Card, card, int(CardField::Description)}, u"Ben's note on the card"_s);
    QTRY_COMPARE_WITH_TIMEOUT(document->card(card)->description, u"Ben's note on the card"_s, 10000);
    QVERIFY2(shown->statusBar()->currentMessage().startsWith(u"Ben Ortiz changed the description of card 'Edited in the window'"_s),
             qPrintable(shown->statusBar()->currentMessage()));
    QTest::qWait(50);
    shown->grab().save(Test::artifactPath(u"workspace-opened.png"_s));
    QSettings().remove(QString::fromLatin1(AuthorName::SettingsKey));
}

void TestWorkspaceDialog::serverGoneShowsABanner()
{
    REQUIRE_POSTGRES();
    publish();
    const QString role = m_scratch->addRole(u"ana"_s, true);
    MainWindow window;
    window.resize(1400, 900);
    window.adopt(std::make_unique<MapSession>(
        WorkspaceLink::open(WorkspaceAddress::parse(m_scratch->urlAs(role)), u"Phone store"_s), false));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *banner = window.findChild<QWidget *>(u"readOnlyBanner"_s);
    QVERIFY(banner && !banner->isVisible());

    Document *document = window.session()->document();
    const Id card = document->cardsOfStage(document->stages().first().id).first();
    // The card in the inspector, its fields built while the map is writable.
    window.session()->selection()->select({Entity::Card, card});
    auto *inspector = window.findChild<QWidget *>(u"inspectorDock"_s);
    QVERIFY(inspector);
    QPointer<QLineEdit> title;
    QTRY_VERIFY((title = inspector->findChild<QLineEdit *>(u"title"_s)));
    QVERIFY(!title->isReadOnly());

    m_scratch->execute(u"ALTER ROLE %1 NOLOGIN"_s.arg(role));
    m_scratch->execute(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '%1'"_s.arg(role));
    // The change fails (and says so in a message box, closed here), the banner says why.
    QTimer::singleShot(300, this, [] {
        if (QWidget *box = QApplication::activeModalWidget())
            box->close();
    });
    window.session()->push(new SetValueCommand(document, {Entity::Card, card, int(CardField::Description)},
                                               u"Typed while the server was away"_s));
    QVERIFY(document->card(card)->description != u"Typed while the server was away"_s);
    QTRY_VERIFY(banner->isVisible());
    auto *message = window.findChild<QLabel *>(u"readOnlyMessage"_s);
    QVERIFY2(message->text().contains(u"cannot be reached"_s), qPrintable(message->text()));
    auto *copy = window.findChild<QPushButton *>(u"copyUnsavedChange"_s);
    QVERIFY(copy && copy->isVisible());
    copy->click();
    QVERIFY2(QGuiApplication::clipboard()->text().contains(u"Typed while the server was away"_s),
             qPrintable(QGuiApplication::clipboard()->text()));
    QVERIFY(window.windowTitle().contains(u"(read-only)"_s));
    // The fields already built follow: no edit can be started while nothing can be saved.
    QVERIFY(title && title->isReadOnly());
    QVERIFY(!inspector->findChild<QLabel *>(u"inspectorReadOnlyNote"_s)->isHidden());
    QTest::qWait(50);
    window.grab().save(Test::artifactPath(u"workspace-offline.png"_s));

    m_scratch->execute(u"ALTER ROLE %1 LOGIN"_s.arg(role));
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 10000);
    QVERIFY(!document->isReadOnly());
    QVERIFY(title && !title->isReadOnly());
}

QTEST_MAIN(TestWorkspaceDialog)
#include "tst_workspacedialog.moc"
