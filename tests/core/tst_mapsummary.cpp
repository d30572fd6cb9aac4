// `waymark info --json`: the counts agree with the map, including how sure it is of its
// cards (evidence).

#include "commands/setvaluecommand.h"
#include "document/document.h"
#include "io/mapsummary.h"
#include "store/schema.h"
#include "support/testsupport.h"
#include "templates/templatelibrary.h"

#include <QJsonObject>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Waymark;

class TestMapSummary : public QObject
{
    Q_OBJECT

private slots:
    void evidenceCounts_data();
    void evidenceCounts();
    void evidenceFollowsEdits();
};

void TestMapSummary::evidenceCounts_data()
{
    QTest::addColumn<QString>("name");
    for (const auto &entry : TemplateLibrary::entries())
        QTest::newRow(qPrintable(entry.name)) << entry.name;
}

void TestMapSummary::evidenceCounts()
{
    QFETCH(QString, name);
    const auto dir = Test::scratchDir();
    auto document = Test::documentFromTemplate(dir->filePath(u"map.waymark"_s), name);
    QMap<Evidence, int> expected;
    for (const Card &card : document->snapshot().cards)
        ++expected[card.evidence];

    const QJsonObject info = MapSummary::toJson(*document);
    QCOMPARE(info.value(u"schema_version"_s).toInt(), Schema::CurrentVersion);
    const QJsonObject evidence = info.value(u"evidence"_s).toObject();
    QCOMPARE(evidence.keys(), (QStringList{u"assumed"_s, u"observed"_s, u"proposed"_s}));
    for (const Evidence value : allValues<Evidence>())
        QCOMPARE(evidence.value(keyOf(value)).toInt(-1), expected.value(value));
    int total = 0;
    for (const QString &key : evidence.keys())
        total += evidence.value(key).toInt();
    QCOMPARE(total, info.value(u"counts"_s).toObject().value(u"cards"_s).toInt());
}

void TestMapSummary::evidenceFollowsEdits()
{
    const auto dir = Test::scratchDir();
    auto document = Test::documentFromTemplate(dir->filePath(u"map.waymark"_s), u"phone-store"_s);
    const auto count = [&document](Evidence evidence) {
        return MapSummary::toJson(*document).value(u"evidence"_s).toObject().value(keyOf(evidence)).toInt();
    };
    Id assumed = 0;
    for (const Card &card : document->snapshot().cards) {
        if (card.evidence == Evidence::Assumed)
            assumed = card.id;
    }
    QVERIFY(assumed);
    const int observed = count(Evidence::Observed);
    const int assumedCount = count(Evidence::Assumed);
    QUndoStack stack;
    stack.push(new SetValueCommand(document.get(), fieldRef(assumed, CardField::Evidence), keyOf(Evidence::Observed)));
    QCOMPARE(count(Evidence::Observed), observed + 1);
    QCOMPARE(count(Evidence::Assumed), assumedCount - 1);
    stack.undo();
    QCOMPARE(count(Evidence::Observed), observed);
}

QTEST_GUILESS_MAIN(TestMapSummary)
#include "tst_mapsummary.moc"
