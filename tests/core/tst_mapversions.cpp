// Labelled versions inside a map (MapVersions, MapSnapshot, MapDiff): a snapshot, an edit and
// a diff that lists exactly that edit; a restore that gives back the very rows of the
// snapshot's state; unknown labels; stored snapshots that are not what they claim to be.

#include "document/document.h"
#include "document/mapversions.h"
#include "io/mapsnapshot.h"
#include "model/valuebounds.h"
#include "support/testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Waymark;

class TestMapVersions : public QObject
{
    Q_OBJECT

private slots:
    void diffListsTheEdit_data();
    void diffListsTheEdit();
    void restoreGivesBackTheSnapshot_data();
    void restoreGivesBackTheSnapshot();
    void unknownLabel();
    void labelsAreChecked_data();
    void labelsAreChecked();
    void hostileSnapshot_data();
    void hostileSnapshot();
    void restoreKeepsResponses();
    void importTakesASnapshot();

private:
    void addEditRows();
};

namespace {

enum class Edit {
    RenameCard, PainSeverity, MoveCardToStage, RemoveCard, AddStage, RecolourStage, SwapLanes, EmotionScore,
    AddPersona, TagPersona, MapOwner, Unlink, Several,
};

const Card &firstOfKind(const Document &document, CardKind kind)
{
    for (const Stage &stage : document.stages()) {
        for (const Id id : document.cardsOfStage(stage.id)) {
            if (document.card(id)->kind == kind && document.linksOf(id).isEmpty())
                return *document.card(id);
        }
    }
    qFatal("no card of the kind");
}

void apply(Document &document, Edit edit)
{
    const Card &touchpoint = firstOfKind(document, CardKind::Touchpoint);
    switch (edit) {
    case Edit::RenameCard:
        document.setValue(fieldRef(touchpoint.id, CardField::Title), u"Pay at the till"_s);
        break;
    case Edit::PainSeverity: {
        const Card &pain = firstOfKind(document, CardKind::PainPoint);
        document.setValue(fieldRef(pain.id, CardField::Severity), qint64(pain.severity == 5 ? 1 : 5));
        break;
    }
    case Edit::MoveCardToStage: {
        const Id stage = document.stages().last().id == touchpoint.stage ? document.stages().first().id : document.stages().last().id;
        document.moveCard(touchpoint.id, stage, touchpoint.lane, int(document.cardsIn(stage, touchpoint.lane).size()));
        break;
    }
    case Edit::RemoveCard:
        document.removeCard(touchpoint.id);
        break;
    case Edit::AddStage: {
        Stage stage;
        stage.name = u"Upgrade"_s;
        document.insertStage(int(document.stages().size()), stage);
        break;
    }
    case Edit::RecolourStage:
        document.setValue(fieldRef(document.stages().at(1).id, StageField::Color), u"#123456"_s);
        break;
    case Edit::SwapLanes:
        document.moveLane(0, 1);
        break;
    case Edit::EmotionScore: {
        const Persona &persona = document.personas().first();
        EmotionPoint point = document.emotionPointsOf(persona.id).first();
        point.score = point.score == 5 ? -5 : 5;
        document.setEmotionPoint(point);
        break;
    }
    case Edit::AddPersona: {
        Persona persona;
        persona.name = u"Wei"_s;
        document.insertPersona(int(document.personas().size()), persona);
        break;
    }
    case Edit::TagPersona: {
        QList<Id> personas = touchpoint.personas;
        const Id last = document.personas().last().id;
        if (personas.contains(last))
            personas.removeAll(last);
        else
            personas.append(last);
        std::sort(personas.begin(), personas.end());
        document.setCardPersonas(touchpoint.id, personas);
        break;
    }
    case Edit::MapOwner:
        document.setValue(fieldRef(1, MapField::Owner), u"Ana"_s);
        document.setValue(fieldRef(1, MapField::ReviewDate), u"2027-03-31"_s);
        break;
    case Edit::Unlink:
        document.unlinkCards(document.links().first());
        break;
    case Edit::Several:
        apply(document, Edit::RenameCard);
        apply(document, Edit::AddStage);
        apply(document, Edit::AddPersona);
        break;
    }
}

// "element kind field,field" per change, as the diff lists them.
QStringList summary(const QList<MapDiff::Change> &changes)
{
    QStringList lines;
    for (const MapDiff::Change &change : changes) {
        const char *kind = change.kind == MapDiff::Change::Kind::Added ? "added"
            : change.kind == MapDiff::Change::Kind::Removed            ? "removed"
                                                                       : "changed";
        QStringList fields;
        for (const MapDiff::FieldChange &field : change.fields)
            fields.append(field.key);
        lines.append(u"%1 %2 %3"_s.arg(change.element, QLatin1StringView(kind), fields.join(u',')).trimmed());
    }
    return lines;
}

// Every row of the map but its snapshots: what a restore must give back.
QString dumpOfMap(const QString &path)
{
    const QString copy = path + u".dump"_s;
    QFile::remove(copy);
    if (!QFile::copy(path, copy))
        return u"cannot copy"_s;
    const QString error = Test::runSql(copy, {u"DELETE FROM snapshot"_s});
    const QString dump = error.isEmpty() ? Test::dumpTables(copy) : error;
    QFile::remove(copy);
    return dump;
}

} // namespace

void TestMapVersions::addEditRows()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("rename a card") << Edit::RenameCard << QStringList{u"card changed title"_s};
    QTest::newRow("a pain point's severity") << Edit::PainSeverity << QStringList{u"card changed severity"_s};
    QTest::newRow("a card to another stage") << Edit::MoveCardToStage << QStringList{u"card changed stage"_s};
    QTest::newRow("remove a card") << Edit::RemoveCard << QStringList{u"card removed"_s};
    QTest::newRow("add a stage") << Edit::AddStage << QStringList{u"stage added"_s};
    QTest::newRow("recolour a stage") << Edit::RecolourStage << QStringList{u"stage changed color"_s};
    QTest::newRow("swap two lanes") << Edit::SwapLanes << QStringList{u"lane changed position"_s, u"lane changed position"_s};
    QTest::newRow("an emotion score") << Edit::EmotionScore << QStringList{u"emotion changed score"_s};
    QTest::newRow("add a persona") << Edit::AddPersona << QStringList{u"persona added"_s};
    QTest::newRow("tag a persona") << Edit::TagPersona << QStringList{u"card changed personas"_s};
    QTest::newRow("owner and review") << Edit::MapOwner << QStringList{u"map changed owner,review_date"_s};
    QTest::newRow("unlink") << Edit::Unlink << QStringList{u"link removed"_s};
    QTest::newRow("several") << Edit::Several
                             << QStringList{u"stage added"_s, u"card changed title"_s, u"persona added"_s};
}

void TestMapVersions::diffListsTheEdit_data()
{
    addEditRows();
}

void TestMapVersions::diffListsTheEdit()
{
    QFETCH(Edit, edit);
    QFETCH(QStringList, expected);
    const auto dir = Test::scratchDir();
    const auto document = Test::documentFromTemplate(dir->filePath(u"map.waymark"_s), u"phone-store"_s);
    MapVersions versions(*document);
    versions.take(u"workshop"_s);
    QCOMPARE(versions.changesSince(u"workshop"_s).size(), 0);
    apply(*document, edit);
    const QList<MapDiff::Change> changes = versions.changesSince(u"workshop"_s);
    QCOMPARE(summary(changes), expected);
    QCOMPARE(MapDiff::toText(changes).size(), expected.size());
    QCOMPARE(MapDiff::toJson(changes).size(), expected.size());
}

void TestMapVersions::restoreGivesBackTheSnapshot_data()
{
    addEditRows();
}

void TestMapVersions::restoreGivesBackTheSnapshot()
{
    QFETCH(Edit, edit);
    const auto dir = Test::scratchDir();
    const QString path = dir->filePath(u"map.waymark"_s);
    {
        const auto document = Test::documentFromTemplate(path, u"phone-store"_s);
        // A stage with no colour of its own and a touchpoint's hidden severity: the snapshot
        // keeps every field as it is, not as the interchange would write it.
        document->setValue(fieldRef(document->stages().first().id, StageField::Color), QString());
        const Id touchpoint = firstOfKind(*document, CardKind::Touchpoint).id;
        document->setValue(fieldRef(touchpoint, CardField::Severity), qint64(1));
        MapVersions(*document).take(u"workshop"_s);
    }
    const QString atSnapshot = dumpOfMap(path);
    QString edited;
    {
        const auto document = Document::open(path);
        apply(*document, edit);
        edited = Test::dumpTables(path);
        MapVersions versions(*document);
        const SnapshotEntry before = versions.restore(u"workshop"_s);
        QVERIFY(before.label.startsWith(u"before restore "_s));
        QCOMPARE(versions.changesSince(u"workshop"_s).size(), 0);
        // What was there before the restore is a snapshot of its own, so the restore can be undone.
        QVERIFY(!versions.changesSince(before.label).isEmpty());
        QCOMPARE(versions.list().size(), 2);
    }
    QVERIFY(edited != atSnapshot);
    QCOMPARE(dumpOfMap(path), atSnapshot);
}

void TestMapVersions::unknownLabel()
{
    const auto dir = Test::scratchDir();
    const auto document = Test::documentFromTemplate(dir->filePath(u"map.waymark"_s), u"phone-store"_s);
    MapVersions versions(*document);
    versions.take(u"workshop"_s);
    for (const QString &label : {u"Workshop"_s, u"nope"_s, u""_s}) {
        try {
            versions.restore(label);
            QFAIL("restored an unknown label");
        } catch (const StoreError &error) {
            QCOMPARE(error.code(), StoreError::Code::NotFound);
            QVERIFY2(error.message().contains(u"no snapshot labelled '%1'"_s.arg(label)), qPrintable(error.message()));
        }
    }
    QVERIFY_THROWS_EXCEPTION(StoreError, versions.changesSince(u"nope"_s));
    QCOMPARE(versions.list().size(), 1);
}

void TestMapVersions::labelsAreChecked_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<StoreError::Code>("code");
    QTest::newRow("taken") << u"workshop"_s << StoreError::Code::Exists;
    QTest::newRow("empty") << u""_s << StoreError::Code::Invalid;
    QTest::newRow("blank") << u"  "_s << StoreError::Code::Invalid;
    QTest::newRow("two lines") << u"a\nb"_s << StoreError::Code::Invalid;
    QTest::newRow("too long") << QString(ValueBounds::LineLength + 1, u'x') << StoreError::Code::Invalid;
}

void TestMapVersions::labelsAreChecked()
{
    QFETCH(QString, label);
    QFETCH(StoreError::Code, code);
    const auto dir = Test::scratchDir();
    const auto document = Test::documentFromTemplate(dir->filePath(u"map.waymark"_s), u"blank"_s);
    MapVersions versions(*document);
    versions.take(u"workshop"_s);
    try {
        versions.take(label);
        QFAIL("took a snapshot with a bad label");
    } catch (const StoreError &error) {
        QCOMPARE(error.code(), code);
    }
    QCOMPARE(versions.list().size(), 1);
}

void TestMapVersions::hostileSnapshot_data()
{
    QTest::addColumn<QString>("data");    // SQL for the stored value
    QTest::addColumn<QString>("message"); // a part of the error
    const auto hex = [](const QByteArray &bytes) { return u"x'%1'"_s.arg(QString::fromLatin1(bytes.toHex())); };
    const auto compressed = [&hex](const QJsonObject &json) { return hex(qCompress(QJsonDocument(json).toJson())); };
    QTest::newRow("not a blob") << u"'text'"_s << u"holds no snapshot data"_s;
    QTest::newRow("cut short") << u"x'0000'"_s << u"cut short"_s;
    QTest::newRow("claims 4 GiB") << u"x'ffffffff789c0300000000'"_s << u"claims to hold"_s;
    QTest::newRow("claims 300 MB") << u"x'12000000789c0300000000'"_s << u"claims to hold"_s;
    QTest::newRow("corrupt") << u"x'00000010deadbeefdeadbeef'"_s << u"corrupt"_s;
    QTest::newRow("size lies") << hex(QByteArray::fromHex("00000100") + qCompress("{}").mid(4)) << u"corrupt"_s;
    QTest::newRow("not json") << hex(qCompress("hello")) << u"not JSON"_s;
    QTest::newRow("another format") << compressed({{u"format"_s, u"waymark-map"_s}}) << u"not a Waymark snapshot"_s;
    QTest::newRow("newer") << compressed({{u"format"_s, u"waymark-snapshot"_s}, {u"version"_s, 99}}) << u"newer"_s;
    QTest::newRow("bad map") << compressed({{u"format"_s, u"waymark-snapshot"_s}, {u"version"_s, 1},
                                            {u"map"_s, QJsonObject{{u"stages"_s, 3}}}})
                             << u"expected a list"_s;
    const QJsonObject oneStage{{u"stages"_s, QJsonArray{QJsonObject{{u"name"_s, u"A"_s}}}}};
    const auto withIds = [&](const QJsonValue &stages) {
        return compressed({{u"format"_s, u"waymark-snapshot"_s}, {u"version"_s, 1}, {u"map"_s, oneStage},
                           {u"ids"_s, QJsonObject{{u"stages"_s, stages}, {u"lanes"_s, QJsonArray()}, {u"cards"_s, QJsonArray()},
                                                  {u"personas"_s, QJsonArray()}, {u"business"_s, QJsonArray()}}}});
    };
    QTest::newRow("ids missing") << withIds(QJsonArray()) << u"ids of its stages"_s;
    QTest::newRow("id not a number") << withIds(QJsonArray{u"1"_s}) << u"ids of its stages"_s;
    QTest::newRow("id zero") << withIds(QJsonArray{0}) << u"ids of its stages"_s;
    QTest::newRow("id fraction") << withIds(QJsonArray{1.5}) << u"ids of its stages"_s;
    QTest::newRow("id huge") << withIds(QJsonArray{1e300}) << u"ids of its stages"_s;
    QTest::newRow("stored too large") << u"zeroblob(%1)"_s.arg(ValueBounds::SnapshotBytes + 1) << u"larger than"_s;
}

void TestMapVersions::hostileSnapshot()
{
    QFETCH(QString, data);
    QFETCH(QString, message);
    const auto dir = Test::scratchDir();
    const QString path = dir->filePath(u"map.waymark"_s);
    Test::documentFromTemplate(path, u"phone-store"_s).reset();
    QCOMPARE(Test::runSql(path, {u"INSERT INTO snapshot (label, data) VALUES ('bad', %1)"_s.arg(data)}), QString());
    const QByteArray digest = Test::digest(path);
    {
        const auto document = Document::open(path);
        MapVersions versions(*document);
        QCOMPARE(versions.list().size(), 1);
        for (int attempt = 0; attempt < 2; ++attempt) {
            try {
                if (attempt == 0)
                    versions.changesSince(u"bad"_s);
                else
                    versions.restore(u"bad"_s);
                QFAIL("read a hostile snapshot");
            } catch (const StoreError &error) {
                QVERIFY2(error.message().contains(message), qPrintable(error.message()));
                QVERIFY2(error.message().contains(u"'bad'"_s), qPrintable(error.message()));
            }
        }
        QCOMPARE(versions.list().size(), 1); // the refused restore took no snapshot either
    }
    QCOMPARE(Test::digest(path), digest);
}

// Responses are not part of a snapshot: a restore keeps them, and refuses when they would be
// left without their stage.
void TestMapVersions::restoreKeepsResponses()
{
    const auto dir = Test::scratchDir();
    const QString path = dir->filePath(u"map.waymark"_s);
    const auto document = Test::documentFromTemplate(path, u"phone-store"_s);
    Response kept;
    kept.stage = document->stages().first().id;
    kept.nps = 9;
    document->insertResponses(QList<Response>{kept});
    MapVersions versions(*document);
    versions.take(u"workshop"_s);
    Stage stage;
    stage.name = u"Upgrade"_s;
    const Id added = document->insertStage(0, stage);
    Response orphan;
    orphan.stage = added;
    orphan.nps = 3;
    document->insertResponses(QList<Response>{orphan});
    try {
        versions.restore(u"workshop"_s);
        QFAIL("restored a version without the stage of a response");
    } catch (const StoreError &error) {
        QCOMPARE(error.code(), StoreError::Code::Invalid);
        QVERIFY2(error.message().contains(u"1 survey responses"_s), qPrintable(error.message()));
    }
    QCOMPARE(versions.list().size(), 1);
    QCOMPARE(document->stages().size(), 8);

    document->removeResponsesOfStage(added);
    versions.restore(u"workshop"_s);
    QCOMPARE(document->stages().size(), 7);
    QCOMPARE(document->responseCount(), 1);
    QCOMPARE(document->responseSummary().size() > 0, true);
}

void TestMapVersions::importTakesASnapshot()
{
    const auto dir = Test::scratchDir();
    const auto document = Test::documentFromTemplate(dir->filePath(u"map.waymark"_s), u"phone-store"_s);
    MapVersions versions(*document);
    versions.take(u"first"_s);
    const SnapshotEntry automatic = versions.takeAutomatic(u"before import"_s);
    const SnapshotEntry again = versions.takeAutomatic(u"before import"_s);
    QVERIFY(automatic.label.startsWith(u"before import 20"_s));
    QVERIFY(again.label != automatic.label);
    QCOMPARE(versions.list().size(), 3);
    QCOMPARE(versions.list().at(1).label, automatic.label);
    QVERIFY(versions.list().at(1).bytes > 100);
    QCOMPARE(versions.changesSince(automatic.label).size(), 0);
}

QTEST_GUILESS_MAIN(TestMapVersions)
#include "tst_mapversions.moc"
