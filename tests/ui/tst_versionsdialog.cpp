// File ▸ Versions…: the versions kept in the map, Compare With Current (the changes listed, the
// cards that changed selected), Restore as one undo step, errors said in the dialog.

#include "dialogs/versionsdialog.h"
#include "document/document.h"
#include "document/mapversions.h"
#include "editor/mapsession.h"
#include "editor/selection.h"
#include "support/testsupport.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Waymark;

class TestVersionsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listsTheVersions();
    void compareListsAndSelectsChanges_data();
    void compareListsAndSelectsChanges();
    void restoreIsOneUndoStep();
    void errorsAreSaidInTheDialog();
    void screenshot();

private:
    Document *doc() const { return m_session->document(); }
    QPushButton *button(const char *name) const { return m_dialog->findChild<QPushButton *>(QLatin1StringView(name)); }
    QList<Id> touchpoints() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MapSession> m_session;
    std::unique_ptr<VersionsDialog> m_dialog;
};

void TestVersionsDialog::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QApplication::setPalette(QApplication::style()->standardPalette());
}

void TestVersionsDialog::init()
{
    m_dir = Test::scratchDir();
    m_session = std::make_unique<MapSession>(Test::documentFromTemplate(m_dir->filePath(u"map.waymark"_s), u"phone-store"_s), false);
    MapVersions(*doc()).take(u"before workshop"_s);
    m_dialog = std::make_unique<VersionsDialog>(m_session.get());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestVersionsDialog::cleanup()
{
    m_dialog.reset();
    m_session.reset();
    m_dir.reset();
}

QList<Id> TestVersionsDialog::touchpoints() const
{
    QList<Id> ids;
    for (const Stage &stage : doc()->stages()) {
        for (const Id id : doc()->cardsOfStage(stage.id)) {
            if (doc()->card(id)->kind == CardKind::Touchpoint)
                ids.append(id);
        }
    }
    return ids;
}

void TestVersionsDialog::listsTheVersions()
{
    QCOMPARE(m_dialog->versions()->topLevelItemCount(), 1);
    QCOMPARE(m_dialog->versions()->topLevelItem(0)->text(0), u"before workshop"_s);
    QCOMPARE(m_dialog->selectedLabel(), u"before workshop"_s);
    QVERIFY(button("compare")->isEnabled());
    QVERIFY(button("restore")->isEnabled());

    QVERIFY(m_dialog->takeSnapshot(u"after workshop"_s));
    QCOMPARE(m_dialog->versions()->topLevelItemCount(), 2);
    QCOMPARE(m_dialog->selectedLabel(), u"after workshop"_s);
    QVERIFY(!m_dialog->takeSnapshot(u"after workshop"_s)); // taken
    QVERIFY2(m_dialog->status()->text().contains(u"already"_s), qPrintable(m_dialog->status()->text()));
    QCOMPARE(m_dialog->versions()->topLevelItemCount(), 2);
}

void TestVersionsDialog::compareListsAndSelectsChanges_data()
{
    QTest::addColumn<int>("renamed"); // touchpoints renamed
    QTest::newRow("none") << 0;
    QTest::newRow("one") << 1;
    QTest::newRow("three") << 3;
}

void TestVersionsDialog::compareListsAndSelectsChanges()
{
    QFETCH(int, renamed);
    const QList<Id> cards = touchpoints().mid(0, renamed);
    for (const Id id : cards)
        doc()->setValue(fieldRef(id, CardField::Title), u"Renamed in the workshop"_s);
    m_session->selection()->clear();
    QTest::mouseClick(button("compare"), Qt::LeftButton);
    QCOMPARE(m_dialog->changes()->count(), renamed);
    QCOMPARE(m_session->selection()->ids(Entity::Card), cards);
    if (renamed == 0) {
        QVERIFY(m_dialog->status()->text().contains(u"No changes since 'before workshop'"_s));
        return;
    }
    QVERIFY2(m_dialog->changes()->item(0)->text().contains(u"title"_s), qPrintable(m_dialog->changes()->item(0)->text()));
    // A line of the list selects its card alone.
    m_dialog->changes()->setCurrentRow(renamed - 1);
    QCOMPARE(m_session->selection()->ids(Entity::Card), QList<Id>{cards.last()});
}

void TestVersionsDialog::restoreIsOneUndoStep()
{
    const Id card = touchpoints().first();
    const QString title = doc()->card(card)->title;
    doc()->setValue(fieldRef(card, CardField::Title), u"Renamed"_s);
    Stage stage;
    stage.name = u"Upgrade"_s;
    doc()->insertStage(0, stage);
    const MapData edited = doc()->snapshot();
    const int steps = m_session->undoStack()->count();

    QTest::mouseClick(button("restore"), Qt::LeftButton);
    QCOMPARE(m_session->undoStack()->count(), steps + 1);
    QCOMPARE(doc()->card(card)->title, title);
    QCOMPARE(doc()->stages().size(), 7);
    QCOMPARE(m_dialog->versions()->topLevelItemCount(), 2); // and "before restore …"
    QVERIFY(m_dialog->versions()->topLevelItem(1)->text(0).startsWith(u"before restore "_s));
    QVERIFY(MapVersions(*doc()).changesSince(u"before workshop"_s).isEmpty());

    m_session->undoStack()->undo();
    QCOMPARE(doc()->snapshot(), edited);
    QCOMPARE(MapVersions(*doc()).list().size(), 1); // undo takes its "before restore" out again
    m_session->undoStack()->redo();
    QCOMPARE(doc()->card(card)->title, title);
    QCOMPARE(MapVersions(*doc()).list().size(), 2); // a redo takes no second snapshot
}

void TestVersionsDialog::errorsAreSaidInTheDialog()
{
    Response response;
    Stage stage;
    stage.name = u"Upgrade"_s;
    response.stage = doc()->insertStage(0, stage);
    response.nps = 10;
    doc()->insertResponses(QList<Response>{response});
    const int steps = m_session->undoStack()->count();
    QVERIFY(!m_dialog->restoreSelected());
    QVERIFY2(m_dialog->status()->text().contains(u"1 survey responses"_s), qPrintable(m_dialog->status()->text()));
    QCOMPARE(m_session->undoStack()->count(), steps);
    QCOMPARE(doc()->stages().size(), 8);
}

void TestVersionsDialog::screenshot()
{
    const QList<Id> cards = touchpoints();
    doc()->setValue(fieldRef(cards.at(0), CardField::Title), u"Pay at the till"_s);
    const bool observed = doc()->card(cards.at(1))->evidence == Evidence::Observed;
    doc()->setValue(fieldRef(cards.at(1), CardField::Evidence), observed ? u"assumed"_s : u"observed"_s);
    doc()->removeCard(cards.at(2));
    Stage stage;
    stage.name = u"Upgrade"_s;
    doc()->insertStage(int(doc()->stages().size()), stage);
    QVERIFY(m_dialog->takeSnapshot(u"after workshop"_s));
    m_dialog->selectLabel(u"before workshop"_s);
    QTest::mouseClick(button("compare"), Qt::LeftButton);
    QCOMPARE(m_dialog->changes()->count(), 4);
    QVERIFY(m_dialog->grab().save(Test::artifactPath(u"versions-compare.png"_s)));
}

QTEST_MAIN(TestVersionsDialog)
#include "tst_versionsdialog.moc"
