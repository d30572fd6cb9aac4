// Blueprint Signal projects: the mapping onto a map, and the strict reading — every unknown
// key, bad id, missing record and broken rule is refused with its JSON path.

#include "document/document.h"
#include "io/blueprint/blueprintmap.h"
#include "io/blueprint/blueprintproject.h"
#include "io/formaterror.h"
#include "io/formatregistry.h"
#include "support/testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Waymark;

namespace {

QByteArray fixtureBytes(const QString &name)
{
    QFile file(Test::fixture(u"blueprint/"_s + name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Sets (or with an undefined value, removes) what a path such as "data.actions[2].lane" names.
QJsonValue changed(const QJsonValue &node, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString step = path.takeFirst();
    static const QRegularExpression indexed(u"^(\\w*)\\[(\\d+)\\]$"_s);
    if (const QRegularExpressionMatch m = indexed.match(step); m.hasMatch()) {
        QJsonObject object = node.toObject();
        QJsonArray array = object.value(m.captured(1)).toArray();
        const int i = m.captured(2).toInt();
        array[i] = changed(array.at(i), path, value);
        object.insert(m.captured(1), array);
        return object;
    }
    QJsonObject object = node.toObject();
    const QJsonValue inner = changed(object.value(step), path, value);
    if (inner.isUndefined())
        object.remove(step);
    else
        object.insert(step, inner);
    return object;
}

QByteArray mutated(const QString &path, const QJsonValue &value)
{
    const QJsonObject root = QJsonDocument::fromJson(fixtureBytes(u"bike-repair.json"_s)).object();
    return QJsonDocument(changed(root, path.split(u'.'), value).toObject()).toJson();
}

QString names(const MapData &data, Id lane)
{
    QStringList titles;
    for (const Card &card : data.cards) {
        if (card.lane == lane)
            titles.append(u"%1:%2"_s.arg(card.stage).arg(card.title));
    }
    return titles.join(u" | "_s);
}

} // namespace

class TestBlueprint : public QObject
{
    Q_OBJECT

private slots:
    void readsTheProject();
    void mapping();
    void starter();
    void layoutsBlueprintSignalAccepts_data();
    void layoutsBlueprintSignalAccepts();
    void errors_data();
    void errors();
    void registryTellsItFromWaymarkJson();
};

void TestBlueprint::readsTheProject()
{
    const BlueprintProject p = BlueprintProject::parse(fixtureBytes(u"bike-repair.json"_s), u"bike-repair.json"_s);
    QCOMPARE(p.stages.size(), 4);
    QCOMPARE(p.actions.size(), 7);
    QCOMPARE(p.links.size(), 3);
    QCOMPARE(p.hazards.size(), 2);
    QCOMPARE(p.improvements.size(), 2);
    QCOMPARE(p.sources.size(), 2);
    QVERIFY(p.review);
    QCOMPARE(p.review->reviewer, u"Test reviewer"_s);
    QCOMPARE(p.review->checkedOn, QDate(2025, 5, 20));
    QCOMPARE(p.actions.at(2).minutes, std::optional<double>(7.5));
    QCOMPARE(p.actions.at(1).minutes, std::nullopt);
    QCOMPARE(p.sources.at(1).url, std::optional<QString>(u"https://example.org/orders"_s));
    QCOMPARE(p.improvements.at(0).checkDate, std::optional<QDate>(QDate(2025, 6, 30)));
}

void TestBlueprint::mapping()
{
    const MapData data = BlueprintMap::toMap(BlueprintProject::parse(fixtureBytes(u"bike-repair.json"_s), u"b.json"_s));
    QCOMPARE(data.info.title, u"Spoke & Chain bike workshop"_s);
    QVERIFY(data.info.description.startsWith(u"Spoke & Chain bike workshop. Map a repair"_s));
    QVERIFY(data.info.description.contains(u"Reviewed by Test reviewer on 2025-05-20"_s));

    // Stages by their order, not as listed.
    QStringList stages;
    for (const Stage &s : data.stages)
        stages.append(s.name);
    QCOMPARE(stages, (QStringList{u"Book"_s, u"Drop off"_s, u"Repair"_s, u"Collect"_s}));

    // The five layers, then failure points and improvements.
    QStringList lanes;
    for (const Lane &l : data.lanes)
        lanes.append(l.name + u':' + keyOf(l.kind));
    QCOMPARE(lanes, (QStringList{u"Physical / digital evidence:touchpoints"_s, u"Customer actions:customer_actions"_s,
                                 u"Visible staff / technology:touchpoints"_s, u"Backstage actions:backstage"_s,
                                 u"Support processes:backstage"_s, u"Potential failure points:pain_points"_s,
                                 u"Improvement experiments:opportunities"_s}));
    QCOMPARE(names(data, 1), u"1:Confirmation e-mail with the slot"_s);
    QCOMPARE(names(data, 2), u"1:Books a slot online | 2:Explains the noise from the gears | 4:Collects and pays"_s);
    QCOMPARE(names(data, 3), u"2:Mechanic checks the bike in with the rider"_s);
    QCOMPARE(names(data, 4), u"3:Orders the missing part"_s);
    QCOMPARE(names(data, 5), u"3:Parts catalogue and supplier portal"_s);
    QCOMPARE(names(data, 6), u"2:The rider's description of the noise is not written down. | "
                             "3:The part is ordered a day late because nobody owns the order."_s);
    QCOMPARE(names(data, 7), u"3:Order parts at check-in, before the repair starts | 3:A shared order board in the workshop"_s);

    const auto card = [&data](const QString &title) -> const Card & {
        for (const Card &c : data.cards)
            if (c.title == title)
                return c;
        static const Card none;
        return none;
    };
    // basis -> evidence; kinds by layer.
    QCOMPARE(card(u"Books a slot online"_s).evidence, Evidence::Observed);
    QCOMPARE(card(u"Confirmation e-mail with the slot"_s).evidence, Evidence::Assumed);
    QCOMPARE(card(u"Parts catalogue and supplier portal"_s).evidence, Evidence::Proposed);
    QCOMPARE(card(u"Confirmation e-mail with the slot"_s).kind, CardKind::Touchpoint);
    QCOMPARE(card(u"Orders the missing part"_s).kind, CardKind::Note);
    // Sources, owners, times and handoffs are in the notes.
    const QString notes = card(u"Books a slot online"_s).description;
    QVERIFY2(notes.contains(u"Owner: Rider"_s), qPrintable(notes));
    QVERIFY2(notes.contains(u"Time: 4 min"_s), qPrintable(notes));
    QVERIFY2(notes.contains(u"Evidence: Seen in six booking sessions."_s), qPrintable(notes));
    QVERIFY2(notes.contains(u"Source N1: Counter observation, May"_s), qPrintable(notes));
    QVERIFY2(notes.contains(u"Leads to A3 (Mechanic checks the bike in with the rider): Booking details reach the counter"_s), qPrintable(notes));
    QVERIFY(card(u"Orders the missing part"_s).description.contains(u"(https://example.org/orders)"_s));
    QVERIFY(card(u"Explains the noise from the gears"_s).description.contains(u"Time: 3 min"_s));

    // Hazards are pain points; improvements opportunities with owner and status, linked.
    const Card &late = card(u"The part is ordered a day late because nobody owns the order."_s);
    QCOMPARE(late.kind, CardKind::PainPoint);
    QCOMPARE(late.severity, 4);
    QCOMPARE(late.evidence, Evidence::Observed);
    QCOMPARE(card(u"The rider's description of the noise is not written down."_s).severity, 2);
    const Card &early = card(u"Order parts at check-in, before the repair starts"_s);
    QCOMPARE(early.kind, CardKind::Opportunity);
    QCOMPARE(early.owner, u"Workshop lead"_s);
    QCOMPARE(early.status, OpportunityStatus::InProgress);
    QCOMPARE(early.impact, 4);
    QVERIFY(early.description.contains(u"Check on: 2025-06-30"_s));
    QCOMPARE(card(u"A shared order board in the workshop"_s).status, OpportunityStatus::Idea);
    QCOMPARE(data.links, (QList<CardLink>{{early.id, late.id}, {card(u"A shared order board in the workshop"_s).id, late.id}}));

    const auto dir = Test::scratchDir();
    const auto document = Document::create(dir->filePath(u"m.waymark"_s), data);
    QCOMPARE(document->snapshot(), data);
}

void TestBlueprint::starter()
{
    const MapData data = BlueprintMap::toMap(BlueprintProject::parse(fixtureBytes(u"starter.json"_s), u"s.json"_s));
    QCOMPARE(data.stages.size(), 1);
    QCOMPARE(data.cards.size(), 0);
    QVERIFY(data.info.description.contains(u"Not reviewed"_s));
}

void TestBlueprint::layoutsBlueprintSignalAccepts_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray plain = fixtureBytes(u"bike-repair.json"_s);
    QTest::newRow("as written") << plain;
    QTest::newRow("with a byte-order mark") << QByteArray("\xEF\xBB\xBF") + plain;
    QTest::newRow("in a ```json fence") << QByteArray("```json\n") + plain + QByteArray("\n```\n");
    QTest::newRow("compact") << QJsonDocument::fromJson(plain).toJson(QJsonDocument::Compact);
    QTest::newRow("order as a float") << mutated(u"data.stages[0].order"_s, 1.0);
    QTest::newRow("no review") << mutated(u"review"_s, QJsonValue::Null);
}

void TestBlueprint::layoutsBlueprintSignalAccepts()
{
    QFETCH(QByteArray, bytes);
    const BlueprintProject p = BlueprintProject::parse(bytes, u"b.json"_s);
    QCOMPARE(p.actions.size(), 7);
}

void TestBlueprint::errors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message"); // after "b.json: "

    const QJsonValue undefined = QJsonValue(QJsonValue::Undefined);
    QTest::newRow("not JSON") << QByteArray("{\n  \"format\": \n}") << u"b.json:3:"_s;
    QTest::newRow("a list") << QByteArray("[]") << u"b.json: the file: expected an object"_s;
    QTest::newRow("wrong format") << mutated(u"format"_s, u"trace-project-v1"_s) << u"b.json: format: not a Blueprint Signal project"_s;
    QTest::newRow("unknown top-level key") << mutated(u"comment"_s, u"x"_s) << u"b.json: comment: unknown key"_s;
    QTest::newRow("missing origin") << mutated(u"origin"_s, undefined) << u"b.json: missing \"origin\""_s;
    QTest::newRow("unknown key in data") << mutated(u"data.personas"_s, QJsonArray()) << u"b.json: data.personas: unknown key"_s;
    QTest::newRow("unknown key in an action") << mutated(u"data.actions[2].colour"_s, u"red"_s)
                                              << u"b.json: data.actions[2].colour: unknown key"_s;
    QTest::newRow("missing key in an action") << mutated(u"data.actions[1].basis"_s, undefined)
                                              << u"b.json: data.actions[1]: missing \"basis\""_s;
    QTest::newRow("schema version") << mutated(u"data.schema_version"_s, u"2.0"_s) << u"b.json: data.schema_version: must be \"1.0\""_s;
    QTest::newRow("blank brief") << mutated(u"data.brief"_s, u"   "_s) << u"b.json: data.brief: empty"_s;
    QTest::newRow("no stages") << mutated(u"data.stages"_s, QJsonArray()) << u"b.json: data.stages: needs at least 1 item"_s;
    QTest::newRow("bad stage id") << mutated(u"data.stages[1].id"_s, u"3rd"_s)
                                  << u"b.json: data.stages[1].id: '3rd' is not an id"_s;
    QTest::newRow("id with a space") << mutated(u"data.actions[0].id"_s, u"A 1"_s) << u"b.json: data.actions[0].id: 'A 1' is not an id"_s;
    QTest::newRow("id too long") << mutated(u"data.hazards[0].id"_s, QString(u"F"_s + QString(40, u'x')))
                                 << u"b.json: data.hazards[0].id: 'F"_s;
    QTest::newRow("id not text") << mutated(u"data.links[0].id"_s, 7) << u"b.json: data.links[0].id: a number is not an id"_s;
    QTest::newRow("duplicate action id") << mutated(u"data.actions[4].id"_s, u"A2"_s)
                                         << u"b.json: data.actions[4].id: 'A2' is the id of data.actions[1] already"_s;
    QTest::newRow("duplicate stage order") << mutated(u"data.stages[3].order"_s, 2)
                                           << u"b.json: data.stages[3].order: 2 is the order of data.stages[2] already"_s;
    QTest::newRow("order zero") << mutated(u"data.stages[0].order"_s, 0) << u"b.json: data.stages[0].order: 0 is less than 1"_s;
    QTest::newRow("order not whole") << mutated(u"data.stages[0].order"_s, 1.5) << u"b.json: data.stages[0].order: expected a whole number"_s;
    QTest::newRow("action at a missing stage") << mutated(u"data.actions[3].stage_id"_s, u"S9"_s)
                                               << u"b.json: data.actions[3].stage_id: no stage has the id 'S9'"_s;
    QTest::newRow("action citing a missing source") << mutated(u"data.actions[0].source_id"_s, u"N7"_s)
                                                    << u"b.json: data.actions[0].source_id: no source has the id 'N7'"_s;
    QTest::newRow("unknown layer") << mutated(u"data.actions[0].lane"_s, u"midstage"_s)
                                   << u"b.json: data.actions[0].lane: 'midstage' is not one of: evidence, customer"_s;
    QTest::newRow("unknown basis") << mutated(u"data.actions[0].basis"_s, u"guessed"_s)
                                   << u"b.json: data.actions[0].basis: 'guessed' is not one of"_s;
    QTest::newRow("observed without a source") << mutated(u"data.actions[0].source_id"_s, QJsonValue::Null)
                                               << u"b.json: data.actions[0]: an observed action needs a source_id"_s;
    QTest::newRow("observed without a note") << mutated(u"data.actions[2].evidence_note"_s, u" "_s)
                                             << u"b.json: data.actions[2]: an observed action needs a source_id and an evidence_note"_s;
    QTest::newRow("minutes negative") << mutated(u"data.actions[0].minutes"_s, -1) << u"b.json: data.actions[0].minutes: -1 is out of range"_s;
    QTest::newRow("minutes as text") << mutated(u"data.actions[0].minutes"_s, u"4"_s)
                                     << u"b.json: data.actions[0].minutes: expected a number or null, not text"_s;
    QTest::newRow("description too long") << mutated(u"data.actions[0].description"_s, QString(701, u'x'))
                                          << u"b.json: data.actions[0].description: longer than 700 characters"_s;
    QTest::newRow("link to a missing action") << mutated(u"data.links[1].to_action"_s, u"A99"_s)
                                              << u"b.json: data.links[1].to_action: no action has the id 'A99'"_s;
    QTest::newRow("link to itself") << mutated(u"data.links[0].to_action"_s, u"A1"_s) << u"b.json: data.links[0]: links action 'A1' to itself"_s;
    QTest::newRow("duplicate link") << QByteArray() << QString(); // made below
    QTest::newRow("hazard at a missing action") << mutated(u"data.hazards[1].action_id"_s, u"A8"_s)
                                                << u"b.json: data.hazards[1].action_id: no action has the id 'A8'"_s;
    QTest::newRow("unknown impact") << mutated(u"data.hazards[0].impact"_s, u"severe"_s)
                                    << u"b.json: data.hazards[0].impact: 'severe' is not one of: low, medium, high"_s;
    QTest::newRow("observed hazard without a source") << mutated(u"data.hazards[0].source_id"_s, QJsonValue::Null)
                                                      << u"b.json: data.hazards[0]: an observed failure point needs a source_id"_s;
    QTest::newRow("proposed hazard") << mutated(u"data.hazards[1].basis"_s, u"proposed"_s)
                                     << u"b.json: data.hazards[1].basis: 'proposed' is not one of: observed, assumed"_s;
    QTest::newRow("improvement for a missing hazard") << mutated(u"data.improvements[1].hazard_id"_s, u"F3"_s)
                                                      << u"b.json: data.improvements[1].hazard_id: no failure point has the id 'F3'"_s;
    QTest::newRow("bad check date") << mutated(u"data.improvements[0].check_date"_s, u"2025-02-30"_s)
                                    << u"b.json: data.improvements[0].check_date: '2025-02-30' is not a date"_s;
    QTest::newRow("unknown status") << mutated(u"data.improvements[0].status"_s, u"done"_s)
                                    << u"b.json: data.improvements[0].status: 'done' is not one of: proposed, testing, complete"_s;
    QTest::newRow("private source link") << mutated(u"data.sources[1].url"_s, u"http://192.168.1.10/log"_s)
                                         << u"b.json: data.sources[1].url: use a public http(s) link"_s;
    QTest::newRow("local source link") << mutated(u"data.sources[1].url"_s, u"https://wiki.internal/x"_s)
                                       << u"b.json: data.sources[1].url: use a public http(s) link"_s;
    QTest::newRow("review with a bad digest") << mutated(u"review.data_sha256"_s, u"ABC"_s)
                                              << u"b.json: review.data_sha256: not a SHA-256"_s;
    QTest::newRow("review without a date") << mutated(u"review.checked_on"_s, undefined)
                                           << u"b.json: review: missing \"checked_on\""_s;
}

void TestBlueprint::errors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    if (QByteArray(QTest::currentDataTag()) == "duplicate link") {
        // L3 repeats L2's pair.
        QJsonObject root = QJsonDocument::fromJson(fixtureBytes(u"bike-repair.json"_s)).object();
        QJsonObject data = root.value(u"data"_s).toObject();
        QJsonArray links = data.value(u"links"_s).toArray();
        QJsonObject repeat = links.at(1).toObject();
        repeat.insert(u"id"_s, u"L9"_s);
        links.append(repeat);
        data.insert(u"links"_s, links);
        root.insert(u"data"_s, data);
        bytes = QJsonDocument(root).toJson();
        message = u"b.json: data.links[3]: 'A3' is linked to 'A5' already"_s;
    }
    try {
        BlueprintProject::parse(bytes, u"b.json"_s);
        QFAIL("no error");
    } catch (const FormatError &e) {
        QVERIFY2(e.message().startsWith(message), qPrintable(e.message()));
    }
}

void TestBlueprint::registryTellsItFromWaymarkJson()
{
    const FormatRegistry &registry = FormatRegistry::instance();
    const MapFormat *blueprint = registry.byName(u"blueprint"_s);
    QVERIFY(blueprint && blueprint->canRead() && !blueprint->canWrite());
    QCOMPARE(registry.forFile(Test::fixture(u"blueprint/bike-repair.json"_s), FormatRegistry::Purpose::Read), blueprint);
    QCOMPARE(registry.forFile(Test::fixture(u"schema-3/phone-store.json"_s), FormatRegistry::Purpose::Read),
             registry.byName(u"json"_s));
    // Written .json is always Waymark's own.
    QCOMPARE(registry.forFile(u"out.json"_s, FormatRegistry::Purpose::Write), registry.byName(u"json"_s));
    const MapData data = registry.read(Test::fixture(u"blueprint/bike-repair.json"_s));
    QCOMPARE(data.cards.size(), 11);
}

QTEST_GUILESS_MAIN(TestBlueprint)
#include "tst_blueprint.moc"
