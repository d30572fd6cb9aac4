// Links between opportunities and the pain points they address: the commands, what deleting
// a card does to them, and how they travel through the file and the JSON interchange.

#include "commands/linkcardscommand.h"
#include "commands/removecardcommand.h"
#include "commands/removecommand.h"
#include "document/document.h"
#include "io/formaterror.h"
#include "io/jsonmapformat.h"
#include "store/mapchecker.h"
#include "support/testsupport.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Waymark;

namespace {

QList<Id> cardsOfKind(const Document &doc, CardKind kind)
{
    QList<Id> ids;
    for (const Stage &stage : doc.stages()) {
        for (const Id id : doc.cardsOfStage(stage.id)) {
            if (doc.card(id)->kind == kind)
                ids.append(id);
        }
    }
    return ids;
}

} // namespace

class TestCardLinks : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void linkAndUnlinkUndoRedo();
    void queriesAreInDocumentOrder();
    void documentRefusesBadLinks_data();
    void documentRefusesBadLinks();
    void deletingACardTakesItsLinksAndUndoRestoresThem_data();
    void deletingACardTakesItsLinksAndUndoRestoresThem();
    void deletingAStageWithBothEndsRestoresTheLink();
    void linksSurviveReopening();
    void jsonRoundTrip();
    void jsonNamesCardsAsListed();
    void jsonRejects_data();
    void jsonRejects();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Document> m_doc;
    QList<Id> m_opportunities;
    QList<Id> m_pains;
};

void TestCardLinks::init()
{
    m_dir = Test::scratchDir();
    m_doc = Test::documentFromTemplate(m_dir->filePath(u"map.waymark"_s), u"phone-store"_s);
    // The template's own links are not what these tests are about.
    for (const CardLink &link : QList<CardLink>(m_doc->links()))
        m_doc->unlinkCards(link);
    m_opportunities = cardsOfKind(*m_doc, CardKind::Opportunity);
    m_pains = cardsOfKind(*m_doc, CardKind::PainPoint);
    QVERIFY(m_opportunities.size() >= 3 && m_pains.size() >= 3);
}

void TestCardLinks::cleanup()
{
    m_doc.reset();
    m_dir.reset();
}

void TestCardLinks::linkAndUnlinkUndoRedo()
{
    const QString path = m_doc->path();
    const QString start = Test::dumpTables(path);
    const CardLink link{m_opportunities.at(0), m_pains.at(1)};
    QSignalSpy changed(m_doc.get(), &Document::linkChanged);
    QUndoStack stack;

    stack.push(new LinkCardsCommand(m_doc.get(), link));
    QCOMPARE(stack.undoText(), u"Link Opportunity"_s);
    QVERIFY(m_doc->isLinked(link));
    QCOMPARE(m_doc->painPointsOf(link.opportunity), QList<Id>{link.painPoint});
    QCOMPARE(m_doc->opportunitiesOf(link.painPoint), QList<Id>{link.opportunity});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<Id>(), link.opportunity);
    QCOMPARE(changed.at(0).at(1).value<Id>(), link.painPoint);
    const QString linked = Test::dumpTables(path);
    QCOMPARE(m_doc->snapshot(), Document::open(path, Store::Access::ReadOnly)->snapshot());

    stack.push(new LinkCardsCommand(m_doc.get(), link, LinkCardsCommand::Unlink));
    QCOMPARE(stack.undoText(), u"Unlink Opportunity"_s);
    QVERIFY(!m_doc->isLinked(link));
    QCOMPARE(Test::dumpTables(path), start);

    stack.undo();
    QVERIFY(m_doc->isLinked(link));
    QCOMPARE(Test::dumpTables(path), linked);
    stack.undo();
    QVERIFY(m_doc->links().isEmpty());
    QCOMPARE(Test::dumpTables(path), start);
    stack.redo();
    QCOMPARE(Test::dumpTables(path), linked);
    QCOMPARE(changed.size(), 5);
}

void TestCardLinks::queriesAreInDocumentOrder()
{
    const Id opportunity = m_opportunities.at(1);
    // Linked last pain first: the answers still follow the map, left to right.
    for (qsizetype i = m_pains.size() - 1; i >= 0; --i)
        m_doc->linkCards({opportunity, m_pains.at(i)});
    QCOMPARE(m_doc->painPointsOf(opportunity), m_pains);
    m_doc->linkCards({m_opportunities.at(2), m_pains.at(0)});
    m_doc->linkCards({m_opportunities.at(0), m_pains.at(0)});
    QCOMPARE(m_doc->opportunitiesOf(m_pains.at(0)), (QList<Id>{m_opportunities.at(0), opportunity, m_opportunities.at(2)}));
    QCOMPARE(m_doc->linksOf(m_pains.at(0)).size(), 3);
}

void TestCardLinks::documentRefusesBadLinks_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("itself") << 0;
    QTest::newRow("twice") << 1;
    QTest::newRow("missing card") << 2;
}

void TestCardLinks::documentRefusesBadLinks()
{
    QFETCH(int, which);
    const CardLink good{m_opportunities.at(0), m_pains.at(0)};
    m_doc->linkCards(good);
    const QString before = Test::dumpTables(m_doc->path());
    const CardLink bad = which == 0 ? CardLink{good.opportunity, good.opportunity}
                       : which == 1 ? good
                                    : CardLink{good.opportunity, 999999};
    QVERIFY_THROWS_EXCEPTION(StoreError, m_doc->linkCards(bad));
    QCOMPARE(Test::dumpTables(m_doc->path()), before);
    QCOMPARE(m_doc->links(), QList<CardLink>{good});
}

void TestCardLinks::deletingACardTakesItsLinksAndUndoRestoresThem_data()
{
    QTest::addColumn<bool>("deleteOpportunity");
    QTest::newRow("opportunity") << true;
    QTest::newRow("pain point") << false;
}

void TestCardLinks::deletingACardTakesItsLinksAndUndoRestoresThem()
{
    QFETCH(bool, deleteOpportunity);
    const QList<CardLink> links = {{m_opportunities.at(0), m_pains.at(0)}, {m_opportunities.at(0), m_pains.at(1)},
                                   {m_opportunities.at(1), m_pains.at(0)}, {m_opportunities.at(2), m_pains.at(2)}};
    for (const CardLink &link : links)
        m_doc->linkCards(link);
    const MapData before = m_doc->snapshot();
    const QString dump = Test::dumpTables(m_doc->path());
    const Id doomed = deleteOpportunity ? m_opportunities.at(0) : m_pains.at(0);
    QSignalSpy changed(m_doc.get(), &Document::linkChanged);

    QUndoStack stack;
    stack.push(new RemoveCardCommand(m_doc.get(), doomed));
    QCOMPARE(changed.size(), 2);
    QCOMPARE(m_doc->linksOf(doomed), QList<CardLink>());
    QCOMPARE(m_doc->links().size(), 2);
    QVERIFY(m_doc->isLinked(links.at(3)));
    QCOMPARE(m_doc->store().scalar(u"SELECT count(*) FROM card_link WHERE opportunity_id = ? OR pain_point_id = ?"_s,
                                   {doomed, doomed}).toInt(), 0);
    QCOMPARE(m_doc->snapshot(), Document::open(m_doc->path(), Store::Access::ReadOnly)->snapshot());

    stack.undo();
    QCOMPARE(m_doc->snapshot(), before);
    QCOMPARE(Test::dumpTables(m_doc->path()), dump);
    stack.redo();
    QCOMPARE(m_doc->links().size(), 2);
}

void TestCardLinks::deletingAStageWithBothEndsRestoresTheLink()
{
    // An opportunity and a pain point of the same stage, linked to each other and to others.
    const Id stage = m_doc->card(m_opportunities.at(0))->stage;
    Id pain = 0;
    for (const Id id : m_pains) {
        if (m_doc->card(id)->stage == stage)
            pain = id;
    }
    QVERIFY(pain);
    const Id otherPain = m_doc->card(m_pains.last())->stage != stage ? m_pains.last() : m_pains.first();
    m_doc->linkCards({m_opportunities.at(0), pain});
    m_doc->linkCards({m_opportunities.at(0), otherPain});
    m_doc->linkCards({m_opportunities.last(), pain});
    const MapData before = m_doc->snapshot();
    const QString dump = Test::dumpTables(m_doc->path());

    QUndoStack stack;
    stack.push(new RemoveStageCommand(m_doc.get(), stage));
    QVERIFY(m_doc->links().isEmpty());
    stack.undo();
    QCOMPARE(m_doc->snapshot(), before);
    QCOMPARE(Test::dumpTables(m_doc->path()), dump);
    QCOMPARE(MapChecker::problems(m_doc->store()), QStringList());
}

void TestCardLinks::linksSurviveReopening()
{
    m_doc->linkCards({m_opportunities.at(2), m_pains.at(0)});
    m_doc->linkCards({m_opportunities.at(0), m_pains.at(2)});
    m_doc->linkCards({m_opportunities.at(0), m_pains.at(1)});
    const MapData snapshot = m_doc->snapshot();
    // Document order: the first opportunity's links first, its pain points left to right.
    QCOMPARE(snapshot.links, (QList<CardLink>{{m_opportunities.at(0), m_pains.at(1)}, {m_opportunities.at(0), m_pains.at(2)},
                                              {m_opportunities.at(2), m_pains.at(0)}}));
    const QString path = m_doc->path();
    m_doc.reset();
    m_doc = Document::open(path);
    QCOMPARE(m_doc->snapshot(), snapshot);
}

void TestCardLinks::jsonRoundTrip()
{
    m_doc->linkCards({m_opportunities.at(1), m_pains.at(0)});
    m_doc->linkCards({m_opportunities.at(1), m_pains.at(2)});
    m_doc->linkCards({m_opportunities.at(0), m_pains.at(2)});
    const QByteArray once = JsonMapFormat::serialize(m_doc->snapshot());
    QVERIFY(once.contains("\"links\""));
    const auto rebuilt = Document::create(m_dir->filePath(u"rebuilt.waymark"_s), JsonMapFormat::parse(once, u"m"_s));
    QCOMPARE(rebuilt->links().size(), 3);
    QCOMPARE(JsonMapFormat::serialize(rebuilt->snapshot()), once);
}

void TestCardLinks::jsonNamesCardsAsListed()
{
    // The file lists the opportunity before the pain point although the map puts the pain
    // point's lane first: links use the file's indexes, not the sorted order.
    const MapData data = JsonMapFormat::parse(R"({
        "stages": [{"name": "A"}],
        "lanes": [{"kind": "pain_points"}, {"kind": "opportunities"}],
        "cards": [{"stage": 0, "lane": 1, "title": "idea"}, {"stage": 0, "lane": 0, "title": "pain"},
                  {"stage": 0, "lane": 0, "title": "other pain"}],
        "links": [{"opportunity": 0, "pain_point": 2}, {"opportunity": 0, "pain_point": 1}]})", u"m"_s);
    QCOMPARE(data.cards.at(0).title, u"pain"_s);
    QCOMPARE(data.cards.at(2).title, u"idea"_s);
    QCOMPARE(data.links, (QList<CardLink>{{3, 1}, {3, 2}}));
}

void TestCardLinks::jsonRejects_data()
{
    QTest::addColumn<QByteArray>("links");
    QTest::addColumn<QString>("message");
    QTest::newRow("not a list") << QByteArray(R"({})") << u"links: expected a list"_s;
    QTest::newRow("not an object") << QByteArray(R"([1])") << u"links[0]: expected an object"_s;
    QTest::newRow("missing") << QByteArray(R"([{"opportunity": 1}])") << u"links[0]: missing \"pain_point\""_s;
    QTest::newRow("range") << QByteArray(R"([{"opportunity": 1, "pain_point": 5}])")
                           << u"links[0].pain_point: index 5 is out of range (the map has 2 cards)"_s;
    QTest::newRow("text") << QByteArray(R"([{"opportunity": "idea", "pain_point": 0}])") << u"links[0].opportunity: expected a 0-based index"_s;
    QTest::newRow("itself") << QByteArray(R"([{"opportunity": 1, "pain_point": 1}])") << u"links[0]: card 1 cannot address itself"_s;
    QTest::newRow("twice") << QByteArray(R"([{"opportunity": 1, "pain_point": 0}, {"opportunity": 1, "pain_point": 0}])")
                           << u"links[1]: card 1 is linked to card 0 already"_s;
    QTest::newRow("unknown key") << QByteArray(R"([{"opportunity": 1, "pain_point": 0, "strength": 3}])")
                                 << u"links[0]: unknown key \"strength\""_s;
}

void TestCardLinks::jsonRejects()
{
    QFETCH(QByteArray, links);
    QFETCH(QString, message);
    const QByteArray json = R"({"stages": [{"name": "A"}], "lanes": [{"kind": "pain_points"}, {"kind": "opportunities"}],
        "cards": [{"stage": 0, "lane": 0}, {"stage": 0, "lane": 1}], "links": )" + links + "}";
    try {
        JsonMapFormat::parse(json, u"map.json"_s);
        QFAIL("accepted");
    } catch (const FormatError &e) {
        QVERIFY2(e.message().contains(message), qPrintable(e.message()));
    }
}

QTEST_GUILESS_MAIN(TestCardLinks)
#include "tst_cardlinks.moc"
