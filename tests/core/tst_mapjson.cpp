// The JSON interchange: what a script may write, and how a mistake is reported.

#include "document/document.h"
#include "io/formaterror.h"
#include "io/jsonmapformat.h"
#include "templates/templatelibrary.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Waymark;

class TestMapJson : public QObject
{
    Q_OBJECT

private slots:
    void rejects_data();
    void rejects();
    void cardsInAnyOrderKeepCellOrder();
    void kindDefaultsToTheLanes();
    void photoRoundTrip();
    void templatesSerializeStably_data();
    void templatesSerializeStably();
};

void TestMapJson::rejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");

    const QByteArray map = R"("stages": [{"name": "A"}, {"name": "B"}], "lanes": [{"name": "T", "kind": "touchpoints"}], "personas": [{"name": "P"}])";
    const auto with = [&map](const char *more) -> QByteArray { return "{" + map + ", " + more + "}"; };

    QTest::newRow("not json") << QByteArray("stages: 1") << u"map.json:1:2: illegal value"_s;
    QTest::newRow("unterminated") << QByteArray("{\n  \"stages\": [\n    {\"name\": \"a\",\n  ]\n}") << u"map.json:4:"_s;
    QTest::newRow("array at top") << QByteArray("[]") << u"expected a JSON object"_s;
    QTest::newRow("other format") << QByteArray(R"({"format": "tiled-map"})") << u"format: \"tiled-map\" is not a Waymark map"_s;
    QTest::newRow("newer version") << QByteArray(R"({"version": 7})") << u"newer Waymark"_s;
    QTest::newRow("unknown top key") << QByteArray(R"({"stags": []})") << u"unknown key \"stags\""_s;
    QTest::newRow("stages not a list") << QByteArray(R"({"stages": {}})") << u"stages: expected a list"_s;
    QTest::newRow("stage not object") << QByteArray(R"({"stages": [3]})") << u"stages[0]: expected an object"_s;
    QTest::newRow("stage name number") << QByteArray(R"({"stages": [{"name": 3}]})") << u"stages[0].name: expected text"_s;
    QTest::newRow("stage width small") << QByteArray(R"({"stages": [{"width": 5}]})") << u"stages[0].width: 5 is out of range"_s;
    QTest::newRow("lane kind") << QByteArray(R"({"lanes": [{"kind": "swimlane"}]})") << u"lanes[0].kind: 'swimlane' is not one of"_s;
    QTest::newRow("card stage range") << with(R"("cards": [{"stage": 9, "lane": 0}])") << u"cards[0].stage: index 9 is out of range (the map has 2 stages)"_s;
    QTest::newRow("card lane missing") << with(R"("cards": [{"stage": 0}])") << u"cards[0]: missing \"lane\""_s;
    QTest::newRow("card stage text") << with(R"("cards": [{"stage": "A", "lane": 0}])") << u"cards[0].stage: expected a 0-based index"_s;
    QTest::newRow("card severity") << with(R"("cards": [{"stage": 0, "lane": 0, "kind": "pain_point", "severity": 9}])") << u"cards[0].severity: 9 is out of range 1 to 5"_s;
    QTest::newRow("card channel") << with(R"("cards": [{"stage": 0, "lane": 0, "channel": "fax"}])") << u"cards[0].channel: 'fax' is not one of"_s;
    QTest::newRow("card colour") << with(R"("cards": [{"stage": 0, "lane": 0, "color": "blurple"}])") << u"cards[0].color: 'blurple' is not a colour"_s;
    QTest::newRow("card persona index") << with(R"("cards": [{"stage": 0, "lane": 0, "personas": [1]}])") << u"cards[0].personas[0]"_s;
    QTest::newRow("card unknown key") << with(R"("cards": [{"stage": 0, "lane": 0, "titel": "x"}])") << u"cards[0]: unknown key \"titel\""_s;
    QTest::newRow("emotion score") << with(R"("emotions": [{"persona": 0, "stage": 0, "score": 7}])") << u"emotions[0].score: 7 is out of range -5 to 5"_s;
    QTest::newRow("emotion score missing") << with(R"("emotions": [{"persona": 0, "stage": 0}])") << u"emotions[0]: missing \"score\""_s;
    QTest::newRow("emotion twice") << with(R"("emotions": [{"persona": 0, "stage": 1, "score": 1}, {"persona": 0, "stage": 1, "score": 2}])") << u"emotions[1]: persona 0 already has a point at stage 1"_s;
    QTest::newRow("persona age") << QByteArray(R"({"personas": [{"age": 300}]})") << u"personas[0].age: 300 is out of range"_s;
    QTest::newRow("persona photo") << QByteArray(R"({"personas": [{"photo": "@@@"}]})") << u"personas[0].photo: not valid base64"_s;
    QTest::newRow("business negative") << QByteArray(R"({"business": [{"customers_lost": -3}]})") << u"business[0].customers_lost: -3 is out of range"_s;
}

void TestMapJson::rejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    try {
        JsonMapFormat::parse(json, u"map.json"_s);
        QFAIL("accepted");
    } catch (const FormatError &e) {
        QVERIFY2(e.message().startsWith(u"map.json"_s), qPrintable(e.message()));
        QVERIFY2(e.message().contains(message), qPrintable(e.message()));
    }
}

void TestMapJson::cardsInAnyOrderKeepCellOrder()
{
    const MapData data = JsonMapFormat::parse(R"({
        "stages": [{"name": "A"}, {"name": "B"}],
        "lanes": [{"name": "T", "kind": "touchpoints"}, {"name": "P", "kind": "pain_points"}],
        "cards": [
            {"stage": 1, "lane": 0, "title": "b1"},
            {"stage": 0, "lane": 1, "title": "a-pain"},
            {"stage": 1, "lane": 0, "title": "b2"},
            {"stage": 0, "lane": 0, "title": "a1"}
        ]})", u"map.json"_s);
    QStringList order;
    for (const Card &card : data.cards)
        order.append(u"%1@%2:%3"_s.arg(card.title).arg(card.id).arg(card.position));
    QCOMPARE(order, (QStringList{u"a1@1:0"_s, u"a-pain@2:0"_s, u"b1@3:0"_s, u"b2@4:1"_s}));
}

void TestMapJson::kindDefaultsToTheLanes()
{
    const MapData data = JsonMapFormat::parse(R"({
        "stages": [{"name": "A"}],
        "lanes": [{"kind": "pain_points"}, {"kind": "opportunities"}, {"kind": "thoughts"}],
        "cards": [{"stage": 0, "lane": 0}, {"stage": 0, "lane": 1}, {"stage": 0, "lane": 2}]})", u"m"_s);
    QCOMPARE(data.cards.at(0).kind, CardKind::PainPoint);
    QCOMPARE(data.cards.at(1).kind, CardKind::Opportunity);
    QCOMPARE(data.cards.at(2).kind, CardKind::Note);
}

void TestMapJson::photoRoundTrip()
{
    MapData data;
    Persona persona;
    persona.id = 1;
    persona.name = u"P"_s;
    persona.photo = QByteArray("\x89PNG\r\n\x1a\n\0\x01\x02", 11);
    data.personas = {persona};
    const QByteArray json = JsonMapFormat::serialize(data);
    QCOMPARE(JsonMapFormat::parse(json, u"m"_s).personas.first().photo, persona.photo);
}

void TestMapJson::templatesSerializeStably_data()
{
    QTest::addColumn<QString>("name");
    for (const auto &entry : TemplateLibrary::entries())
        QTest::newRow(qPrintable(entry.name)) << entry.name;
}

void TestMapJson::templatesSerializeStably()
{
    QFETCH(QString, name);
    const MapData data = TemplateLibrary::load(name);
    const QByteArray once = JsonMapFormat::serialize(data);
    const MapData again = JsonMapFormat::parse(once, name);
    QCOMPARE(again, data);
    QCOMPARE(JsonMapFormat::serialize(again), once);
}

QTEST_GUILESS_MAIN(TestMapJson)
#include "tst_mapjson.moc"
