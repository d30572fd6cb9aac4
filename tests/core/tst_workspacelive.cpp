// Two editors on one workspace map (issue 16): each sees the other's changes through the same
// per-entity signals within moments, a change made over a state someone else has changed
// since is refused with their name, an undo of a field someone else changed since is refused,
// an edit of a card someone deleted is refused, and nothing half-applied remains anywhere.

#include "commands/setvaluecommand.h"
#include "document/document.h"
#include "io/mapjson.h"
#include "model/authorname.h"
#include "store/storeerror.h"
#include "support/scratchworkspace.h"
#include "support/testsupport.h"
#include "templates/templatelibrary.h"
#include "workspace/workspace.h"
#include "workspace/workspaceaddress.h"
#include "workspace/workspacelink.h"

#include <QJsonDocument>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Waymark;

namespace {

enum class Edit { Rename, AddCard, DeleteCard, MoveCard, TagPersona, Emotion, Comment, AddStage, RenameMap, Link };

QByteArray jsonOf(const MapData &data)
{
    return QJsonDocument(MapJson::toJson(data, MapJson::Detail::Complete)).toJson(QJsonDocument::Compact);
}

Id firstCard(const Document &document)
{
    return document.cardsOfStage(document.stages().first().id).value(0);
}

FieldRef titleOf(Id card)
{
    return {Entity::Card, card, int(CardField::Title)};
}

} // namespace

class TestWorkspaceLive : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void eachSeesTheOther_data();
    void eachSeesTheOther();
    void staleChangeIsRefused();
    void changeApartFromTheirsGoesThrough();
    void undoOfAFieldChangedSinceIsRefused();
    void editOfADeletedCardIsRefused();
    void catchesUpAfterADroppedConnection();
    void readOnlyRoleFollowsButCannotChange();
    void roleWithoutGrantsIsToldSo();
    void serverGoneLeavesTheMapReadOnly();
    void presenceShowsWhoElseIsHere();

private:
    std::unique_ptr<Document> openAs(const QString &author, const QString &url = {});
    // Waits until `document` has had `count` changes from elsewhere.
    static bool waitForElsewhere(QSignalSpy &spy, int count = 1);
    static bool waitUntil(const std::function<bool()> &condition);
    QByteArray workspaceJson();

    std::unique_ptr<Test::ScratchWorkspace> m_scratch;
    QString m_url;
};

void TestWorkspaceLive::init()
{
    if (Test::postgresUrl().isEmpty())
        return;
    m_scratch = std::make_unique<Test::ScratchWorkspace>();
    m_url = m_scratch->url();
    const WorkspaceAddress address = WorkspaceAddress::parse(m_url);
    Workspace::init(address);
    MapData map = TemplateLibrary::load(u"phone-store"_s);
    const auto dir = Test::scratchDir();
    // The ids a file gives, as publish keeps them.
    const auto document = Document::create(dir->filePath(u"m.waymark"_s), map);
    Workspace(address).publish(u"journey"_s, document->snapshot(), {}, false);
}

void TestWorkspaceLive::cleanup()
{
    QSettings().remove(QString::fromLatin1(AuthorName::SettingsKey));
    m_scratch.reset();
}

std::unique_ptr<Document> TestWorkspaceLive::openAs(const QString &author, const QString &url)
{
    QSettings().setValue(QString::fromLatin1(AuthorName::SettingsKey), author);
    return WorkspaceLink::open(WorkspaceAddress::parse(url.isEmpty() ? m_url : url), u"journey"_s);
}

bool TestWorkspaceLive::waitForElsewhere(QSignalSpy &spy, int count)
{
    for (int i = 0; i < 100 && spy.count() < count; ++i)
        spy.wait(100);
    return spy.count() >= count;
}

bool TestWorkspaceLive::waitUntil(const std::function<bool()> &condition)
{
    for (int i = 0; i < 100 && !condition(); ++i)
        QTest::qWait(100);
    return condition();
}

QByteArray TestWorkspaceLive::workspaceJson()
{
    return jsonOf(Workspace(WorkspaceAddress::parse(m_url)).read(u"journey"_s).data);
}

void TestWorkspaceLive::eachSeesTheOther_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("notice");
    QTest::newRow("rename card") << Edit::Rename << u"Ana changed the title of card 'Renamed'"_s;
    QTest::newRow("add card") << Edit::AddCard << u"Ana added card 'New card'"_s;
    QTest::newRow("delete card") << Edit::DeleteCard << u"Ana deleted card"_s;
    QTest::newRow("move card") << Edit::MoveCard << u"Ana moved card"_s;
    QTest::newRow("tag persona") << Edit::TagPersona << u"Ana"_s;
    QTest::newRow("emotion point") << Edit::Emotion << u"Ana"_s;
    QTest::newRow("comment") << Edit::Comment << u"Ana"_s;
    QTest::newRow("add stage") << Edit::AddStage << u"Ana"_s;
    QTest::newRow("rename map") << Edit::RenameMap << u"Ana changed the title of the map"_s;
    QTest::newRow("link cards") << Edit::Link << u"Ana"_s;
}

void TestWorkspaceLive::eachSeesTheOther()
{
    REQUIRE_POSTGRES();
    QFETCH(Edit, edit);
    QFETCH(QString, notice);
    const auto ana = openAs(u"Ana"_s);
    const auto ben = openAs(u"Ben"_s);
    QSignalSpy elsewhere(ben.get(), &Document::changedElsewhere);
    QSignalSpy reset(ben.get(), &Document::reset);
    const Id card = firstCard(*ana);
    QVERIFY(card);
    switch (edit) {
    case Edit::Rename: ana->setValue(titleOf(card), u"Renamed"_s); break;
    case Edit::AddCard: {
        Card value;
        value.stage = ana->stages().at(1).id;
        value.lane = ana->lanes().first().id;
        value.title = u"New card"_s;
        ana->insertCard(value);
        break;
    }
    case Edit::DeleteCard: {
        for (const CardLink &link : ana->linksOf(card))
            ana->unlinkCards(link);
        ana->removeCard(card);
        break;
    }
    case Edit::MoveCard: ana->moveCard(card, ana->stages().last().id, ana->lanes().last().id, 0); break;
    case Edit::TagPersona: {
        const Id persona = ana->personas().first().id;
        ana->setCardPersonas(card, ana->card(card)->personas.contains(persona) ? QList<Id>{} : QList<Id>{persona});
        break;
    }
    case Edit::Emotion: ana->setEmotionPoint({ana->personas().first().id, ana->stages().first().id, -4, u"Angry"_s}); break;
    case Edit::Comment: {
        Comment comment;
        comment.target = Comment::Target::Card;
        comment.targetId = card;
        comment.author = u"Ana"_s;
        comment.text = u"Is this right?"_s;
        ana->insertComment(comment);
        break;
    }
    case Edit::AddStage: {
        Stage stage;
        stage.name = u"Return"_s;
        ana->insertStage(1, stage);
        break;
    }
    case Edit::RenameMap: ana->setValue({Entity::Map, 1, int(MapField::Title)}, u"Shared journey"_s); break;
    case Edit::Link: {
        Id opportunity = 0, pain = 0;
        for (const Id id : ana->cardsOfStage(ana->stages().first().id) + ana->cardsOfStage(ana->stages().at(1).id)) {
            if (ana->card(id)->kind == CardKind::Opportunity && !opportunity)
                opportunity = id;
            if (ana->card(id)->kind == CardKind::PainPoint && !pain)
                pain = id;
        }
        QVERIFY(opportunity && pain);
        if (ana->isLinked({opportunity, pain}))
            ana->unlinkCards({opportunity, pain});
        else
            ana->linkCards({opportunity, pain});
        break;
    }
    }
    QVERIFY2(waitForElsewhere(elsewhere), "Ben's document was not told of Ana's change within 10 s");
    QVERIFY2(elsewhere.first().first().toString().startsWith(notice), qPrintable(elsewhere.first().first().toString()));
    QCOMPARE(jsonOf(ben->snapshot()), jsonOf(ana->snapshot()));
    QCOMPARE(workspaceJson(), jsonOf(ana->snapshot()));
    // Per-entity signals, not a reset, unless stages were added.
    QCOMPARE(reset.count(), edit == Edit::AddStage ? 1 : 0);
    QCOMPARE(WorkspaceLink::of(ben.get())->changeSeq(), WorkspaceLink::of(ana.get())->changeSeq());
}

void TestWorkspaceLive::staleChangeIsRefused()
{
    REQUIRE_POSTGRES();
    const auto ana = openAs(u"Ana"_s);
    const auto ben = openAs(u"Ben"_s);
    const Id card = firstCard(*ana);
    const QString description = ben->card(card)->description;
    // Ben has not heard of Ana's change yet (no event loop between the two).
    ana->setValue(titleOf(card), u"Ana's title"_s);
    try {
        ben->setValue({Entity::Card, card, int(CardField::Description)}, u"Ben's description"_s);
        QFAIL("a change over a state that changed since was made");
    } catch (const StoreError &error) {
        QCOMPARE(error.code(), StoreError::Code::Conflict);
        QVERIFY2(error.message().contains(u"Ana changed the map"_s), qPrintable(error.message()));
    }
    QCOMPARE(ben->card(card)->description, description);
    QSignalSpy elsewhere(ben.get(), &Document::changedElsewhere);
    QVERIFY(waitForElsewhere(elsewhere));
    QCOMPARE(ben->card(card)->title, u"Ana's title"_s);
    QCOMPARE(ben->card(card)->description, description);
    QCOMPARE(workspaceJson(), jsonOf(ana->snapshot()));
    // Once caught up, Ben's change goes through.
    ben->setValue({Entity::Card, card, int(CardField::Description)}, u"Ben's description"_s);
    QSignalSpy anaElsewhere(ana.get(), &Document::changedElsewhere);
    QVERIFY(waitForElsewhere(anaElsewhere));
    QCOMPARE(ana->card(card)->description, u"Ben's description"_s);
    QCOMPARE(ana->card(card)->title, u"Ana's title"_s);
}

// A change made before hearing of someone else's that touches none of its rows overwrites
// nothing of theirs: it is written, and theirs comes in after.
void TestWorkspaceLive::changeApartFromTheirsGoesThrough()
{
    REQUIRE_POSTGRES();
    const auto ana = openAs(u"Ana"_s);
    const auto ben = openAs(u"Ben"_s);
    const QList<Id> cards = ana->cardsOfStage(ana->stages().first().id);
    QVERIFY(cards.size() >= 2);
    ana->setValue(titleOf(cards.at(0)), u"Ana's title"_s);
    ben->setValue(titleOf(cards.at(1)), u"Ben's title"_s); // not caught up, but apart
    QVERIFY(waitUntil([&] { return ben->card(cards.at(0))->title == u"Ana's title"_s; }));
    QVERIFY(waitUntil([&] { return ana->card(cards.at(1))->title == u"Ben's title"_s; }));
    QCOMPARE(jsonOf(ben->snapshot()), jsonOf(ana->snapshot()));
    QCOMPARE(workspaceJson(), jsonOf(ana->snapshot()));
    QVERIFY(waitUntil([&] { return WorkspaceLink::of(ben.get())->changeSeq() == WorkspaceLink::of(ana.get())->changeSeq(); }));
    // Up to date again, both go on editing.
    ben->setValue(titleOf(cards.at(0)), u"Ben's second"_s);
    QVERIFY(waitUntil([&] { return ana->card(cards.at(0))->title == u"Ben's second"_s; }));
}

void TestWorkspaceLive::undoOfAFieldChangedSinceIsRefused()
{
    REQUIRE_POSTGRES();
    const auto ana = openAs(u"Ana"_s);
    const auto ben = openAs(u"Ben"_s);
    const Id card = firstCard(*ana);
    const QString original = ana->card(card)->title;
    const QString originalOwner = ana->card(card)->owner;
    QUndoStack anaStack, benStack;
    anaStack.push(new SetValueCommand(ana.get(), titleOf(card), u"Ana's title"_s));
    anaStack.push(new SetValueCommand(ana.get(), {Entity::Card, card, int(CardField::Owner)}, u"Ana"_s));
    QVERIFY(waitUntil([&] { return ben->card(card)->owner == u"Ana"_s; }));
    benStack.push(new SetValueCommand(ben.get(), titleOf(card), u"Ben's title"_s));
    QVERIFY(waitUntil([&] { return ana->card(card)->title == u"Ben's title"_s; }));

    QSignalSpy failed(ana.get(), &Document::writeFailed);
    QSignalSpy broken(ana.get(), &Document::undoHistoryBroken);
    anaStack.undo(); // the owner: nobody else changed it
    QCOMPARE(failed.count(), 0);
    QCOMPARE(ana->card(card)->owner, originalOwner);
    anaStack.undo(); // the title: Ben changed it since
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.first().first().toString().contains(u"Ben changed the title since"_s), qPrintable(failed.first().first().toString()));
    QCOMPARE(broken.count(), 0);
    QCOMPARE(ana->card(card)->title, u"Ben's title"_s);
    QVERIFY(original != u"Ben's title"_s);
    QCOMPARE(workspaceJson(), jsonOf(ana->snapshot()));
    // Ben's own undo goes through: the title is his change.
    QVERIFY(waitUntil([&] { return ben->card(card)->owner == originalOwner; }));
    benStack.undo();
    QCOMPARE(ben->card(card)->title, u"Ana's title"_s);
    QVERIFY(waitUntil([&] { return ana->card(card)->title == u"Ana's title"_s; }));
    QCOMPARE(workspaceJson(), jsonOf(ana->snapshot()));
}

void TestWorkspaceLive::editOfADeletedCardIsRefused()
{
    REQUIRE_POSTGRES();
    const auto ana = openAs(u"Ana"_s);
    const auto ben = openAs(u"Ben"_s);
    const Id card = firstCard(*ana);
    QUndoStack benStack;
    benStack.push(new SetValueCommand(ben.get(), titleOf(card), u"Ben's title"_s));
    QSignalSpy anaElsewhere(ana.get(), &Document::changedElsewhere);
    QVERIFY(waitForElsewhere(anaElsewhere));
    for (const CardLink &link : ana->linksOf(card))
        ana->unlinkCards(link);
    ana->removeCard(card);
    QSignalSpy benElsewhere(ben.get(), &Document::changedElsewhere);
    QVERIFY(waitForElsewhere(benElsewhere));
    QVERIFY(!ben->card(card));
    try {
        ben->setValue({Entity::Card, card, int(CardField::Owner)}, u"Ben"_s);
        QFAIL("an edit of a deleted card was made");
    } catch (const StoreError &error) {
        QCOMPARE(error.code(), StoreError::Code::Conflict);
        QVERIFY2(error.message().contains(u"Ana deleted the card"_s), qPrintable(error.message()));
    }
    // Undoing the title of the card that is gone: refused, and nothing comes back.
    QSignalSpy failed(ben.get(), &Document::writeFailed);
    benStack.undo();
    QCOMPARE(failed.count(), 1);
    QVERIFY(!ben->card(card));
    QCOMPARE(workspaceJson(), jsonOf(ana->snapshot()));
    QCOMPARE(jsonOf(ben->snapshot()), jsonOf(ana->snapshot()));
}

void TestWorkspaceLive::catchesUpAfterADroppedConnection()
{
    REQUIRE_POSTGRES();
    const QString role = m_scratch->addRole(u"ben"_s, true);
    const auto ana = openAs(u"Ana"_s);
    const auto ben = openAs(u"Ben"_s, m_scratch->urlAs(role));
    WorkspaceLink *link = WorkspaceLink::of(ben.get());
    QSignalSpy connection(link, &WorkspaceLink::connectionChanged);
    // Every connection of Ben's dropped, as by a network gone for a moment.
    m_scratch->execute(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '%1'"_s.arg(role));
    const Id card = firstCard(*ana);
    ana->setValue(titleOf(card), u"Changed while Ben was away"_s);
    ana->setValue({Entity::Card, card, int(CardField::Owner)}, u"Ana"_s);
    for (int i = 0; i < 100 && connection.count() < 2; ++i)
        connection.wait(100);
    QCOMPARE(connection.count(), 2);
    QCOMPARE(connection.at(0).at(0).toBool(), false);
    QCOMPARE(connection.at(1).at(0).toBool(), true);
    QCOMPARE(ben->card(card)->title, u"Changed while Ben was away"_s);
    QCOMPARE(jsonOf(ben->snapshot()), jsonOf(ana->snapshot()));
    QVERIFY(!ben->isReadOnly());
}

void TestWorkspaceLive::readOnlyRoleFollowsButCannotChange()
{
    REQUIRE_POSTGRES();
    const QString viewer = m_scratch->addRole(u"viewer"_s, false);
    const auto ana = openAs(u"Ana"_s);
    const auto view = openAs(u"Vera"_s, m_scratch->urlAs(viewer));
    QVERIFY(view->isReadOnly());
    QVERIFY2(view->readOnlyReason().contains(viewer), qPrintable(view->readOnlyReason()));
    const Id card = firstCard(*ana);
    const QByteArray before = workspaceJson();
    try {
        view->setValue(titleOf(card), u"Not allowed"_s);
        QFAIL("a read-only role changed the map");
    } catch (const StoreError &error) {
        QCOMPARE(error.code(), StoreError::Code::ReadOnly);
    }
    QCOMPARE(workspaceJson(), before);
    QVERIFY(view->card(card)->title != u"Not allowed"_s);
    QSignalSpy elsewhere(view.get(), &Document::changedElsewhere);
    ana->setValue(titleOf(card), u"Ana's title"_s);
    QVERIFY(waitForElsewhere(elsewhere));
    QCOMPARE(view->card(card)->title, u"Ana's title"_s);
}

void TestWorkspaceLive::roleWithoutGrantsIsToldSo()
{
    REQUIRE_POSTGRES();
    const QString stranger = m_scratch->addRoleWithoutGrants(u"stranger"_s);
    try {
        openAs(u"Sam"_s, m_scratch->urlAs(stranger));
        QFAIL("a role without grants opened a workspace map");
    } catch (const StoreError &error) {
        QCOMPARE(error.code(), StoreError::Code::ReadOnly);
        QVERIFY2(error.message().startsWith(u"the role '%1' has no access to the workspace postgresql://"_s.arg(stranger)),
                 qPrintable(error.message()));
        QVERIFY2(error.message().contains(u"GRANT SELECT"_s), qPrintable(error.message()));
    }
}

void TestWorkspaceLive::serverGoneLeavesTheMapReadOnly()
{
    REQUIRE_POSTGRES();
    const QString role = m_scratch->addRole(u"ana"_s, true);
    const auto ana = openAs(u"Ana"_s, m_scratch->urlAs(role));
    QSignalSpy readOnly(ana.get(), &Document::readOnlyChanged);
    const Id card = firstCard(*ana);
    const QString title = ana->card(card)->title;
    // The server refuses Ana from now on, and drops her connections.
    m_scratch->execute(u"ALTER ROLE %1 NOLOGIN"_s.arg(role));
    m_scratch->execute(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '%1'"_s.arg(role));
    try {
        ana->setValue(titleOf(card), u"What Ana typed"_s);
        QFAIL("a change was made without the server");
    } catch (const StoreError &error) {
        QCOMPARE(error.code(), StoreError::Code::Io);
    }
    QCOMPARE(ana->card(card)->title, title);
    QVERIFY(ana->isReadOnly());
    QVERIFY(!readOnly.isEmpty());
    QVERIFY2(ana->readOnlyReason().contains(u"cannot be reached"_s), qPrintable(ana->readOnlyReason()));
    QVERIFY2(ana->mirror()->unsavedChange().contains(u"What Ana typed"_s), qPrintable(ana->mirror()->unsavedChange()));
    // Still read-only after a poll that cannot reconnect; writable once the server takes her again.
    QTest::qWait(WorkspaceLink::PollMs + 500);
    QVERIFY(ana->isReadOnly());
    m_scratch->execute(u"ALTER ROLE %1 LOGIN"_s.arg(role));
    for (int i = 0; i < 100 && ana->isReadOnly(); ++i)
        QTest::qWait(100);
    QVERIFY(!ana->isReadOnly());
    ana->setValue(titleOf(card), u"What Ana typed"_s);
    QCOMPARE(workspaceJson(), jsonOf(ana->snapshot()));
}

void TestWorkspaceLive::presenceShowsWhoElseIsHere()
{
    REQUIRE_POSTGRES();
    const auto ana = openAs(u"Ana"_s);
    WorkspaceLink *link = WorkspaceLink::of(ana.get());
    QSignalSpy presence(link, &WorkspaceLink::presenceChanged);
    auto ben = openAs(u"Ben"_s);
    for (int i = 0; i < 50 && link->others() != QStringList{u"Ben"_s}; ++i)
        presence.wait(100);
    QCOMPARE(link->others(), QStringList{u"Ben"_s});
    for (int i = 0; i < 50 && WorkspaceLink::of(ben.get())->others() != QStringList{u"Ana"_s}; ++i)
        QTest::qWait(100);
    QCOMPARE(WorkspaceLink::of(ben.get())->others(), QStringList{u"Ana"_s});
    ben.reset();
    for (int i = 0; i < 50 && !link->others().isEmpty(); ++i)
        presence.wait(100);
    QCOMPARE(link->others(), QStringList{});
}

QTEST_GUILESS_MAIN(TestWorkspaceLive)
#include "tst_workspacelive.moc"
