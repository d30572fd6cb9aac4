// The cards table (CSV for spreadsheets) and the roadmap CSV for boards: formula-injection
// guards both ways, writing, reading, round trips and every error kind.

#include "document/document.h"
#include "io/csv/cardstable.h"
#include "io/csv/csvcells.h"
#include "io/csv/csvtable.h"
#include "io/csv/roadmaptable.h"
#include "io/formaterror.h"
#include "io/formatregistry.h"
#include "planning/opportunityranking.h"
#include "support/testsupport.h"
#include "templates/templatelibrary.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Waymark;

namespace {

// The cards of a map as their table would compare them: the place by names, the fields, the
// personas by name and the linked cards by title.
QStringList describeCards(const MapData &data)
{
    QStringList lines;
    for (const Card &card : data.cards) {
        const auto nameOf = [&data](auto list, Id id) {
            for (const auto &item : list)
                if (item.id == id)
                    return item.name;
            return QString();
        };
        QStringList personas;
        for (const Persona &p : data.personas)
            if (card.personas.contains(p.id))
                personas.append(p.name);
        QStringList linked;
        for (const CardLink &link : data.links) {
            const Id other = link.opportunity == card.id ? link.painPoint : link.painPoint == card.id ? link.opportunity : 0;
            for (const Card &c : data.cards)
                if (c.id == other)
                    linked.append(c.title);
        }
        linked.sort();
        Card fields = card;
        fields.id = fields.stage = fields.lane = 0;
        fields.personas.clear();
        lines.append(QStringList{nameOf(data.stages, card.stage), nameOf(data.lanes, card.lane), QString::number(card.position),
                                 keyOf(card.kind), card.title, card.description, keyOf(card.channel),
                                 QString::number(card.severity), QString::number(card.effort), QString::number(card.impact),
                                 card.owner, keyOf(card.status), keyOf(card.evidence), colorValue(card.color),
                                 card.score ? QString::number(*card.score) : u"-"_s, personas.join(u','), linked.join(u',')}
                         .join(u" | "_s));
    }
    return lines;
}

// Only what the table holds of a card: its kind's fields (the others at their defaults).
MapData asTableHoldsIt(MapData data)
{
    for (Card &card : data.cards) {
        if (card.kind != CardKind::Touchpoint)
            card.channel = Channel::Other;
        if (card.kind != CardKind::PainPoint)
            card.severity = 3;
        if (card.kind != CardKind::Opportunity) {
            card.effort = card.impact = 3;
            card.owner.clear();
            card.status = OpportunityStatus::Idea;
        }
    }
    return data;
}

QByteArray table(const QString &text)
{
    return text.toUtf8();
}

const QString Header = u"Stage,Lane,Kind,Title,Description,Channel,Severity,Effort,Impact,Owner,Status,Evidence,Personas,Linked cards,Colour,Task score\r\n"_s;

} // namespace

class TestCardsCsv : public QObject
{
    Q_OBJECT

private slots:
    void formulaGuard_data();
    void formulaGuard();
    void recordQuoting_data();
    void recordQuoting();
    void writesBomHeaderAndRows();
    void roundTrip_data();
    void roundTrip();
    void reading_data();
    void reading();
    void errors_data();
    void errors();
    void roadmap();
    void roadmapIsFormulaSafe();
    void formatInTheRegistry();
};

void TestCardsCsv::formulaGuard_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("written");

    QTest::newRow("=") << u"=HYPERLINK(\"http://x\")"_s << u"'=HYPERLINK(\"http://x\")"_s;
    QTest::newRow("+") << u"+1 555 0100"_s << u"'+1 555 0100"_s;
    QTest::newRow("-") << u"- bullet"_s << u"'- bullet"_s;
    QTest::newRow("@") << u"@SUM(A1:A2)"_s << u"'@SUM(A1:A2)"_s;
    QTest::newRow("tab") << u"\tindented"_s << u"'\tindented"_s;
    QTest::newRow("carriage return") << u"\rhidden"_s << u"'\rhidden"_s;
    QTest::newRow("plain") << u"Plain text"_s << u"Plain text"_s;
    QTest::newRow("= inside") << u"a=b"_s << u"a=b"_s;
    QTest::newRow("apostrophe text") << u"'Tis the season"_s << u"'Tis the season"_s;
    QTest::newRow("apostrophe then =") << u"'=not a formula"_s << u"''=not a formula"_s;
    QTest::newRow("two apostrophes then -") << u"''-x"_s << u"'''-x"_s;
    QTest::newRow("space then =") << u" =x"_s << u" =x"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestCardsCsv::formulaGuard()
{
    QFETCH(QString, cell);
    QFETCH(QString, written);
    QCOMPARE(CsvCells::guard(cell), written);
    QCOMPARE(CsvCells::unguard(written), cell);
}

void TestCardsCsv::recordQuoting_data()
{
    QTest::addColumn<QStringList>("cells");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << QStringList{u"a"_s, u"b"_s} << QByteArray("a,b\r\n");
    QTest::newRow("comma") << QStringList{u"a,b"_s} << QByteArray("\"a,b\"\r\n");
    QTest::newRow("quote") << QStringList{u"say \"hi\""_s} << QByteArray("\"say \"\"hi\"\"\"\r\n");
    QTest::newRow("line break") << QStringList{u"one\ntwo"_s} << QByteArray("\"one\ntwo\"\r\n");
    QTest::newRow("spaces at the ends") << QStringList{u" x "_s} << QByteArray("\" x \"\r\n");
    QTest::newRow("guarded and quoted") << QStringList{u"=1,2"_s} << QByteArray("\"'=1,2\"\r\n");
    QTest::newRow("utf-8") << QStringList{u"café 🙂"_s} << QByteArray("caf\xC3\xA9 \xF0\x9F\x99\x82\r\n");
}

void TestCardsCsv::recordQuoting()
{
    QFETCH(QStringList, cells);
    QFETCH(QByteArray, expected);
    QCOMPARE(CsvCells::record(cells), expected);
}

void TestCardsCsv::writesBomHeaderAndRows()
{
    const auto dir = Test::scratchDir();
    const auto document = Test::documentFromTemplate(dir->filePath(u"m.waymark"_s), u"phone-store"_s);
    const QByteArray bytes = CardsTable::write(*document);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.mid(3).startsWith(Header.toUtf8()));
    QCOMPARE(CardsTable::columns().size(), 16);
    // A row per card, in document order: the first card of the first stage comes first.
    const MapData data = CardsTable::read(bytes, u"t.csv"_s, u"t"_s);
    QCOMPARE(data.cards.size(), qsizetype(document->cardCount()));
    QCOMPARE(data.cards.first().title, document->card(document->cardsOfStage(document->stages().first().id).first())->title);
}

void TestCardsCsv::roundTrip_data()
{
    QTest::addColumn<QString>("name");
    for (const TemplateLibrary::Entry &entry : TemplateLibrary::entries())
        QTest::newRow(qPrintable(entry.name)) << entry.name;
}

// Reading the table back gives the same cards (with the fields of their kind, as the table
// holds them), in the same places, with their personas and links; writing it again gives
// the same rows. (Lanes are made in order of appearance, so a lane that is empty in the first
// stages may come later than it was: the rows then come in another order.)
void TestCardsCsv::roundTrip()
{
    QFETCH(QString, name);
    const auto dir = Test::scratchDir();
    MapData original = TemplateLibrary::load(name);
    // A card of every awkward sort: a formula, a line break, a ';' in a persona's name, a
    // task score and a colour.
    if (!original.cards.isEmpty()) {
        original.cards[0].title = u"=cmd|' /C calc'!A0"_s;
        original.cards[0].description = u"- first\n- second, with \"quotes\""_s;
        original.cards[0].score = 2;
        original.cards[0].color = QColor(u"#336699"_s);
    }
    if (!original.personas.isEmpty())
        original.personas[0].name = u"Ana; the buyer"_s;
    // Personas out of alphabetical order, a card naming two of them: the table lists names
    // in an order that the map read back keeps.
    if (original.personas.size() >= 2 && original.cards.size() >= 2) {
        original.personas[0].name = u"Zoe"_s;
        original.personas[1].name = u"Adam"_s;
        original.cards[1].personas = {original.personas[0].id, original.personas[1].id};
        std::sort(original.cards[1].personas.begin(), original.cards[1].personas.end());
    }
    const auto document = Document::create(dir->filePath(u"m.waymark"_s), original);
    const QByteArray first = CardsTable::write(*document);
    const MapData back = CardsTable::read(first, u"t.csv"_s, u"t"_s);
    QStringList got = describeCards(back);
    QStringList expected = describeCards(asTableHoldsIt(document->snapshot()));
    got.sort();
    expected.sort();
    QCOMPARE(got, expected);
    const auto rebuilt = Document::create(dir->filePath(u"n.waymark"_s), back);
    const QByteArray second = CardsTable::write(*rebuilt);
    const auto rows = [](const QByteArray &bytes) {
        QStringList all;
        for (const CsvTable::Row &row : CsvTable::read(bytes, u"t.csv"_s).rows)
            all.append(row.cells.join(u'\t'));
        all.sort();
        return all;
    };
    QCOMPARE(rows(second), rows(first));
    const auto again = Document::create(dir->filePath(u"o.waymark"_s), CardsTable::read(second, u"t.csv"_s, u"t"_s));
    QCOMPARE(CardsTable::write(*again), second);
}

void TestCardsCsv::reading_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("stages");
    QTest::addColumn<QStringList>("lanes"); // "name:kind"
    QTest::addColumn<QStringList>("cards"); // from describeCards()

    QTest::newRow("minimal columns, lanes and stages in order of appearance")
        << u"Title,Stage,Lane\nSee ad,Aware,Touchpoints\nVisit shop,Buy,Customer actions\nLong queue,Buy,Pain points\nOnline,Aware,Customer actions\n"_s
        << QStringList{u"Aware"_s, u"Buy"_s}
        << QStringList{u"Touchpoints:touchpoints"_s, u"Customer actions:customer_actions"_s, u"Pain points:pain_points"_s}
        << QStringList{u"Aware | Touchpoints | 0 | touchpoint | See ad |  | other | 3 | 3 | 3 |  | idea | assumed |  | - |  | "_s,
                       u"Aware | Customer actions | 0 | note | Online |  | other | 3 | 3 | 3 |  | idea | assumed |  | - |  | "_s,
                       u"Buy | Customer actions | 0 | note | Visit shop |  | other | 3 | 3 | 3 |  | idea | assumed |  | - |  | "_s,
                       u"Buy | Pain points | 0 | pain_point | Long queue |  | other | 3 | 3 | 3 |  | idea | assumed |  | - |  | "_s};
    QTest::newRow("labels, any case, semicolons, CRLF, a BOM")
        << u"\uFEFFSTAGE;lane;Kind;Title;Severity;Evidence;personas;LINKED_CARDS\r\n"
           "One;Worries;Pain point;Slow;5;Observed;Ana; \r\n"
           "One;Ideas;OPPORTUNITY;Faster;;proposed;\"Ana\nBen\";Slow\r\n"_s
        << QStringList{u"One"_s} << QStringList{u"Worries:pain_points"_s, u"Ideas:opportunities"_s}
        << QStringList{u"One | Worries | 0 | pain_point | Slow |  | other | 5 | 3 | 3 |  | idea | observed |  | - | Ana | Faster"_s,
                       u"One | Ideas | 0 | opportunity | Faster |  | other | 3 | 3 | 3 |  | idea | proposed |  | - | Ana,Ben | Slow"_s};
    QTest::newRow("a lane's kind from its name, else from its first card")
        << u"Stage,Lane,Kind,Title\nS,Moments of delight,delight,Smile\nS,Backstage,note,Stock check\nS,Odd,,Plain\n"_s
        << QStringList{u"S"_s} << QStringList{u"Moments of delight:delights"_s, u"Backstage:backstage"_s, u"Odd:notes"_s}
        << QStringList{u"S | Moments of delight | 0 | delight | Smile |  | other | 3 | 3 | 3 |  | idea | assumed |  | - |  | "_s,
                       u"S | Backstage | 0 | note | Stock check |  | other | 3 | 3 | 3 |  | idea | assumed |  | - |  | "_s,
                       u"S | Odd | 0 | note | Plain |  | other | 3 | 3 | 3 |  | idea | assumed |  | - |  | "_s};
    QTest::newRow("guarded cells come back, empty rows are skipped")
        << u"Stage,Lane,Title,Description\nS,Notes,'=1+1,'- a list\n,,,\nS,Notes,'Tis,''=x\n"_s << QStringList{u"S"_s}
        << QStringList{u"Notes:notes"_s}
        << QStringList{u"S | Notes | 0 | note | =1+1 | - a list | other | 3 | 3 | 3 |  | idea | assumed |  | - |  | "_s,
                       u"S | Notes | 1 | note | 'Tis | '=x | other | 3 | 3 | 3 |  | idea | assumed |  | - |  | "_s};
    QTest::newRow("a title used twice, linked by stage")
        << u"Stage,Lane,Kind,Title,Linked cards\nA,P,pain_point,Wait,\nB,P,pain_point,Wait,\nB,O,opportunity,Fix,B › Wait\n"_s
        << QStringList{u"A"_s, u"B"_s} << QStringList{u"P:pain_points"_s, u"O:opportunities"_s}
        << QStringList{u"A | P | 0 | pain_point | Wait |  | other | 3 | 3 | 3 |  | idea | assumed |  | - |  | "_s,
                       u"B | P | 0 | pain_point | Wait |  | other | 3 | 3 | 3 |  | idea | assumed |  | - |  | Fix"_s,
                       u"B | O | 0 | opportunity | Fix |  | other | 3 | 3 | 3 |  | idea | assumed |  | - |  | Wait"_s};
}

void TestCardsCsv::reading()
{
    QFETCH(QString, text);
    QFETCH(QStringList, stages);
    QFETCH(QStringList, lanes);
    QFETCH(QStringList, cards);
    const MapData data = CardsTable::read(table(text), u"t.csv"_s, u"Imported"_s);
    QCOMPARE(data.info.title, u"Imported"_s);
    QStringList stageNames;
    for (const Stage &s : data.stages)
        stageNames.append(s.name);
    QCOMPARE(stageNames, stages);
    QStringList laneNames;
    for (const Lane &l : data.lanes)
        laneNames.append(l.name + u':' + keyOf(l.kind));
    QCOMPARE(laneNames, lanes);
    QCOMPARE(describeCards(data), cards);
    const auto dir = Test::scratchDir();
    QVERIFY(Document::create(dir->filePath(u"m.waymark"_s), data));
}

void TestCardsCsv::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty file") << QString() << u"t.csv: empty"_s;
    QTest::newRow("unknown column") << u"Stage,Lane,Title,Colour of sky\n"_s << u"t.csv:1: unknown column 'Colour of sky'"_s;
    QTest::newRow("column twice") << u"Stage,Lane,Title,title\n"_s << u"t.csv:1: the column 'title' is there twice"_s;
    QTest::newRow("no stage column") << u"Lane,Title\n"_s << u"t.csv:1: no 'Stage' column"_s;
    QTest::newRow("a roadmap export") << u"Summary,Description,Assignee,Status,Labels\n"_s << u"t.csv:1: this is a roadmap export"_s;
    QTest::newRow("stage missing") << u"Stage,Lane,Title\nS,L,ok\n,L,x\n"_s << u"t.csv:3: Stage: every card needs its stage"_s;
    QTest::newRow("lane missing") << u"Stage,Lane,Title\nS, ,x\n"_s << u"t.csv:2: Lane: every card needs its lane"_s;
    QTest::newRow("unknown kind") << u"Stage,Lane,Kind,Title\nS,L,idea,x\n"_s << u"t.csv:2: Kind: 'idea' is not one of"_s;
    QTest::newRow("severity out of range") << u"Stage,Lane,Title,Severity\nS,L,x,9\n"_s << u"t.csv:2: Severity: '9' is not a whole number from 1 to 5"_s;
    QTest::newRow("effort not a number") << u"Stage,Lane,Title,Effort\nS,L,x,low\n"_s << u"t.csv:2: Effort: 'low'"_s;
    QTest::newRow("unknown status") << u"Stage,Lane,Title,Status\nS,L,x,someday\n"_s << u"t.csv:2: Status: 'someday' is not one of"_s;
    QTest::newRow("unknown channel") << u"Stage,Lane,Title,Channel\nS,L,x,fax\n"_s << u"t.csv:2: Channel: 'fax'"_s;
    QTest::newRow("unknown evidence") << u"Stage,Lane,Title,Evidence\nS,L,x,rumour\n"_s << u"t.csv:2: Evidence: 'rumour'"_s;
    QTest::newRow("bad colour") << u"Stage,Lane,Title,Colour\nS,L,x,bluish\n"_s << u"t.csv:2: Colour: 'bluish' is not a colour"_s;
    QTest::newRow("bad score") << u"Stage,Lane,Title,Task score\nS,L,x,0\n"_s << u"t.csv:2: Task score: '0'"_s;
    QTest::newRow("too many cells") << u"Stage,Lane,Title\nS,L,x,extra\n"_s << u"t.csv:2: 4 cells, but the header names 3 columns"_s;
    QTest::newRow("unclosed quote") << u"Stage,Lane,Title\nS,L,\"x\n"_s << u"t.csv: line 2: a quoted field is not closed"_s;
    QTest::newRow("not UTF-8") << QString() << u"t.csv:2: not UTF-8"_s; // bytes set below
    QTest::newRow("link to nobody") << u"Stage,Lane,Kind,Title,Linked cards\nS,P,pain_point,Wait,Ghost\n"_s
                                    << u"t.csv:2: Linked cards: no card is called 'Ghost'"_s;
    QTest::newRow("ambiguous link") << u"Stage,Lane,Kind,Title,Linked cards\nA,P,pain_point,Wait,\nB,P,pain_point,Wait,\nB,O,opportunity,Fix,Wait\n"_s
                                    << u"t.csv:4: Linked cards: 2 cards are called 'Wait'"_s;
    QTest::newRow("link between notes") << u"Stage,Lane,Title,Linked cards\nS,N,a,b\nS,N,b,\n"_s
                                        << u"t.csv:2: Linked cards: 'a' and 'b' cannot be linked"_s;
    QTest::newRow("link to itself") << u"Stage,Lane,Kind,Title,Linked cards\nS,P,pain_point,Wait,Wait\n"_s
                                    << u"t.csv:2: Linked cards: a card cannot be linked to itself"_s;
}

void TestCardsCsv::errors()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    QByteArray bytes = table(text);
    if (QByteArray(QTest::currentDataTag()) == "not UTF-8")
        bytes = "Stage,Lane,Title\nS,L,caf\xE9\n";
    try {
        CardsTable::read(bytes, u"t.csv"_s, u"t"_s);
        QFAIL("no error");
    } catch (const FormatError &e) {
        QVERIFY2(e.message().startsWith(message), qPrintable(e.message()));
    }
}

void TestCardsCsv::roadmap()
{
    const auto dir = Test::scratchDir();
    const auto document = Test::documentFromTemplate(dir->filePath(u"m.waymark"_s), u"phone-store"_s);
    const QByteArray bytes = RoadmapTable::write(*document);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBFSummary,Description,Assignee,Status,Labels\r\n"));

    // Read back as an importer would: one row per opportunity, in rank order.
    const CsvTable read = CsvTable::read(bytes, u"roadmap.csv"_s);
    QCOMPARE(read.header, RoadmapTable::columns());
    const QList<Id> ranked = OpportunityRanking::ranked(*document);
    QVERIFY(ranked.size() >= 3);
    QCOMPARE(read.rows.size(), ranked.size());
    const QStringList board = {u"Backlog"_s, u"To Do"_s, u"In Progress"_s, u"Done"_s};
    for (qsizetype i = 0; i < ranked.size(); ++i) {
        const Card &card = *document->card(ranked.at(i));
        const QStringList &cells = read.rows.at(i).cells;
        QCOMPARE(cells.size(), 5);
        QCOMPARE(cells.at(0), card.title);
        QVERIFY2(cells.at(1).contains(u"Rank %1 of %2"_s.arg(i + 1).arg(ranked.size())), qPrintable(cells.at(1)));
        QVERIFY2(cells.at(1).contains(document->stage(card.stage)->name), qPrintable(cells.at(1)));
        for (const Id pain : document->painPointsOf(card.id))
            QVERIFY2(cells.at(1).contains(document->card(pain)->title), qPrintable(cells.at(1)));
        QCOMPARE(cells.at(2), card.owner);
        QCOMPARE(cells.at(3), board.at(int(card.status)));
        const QStringList labels = cells.at(4).split(u' ');
        QCOMPARE(labels.first(), OpportunityRanking::quadrantKey(OpportunityRanking::quadrantOf(card)));
        for (const QString &label : labels)
            QVERIFY2(!label.isEmpty() && !label.contains(u','), qPrintable(cells.at(4)));
    }
}

void TestCardsCsv::roadmapIsFormulaSafe()
{
    const auto dir = Test::scratchDir();
    MapData data;
    Stage stage;
    stage.id = 1;
    stage.name = u"S"_s;
    data.stages = {stage};
    Lane lane;
    lane.id = 1;
    lane.kind = LaneKind::Opportunities;
    lane.name = u"O"_s;
    data.lanes = {lane};
    Card card;
    card.id = 1;
    card.stage = card.lane = 1;
    card.kind = CardKind::Opportunity;
    card.title = u"=HYPERLINK(\"http://evil\",\"click\")"_s;
    card.owner = u"@owner"_s;
    data.cards = {card};
    const auto document = Document::create(dir->filePath(u"m.waymark"_s), data);
    const QByteArray bytes = RoadmapTable::write(*document);
    QVERIFY2(bytes.contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"click\"\")\""), bytes.constData());
    QVERIFY2(bytes.contains(",'@owner,"), bytes.constData());
}

void TestCardsCsv::formatInTheRegistry()
{
    const MapFormat *format = FormatRegistry::instance().byName(u"csv"_s);
    QVERIFY(format && format->canRead() && format->canWrite() && !format->needsGui());
    QVERIFY(format->variant(u"roadmap"_s));
    QCOMPARE(format->variant(u"roadmap"_s)->option, ExportOption::Roadmap);
    QCOMPARE(FormatRegistry::instance().forFile(u"cards.CSV"_s, FormatRegistry::Purpose::Read), format);

    const auto dir = Test::scratchDir();
    const auto document = Test::documentFromTemplate(dir->filePath(u"m.waymark"_s), u"bagel-shop"_s);
    const QString cards = dir->filePath(u"Bagel cards.csv"_s);
    format->write(*document, cards, {});
    const MapData data = FormatRegistry::instance().read(cards);
    QCOMPARE(data.info.title, u"Bagel cards"_s);
    QCOMPARE(data.cards.size(), qsizetype(document->cardCount()));
    ExportOptions roadmap;
    roadmap.roadmap = true;
    const QString board = dir->filePath(u"roadmap.csv"_s);
    format->write(*document, board, roadmap);
    QVERIFY_THROWS_EXCEPTION(FormatError, FormatRegistry::instance().read(board));
}

QTEST_GUILESS_MAIN(TestCardsCsv)
#include "tst_cardscsv.moc"
