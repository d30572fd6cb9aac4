// mermaid `journey` diagrams: the parser against the cases of mermaid's own specs, every rule
// of its lexer, every error, the mapping onto a map and back, and round trips.

#include "document/document.h"
#include "io/formaterror.h"
#include "io/formatregistry.h"
#include "io/mermaid/mermaidjourneymap.h"
#include "io/mermaid/mermaidjourneyparser.h"
#include "io/mermaid/mermaidtext.h"
#include "support/testsupport.h"
#include "templates/templatelibrary.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Waymark;

namespace {

QString readFixture(const QString &name)
{
    QFile file(Test::fixture(u"mermaid/"_s + name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// A task as one line: section, name and score, then "@actor" for each actor, tab-separated,
// so that no actors (`Task: 5`) and one empty actor (`Task: 5:`) differ.
QStringList taskLines(const MermaidJourney &journey)
{
    QStringList lines;
    for (const MermaidJourney::Task &task : journey.tasks) {
        QStringList parts{task.section, task.name, QString::number(task.score)};
        for (const QString &person : task.people)
            parts.append(u'@' + person);
        lines.append(parts.join(u'\t'));
    }
    return lines;
}

QString task(const QString &section, const QString &name, int score, const QStringList &people = {})
{
    QStringList parts{section, name, QString::number(score)};
    for (const QString &person : people)
        parts.append(u'@' + person);
    return parts.join(u'\t');
}

MermaidJourney parse(const QString &text)
{
    return MermaidJourneyParser::parse(text, u"test.mmd"_s);
}

} // namespace

class TestMermaid : public QObject
{
    Q_OBJECT

private slots:
    void mermaidSpecs_data();
    void mermaidSpecs();
    void lexing_data();
    void lexing();
    void errors_data();
    void errors();
    void toMap_data();
    void toMap();
    void writing_data();
    void writing();
    void textReadsBackAsWritten_data();
    void textReadsBackAsWritten();
    void roundTripFromTemplates_data();
    void roundTripFromTemplates();
    void roundTripFromMermaid_data();
    void roundTripFromMermaid();
    void scoresSurviveTheFile();
    void formatReadsAndWritesFiles();
};

void TestMermaid::mermaidSpecs_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("accTitle");
    QTest::addColumn<QString>("accDescription");
    QTest::addColumn<QStringList>("sections");
    QTest::addColumn<QStringList>("tasks");
    QTest::addColumn<QStringList>("actors");

    const QString adding = u"Adding journey diagram functionality to mermaid"_s;
    QTest::newRow("journey.spec: title") << u"spec-title.mmd"_s << adding << QString() << QString() << QStringList()
                                         << QStringList() << QStringList();
    QTest::newRow("journey.spec: accDescr") << u"spec-accdescr.mmd"_s << adding << QString()
                                            << u"A user journey for family shopping"_s
                                            << QStringList{u"Order from website"_s} << QStringList() << QStringList();
    QTest::newRow("journey.spec: multiline accDescr")
        << u"spec-accdescr-multiline.mmd"_s << adding << u"Adding acc journey diagram functionality to mermaid"_s
        << u"A user journey for\nfamily shopping"_s << QStringList{u"Order from website"_s} << QStringList() << QStringList();
    QTest::newRow("journey.spec: accTitle") << u"spec-acctitle.mmd"_s << QString() << u"The title"_s << QString()
                                            << QStringList{u"Order from website"_s} << QStringList() << QStringList();
    QTest::newRow("journey.spec: section") << u"spec-section.mmd"_s << adding << QString() << QString()
                                           << QStringList{u"Order from website"_s} << QStringList() << QStringList();
    QTest::newRow("journey.spec: <br> in a section")
        << u"spec-section-breaks.mmd"_s << u"Adding gantt diagram functionality to mermaid"_s << QString() << QString()
        << QStringList{u"Line1 Line2 Line3 Line4 Line5"_s} << QStringList() << QStringList();

    const QString doc = u"Documentation"_s;
    const QString another = u"Another section"_s;
    QTest::newRow("journey.spec: tasks")
        << u"spec-tasks.mmd"_s << adding << QString() << QString() << QStringList{doc, another}
        << QStringList{task(doc, u"A task"_s, 5, {u"Alice"_s, u"Bob"_s, u"Charlie"_s}),
                       task(doc, u"B task"_s, 3, {u"Bob"_s, u"Charlie"_s}),
                       task(doc, u"C task"_s, 5),
                       task(doc, u"D task"_s, 5, {u"Charlie"_s, u"Alice"_s}),
                       task(doc, u"E task"_s, 5, {QString()}),
                       task(another, u"P task"_s, 5, {QString()}),
                       task(another, u"Q task"_s, 5, {QString()}),
                       task(another, u"R task"_s, 5, {QString()})}
        << QStringList{QString(), u"Alice"_s, u"Bob"_s, u"Charlie"_s};

    const QString shops = u"Journey to the shops"_s;
    const QString shopping = u"Do shopping"_s;
    QTest::newRow("journeyDb.spec: tasks and actors")
        << u"db-shopping.mmd"_s << QString() << u"Shopping"_s << u"A user journey for family shopping"_s
        << QStringList{shops, shopping}
        << QStringList{task(shops, u"Get car keys"_s, 5, {u"Dad"_s}),
                       task(shops, u"Go to car"_s, 3, {u"Dad"_s, u"Mum"_s, u"Child#1"_s, u"Child#2"_s}),
                       task(shops, u"Drive to supermarket"_s, 4, {u"Dad"_s}),
                       task(shopping, u"Go shopping"_s, 5, {u"Mum"_s})}
        << QStringList{u"Child#1"_s, u"Child#2"_s, u"Dad"_s, u"Mum"_s};

    const QString work = u"Go to work"_s;
    const QString home = u"Go home"_s;
    QTest::newRow("docs example with front matter")
        << u"docs-example.mmd"_s << u"My working day"_s << QString() << QString() << QStringList{work, home}
        << QStringList{task(work, u"Make tea"_s, 5, {u"Me"_s}), task(work, u"Go upstairs"_s, 3, {u"Me"_s}),
                       task(work, u"Do work"_s, 1, {u"Me"_s, u"Cat"_s}), task(home, u"Go downstairs"_s, 5, {u"Me"_s}),
                       task(home, u"Sit down"_s, 5, {u"Me"_s})}
        << QStringList{u"Cat"_s, u"Me"_s};
}

void TestMermaid::mermaidSpecs()
{
    QFETCH(QString, fixture);
    QFETCH(QString, title);
    QFETCH(QString, accTitle);
    QFETCH(QString, accDescription);
    QFETCH(QStringList, sections);
    QFETCH(QStringList, tasks);
    QFETCH(QStringList, actors);

    const QString text = readFixture(fixture);
    QVERIFY(!text.isEmpty());
    const MermaidJourney journey = MermaidJourneyParser::parse(text, fixture);
    QCOMPARE(journey.title, title);
    QCOMPARE(journey.accTitle, accTitle);
    QCOMPARE(journey.accDescription, accDescription);
    QCOMPARE(journey.sections, sections);
    QCOMPARE(taskLines(journey), tasks);
    QCOMPARE(journey.actors(), actors);
}

void TestMermaid::lexing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("sections");
    QTest::addColumn<QStringList>("tasks");

    QTest::newRow("%% comment lines") << u"journey\n%% a comment\n  %% indented\ntitle T\nsection S\n  A: 4\n"_s << u"T"_s
                                      << QStringList{u"S"_s} << QStringList{task(u"S"_s, u"A"_s, 4)};
    QTest::newRow("# ends a title") << u"journey\ntitle Daily # not the title\n"_s << u"Daily"_s << QStringList()
                                    << QStringList();
    QTest::newRow("# ends a task's actors") << u"journey\nsection S\nA: 4: Ana # and a note\n"_s << QString()
                                            << QStringList{u"S"_s} << QStringList{task(u"S"_s, u"A"_s, 4, {u"Ana"_s})};
    QTest::newRow("# ends a section name") << u"journey\nsection Start # first\nA: 2\n"_s << QString()
                                           << QStringList{u"Start"_s} << QStringList{task(u"Start"_s, u"A"_s, 2)};
    QTest::newRow("; then a %% comment") << u"journey\nsection S\nA: 3: Ana;%% done\nB: 1\n"_s << QString()
                                         << QStringList{u"S"_s}
                                         << QStringList{task(u"S"_s, u"A"_s, 3, {u"Ana"_s}), task(u"S"_s, u"B"_s, 1)};
    QTest::newRow("no actors vs an empty actor") << u"journey\nsection S\nA: 5\nB: 5:\n"_s << QString()
                                                 << QStringList{u"S"_s}
                                                 << QStringList{task(u"S"_s, u"A"_s, 5), task(u"S"_s, u"B"_s, 5, {QString()})};
    QTest::newRow("a third ':' is ignored, as mermaid does") << u"journey\nsection S\nA: 2: Ana: extra\n"_s << QString()
                                                             << QStringList{u"S"_s}
                                                             << QStringList{task(u"S"_s, u"A"_s, 2, {u"Ana"_s})};
    QTest::newRow("keywords in any case") << u"JOURNEY\nTitle Loud\nSECTION S\nA: 1\n"_s << u"Loud"_s << QStringList{u"S"_s}
                                          << QStringList{task(u"S"_s, u"A"_s, 1)};
    QTest::newRow("CRLF and blank lines") << u"\r\n\r\njourney\r\n\r\ntitle T\r\nsection S\r\n\r\n  A: 3\r\n"_s << u"T"_s
                                          << QStringList{u"S"_s} << QStringList{task(u"S"_s, u"A"_s, 3)};
    QTest::newRow("tasks before any section") << u"journey\nA: 4\nsection S\nB: 2\n"_s << QString() << QStringList{u"S"_s}
                                              << QStringList{task(QString(), u"A"_s, 4), task(u"S"_s, u"B"_s, 2)};
    QTest::newRow("entity codes") << u"journey\ntitle Q#59; and A#35;1\nsection Step 1#58; look\nPay #quot;now#quot;: 4: R#38;D, #unknown;\n"_s
                                  << u"Q; and A#1"_s << QStringList{u"Step 1: look"_s}
                                  << QStringList{task(u"Step 1: look"_s, u"Pay \"now\""_s, 4, {u"R&D"_s, u"#unknown;"_s})};
    QTest::newRow("a word that starts like a keyword") << u"journey\nsection S\ntitles: 3\nsectioned: 2\n"_s << QString()
                                                       << QStringList{u"S"_s}
                                                       << QStringList{task(u"S"_s, u"titles"_s, 3), task(u"S"_s, u"sectioned"_s, 2)};
    QTest::newRow("journey and title on one line") << u"journey title Short\n"_s << u"Short"_s << QStringList()
                                                   << QStringList();
    QTest::newRow("scores written as numbers") << u"journey\nsection S\nA: +4\nB: 5.0\nC:  2 \n"_s << QString()
                                               << QStringList{u"S"_s}
                                               << QStringList{task(u"S"_s, u"A"_s, 4), task(u"S"_s, u"B"_s, 5), task(u"S"_s, u"C"_s, 2)};
    QTest::newRow("accDescr {} spans lines, tasks follow") << u"journey\naccDescr {\n  one\n\n  two\n}\nsection S\nA: 3\n"_s
                                                           << QString() << QStringList{u"S"_s} << QStringList{task(u"S"_s, u"A"_s, 3)};
    QTest::newRow("%%{init}%% directive") << u"%%{init: {'theme':'dark'}}%%\njourney\nsection S\nA: 3\n"_s << QString()
                                          << QStringList{u"S"_s} << QStringList{task(u"S"_s, u"A"_s, 3)};
    QTest::newRow("front matter title, then the diagram's") << u"---\ntitle: Front\n---\njourney\ntitle Inside\n"_s
                                                            << u"Inside"_s << QStringList() << QStringList();
    QTest::newRow("front matter title alone") << u"---\ntitle: \"Front\"\n---\njourney\n"_s << u"Front"_s << QStringList()
                                              << QStringList();
}

void TestMermaid::lexing()
{
    QFETCH(QString, text);
    QFETCH(QString, title);
    QFETCH(QStringList, sections);
    QFETCH(QStringList, tasks);
    const MermaidJourney journey = parse(text);
    QCOMPARE(journey.title, title);
    QCOMPARE(journey.sections, sections);
    QCOMPARE(taskLines(journey), tasks);
}

void TestMermaid::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message"); // the start of the message: "test.mmd:LINE:COLUMN: ..."

    QTest::newRow("score not a number") << u"journey\nsection S\n  Task: x: Me\n"_s << u"test.mmd:3:9: the score 'x'"_s;
    QTest::newRow("score not whole") << u"journey\nsection S\nTask: 4.5\n"_s << u"test.mmd:3:7: the score 4.5 of 'Task' is not a whole number"_s;
    QTest::newRow("score out of range") << u"journey\nsection S\nTask: 7: Me\n"_s << u"test.mmd:3:7: the score 7"_s;
    QTest::newRow("score zero") << u"journey\nsection S\nTask:0\n"_s << u"test.mmd:3:6: the score 0"_s;
    QTest::newRow("score missing") << u"journey\nsection S\nTask: : Me\n"_s << u"test.mmd:3:5: the task 'Task' has no score"_s;
    QTest::newRow("nothing after ':'") << u"journey\nsection S\nTask:\n"_s << u"test.mmd:3:5: the task 'Task' has no score after ':'"_s;
    QTest::newRow("task without ':'") << u"journey\nsection S\n    Make tea\n"_s << u"test.mmd:3:5: the task 'Make tea' has no score"_s;
    QTest::newRow("';' then more") << u"journey\nsection S\nA: 3; B: 4\n"_s << u"test.mmd:3:5: ';' ends the statement"_s;
    QTest::newRow("';' ends a title") << u"journey\ntitle A; B\n"_s << u"test.mmd:2:8: ';' ends the statement"_s;
    QTest::newRow("':' in a section name") << u"journey\nsection Step 1: look\n"_s << u"test.mmd:2:15: ':' without a task name"_s;
    QTest::newRow("score without a task") << u"journey\n: 5\n"_s << u"test.mmd:2:1: ':' without a task name"_s;
    QTest::newRow("a task named journey…") << u"journey\nsection S\nJourney planning: 3\n"_s
                                           << u"test.mmd:3:1: 'journey' begins the diagram"_s;
    QTest::newRow("not a journey") << u"flowchart LR\n  A --> B\n"_s << u"test.mmd:1:1: not a mermaid journey diagram: it starts with 'flowchart'"_s;
    QTest::newRow("text before journey") << u"\n\n  My journey\n"_s << u"test.mmd:3:3: not a mermaid journey diagram"_s;
    QTest::newRow("empty") << u"  \n"_s << u"test.mmd:2:1: empty"_s;
    QTest::newRow("accDescr { unclosed") << u"journey\n  accDescr {\n  text\nsection S\n"_s << u"test.mmd:2:3: accDescr { is not closed"_s;
    QTest::newRow("column counts characters, not bytes") << u"journey\nsection S\nÉtape café: abc\n"_s
                                                         << u"test.mmd:3:13: the score 'abc'"_s;
}

void TestMermaid::errors()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    try {
        parse(text);
        QFAIL("no error");
    } catch (const FormatError &e) {
        QVERIFY2(e.message().startsWith(message), qPrintable(e.message()));
    }
}

void TestMermaid::toMap_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QStringList>("stages");
    QTest::addColumn<QStringList>("personas");
    QTest::addColumn<QStringList>("cards");    // "stage/position title score [persona…]"
    QTest::addColumn<QStringList>("emotions"); // "persona@stage score"

    QTest::newRow("working day") << readFixture(u"docs-example.mmd"_s) << QString() << QStringList{u"Go to work"_s, u"Go home"_s}
                                 << QStringList{u"Cat"_s, u"Me"_s}
                                 << QStringList{u"0/0 Make tea 5 [Me]"_s, u"0/1 Go upstairs 3 [Me]"_s, u"0/2 Do work 1 [Cat,Me]"_s,
                                                u"1/0 Go downstairs 5 [Me]"_s, u"1/1 Sit down 5 [Me]"_s}
                                 // Me at work: mean of 5, 3, 1 = 3 -> 0; Cat: 1 -> -5; Me at home: 5 -> +5.
                                 << QStringList{u"Cat@0 -5"_s, u"Me@0 0"_s, u"Me@1 5"_s};
    QTest::newRow("halves round away from zero") << u"journey\nsection S\nA: 4: X\nB: 2: Y\nC: 4: Z\nD: 5: Z\n"_s << QString()
                                                 << QStringList{u"S"_s} << QStringList{u"X"_s, u"Y"_s, u"Z"_s}
                                                 << QStringList{u"0/0 A 4 [X]"_s, u"0/1 B 2 [Y]"_s, u"0/2 C 4 [Z]"_s, u"0/3 D 5 [Z]"_s}
                                                 // 4 -> 2.5 -> 3; 2 -> -2.5 -> -3; 4.5 -> 3.75 -> 4
                                                 << QStringList{u"X@0 3"_s, u"Y@0 -3"_s, u"Z@0 4"_s};
    QTest::newRow("empty actor names nobody") << u"journey\nsection S\nA: 5:\n"_s << QString() << QStringList{u"S"_s}
                                              << QStringList() << QStringList{u"0/0 A 5 []"_s} << QStringList();
    QTest::newRow("leading tasks get an unnamed stage") << u"journey\nA: 1\nsection S\nB: 2\n"_s << QString()
                                                        << QStringList{QString(), u"S"_s} << QStringList()
                                                        << QStringList{u"0/0 A 1 []"_s, u"1/0 B 2 []"_s} << QStringList();
    QTest::newRow("accTitle and accDescr describe") << u"journey\ntitle T\naccTitle: Longer\naccDescr: Details\n"_s
                                                    << u"Longer\nDetails"_s << QStringList() << QStringList() << QStringList()
                                                    << QStringList();
    QTest::newRow("an accTitle like the title adds nothing") << u"journey\ntitle T\naccTitle: T\n"_s << QString()
                                                             << QStringList() << QStringList() << QStringList() << QStringList();
    QTest::newRow("an actor twice on a task counts once") << u"journey\nsection S\nA: 1: Me, Me\n"_s << QString()
                                                          << QStringList{u"S"_s} << QStringList{u"Me"_s}
                                                          << QStringList{u"0/0 A 1 [Me]"_s} << QStringList{u"Me@0 -5"_s};
}

void TestMermaid::toMap()
{
    QFETCH(QString, text);
    QFETCH(QString, description);
    QFETCH(QStringList, stages);
    QFETCH(QStringList, personas);
    QFETCH(QStringList, cards);
    QFETCH(QStringList, emotions);

    const MapData data = MermaidJourneyMap::toMap(parse(text));
    QCOMPARE(data.info.description, description);
    QStringList stageNames;
    for (const Stage &stage : data.stages)
        stageNames.append(stage.name);
    QCOMPARE(stageNames, stages);
    QStringList personaNames;
    for (const Persona &persona : data.personas)
        personaNames.append(persona.name);
    QCOMPARE(personaNames, personas);
    QCOMPARE(data.lanes.size(), 2);
    QCOMPARE(data.lanes.at(0).kind, LaneKind::CustomerActions);
    QCOMPARE(data.lanes.at(1).kind, LaneKind::EmotionCurve);

    QStringList cardLines;
    for (const Card &card : data.cards) {
        QStringList tagged;
        for (const Id id : card.personas)
            tagged.append(data.personas.at(id - 1).name);
        QCOMPARE(card.lane, data.lanes.at(0).id);
        cardLines.append(u"%1/%2 %3 %4 [%5]"_s.arg(card.stage - 1).arg(card.position).arg(card.title)
                             .arg(card.score.value_or(0)).arg(tagged.join(u',')));
    }
    QCOMPARE(cardLines, cards);
    QStringList emotionLines;
    for (const EmotionPoint &point : data.emotionPoints)
        emotionLines.append(u"%1@%2 %3"_s.arg(data.personas.at(point.persona - 1).name).arg(point.stage - 1).arg(point.score));
    QCOMPARE(emotionLines, emotions);

    // What the store accepts: the map can be created as it is.
    const auto dir = Test::scratchDir();
    const auto document = Document::create(dir->filePath(u"m.waymark"_s), data);
    QCOMPARE(document->snapshot(), data);
}

namespace {

// A small map: two stages, a customer-actions lane, a touchpoint lane, two personas with
// emotion points at the first stage.
MapData smallMap()
{
    MapData data;
    data.info.title = u"Renewal"_s;
    for (const QString &name : {u"Notice"_s, u"Decide"_s}) {
        Stage stage;
        stage.id = Id(data.stages.size() + 1);
        stage.name = name;
        data.stages.append(stage);
    }
    const std::pair<LaneKind, QString> lanes[] = {{LaneKind::CustomerActions, u"Actions"_s}, {LaneKind::Touchpoints, u"Touchpoints"_s}};
    for (const auto &[kind, name] : lanes) {
        Lane lane;
        lane.id = Id(data.lanes.size() + 1);
        lane.kind = kind;
        lane.name = name;
        data.lanes.append(lane);
    }
    for (const QString &name : {u"Ana"_s, u"Ben"_s}) {
        Persona persona;
        persona.id = Id(data.personas.size() + 1);
        persona.name = name;
        data.personas.append(persona);
    }
    data.emotionPoints = {{1, 1, 5, {}}, {2, 1, -2, {}}};
    return data;
}

Card card(Id id, Id stage, Id lane, int position, const QString &title, const QList<Id> &personas = {},
          std::optional<int> score = std::nullopt)
{
    Card c;
    c.id = id;
    c.stage = stage;
    c.lane = lane;
    c.position = position;
    c.title = title;
    c.personas = personas;
    c.score = score;
    return c;
}

} // namespace

void TestMermaid::writing_data()
{
    QTest::addColumn<QList<Card>>("cards");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QList<Id>>("lanes");
    QTest::addColumn<QString>("expected");

    const QString head = u"journey\n    title Renewal\n"_s;
    QTest::newRow("scores from emotions")
        << QList<Card>{card(1, 1, 1, 0, u"Ana alone"_s, {1}), card(2, 1, 1, 1, u"Both"_s, {1, 2}), card(3, 1, 1, 2, u"Nobody"_s),
                       card(4, 2, 1, 0, u"No emotion known"_s, {2})}
        << QString() << QList<Id>()
        // Ana +5 -> 5; mean of +5 and -2 = 1.5 -> 3.6 -> 4; untagged: everyone, 4; stage 2: 3.
        << head + u"    section Notice\n      Ana alone: 5: Ana\n      Both: 4: Ana, Ben\n      Nobody: 4\n"
                  "    section Decide\n      No emotion known: 3: Ben\n"_s;
    QTest::newRow("a card's own score wins") << QList<Card>{card(1, 1, 1, 0, u"Scored"_s, {1}, 2)} << QString() << QList<Id>()
                                             << head + u"    section Notice\n      Scored: 2: Ana\n    section Decide\n"_s;
    QTest::newRow("only the chosen lanes, in lane order")
        << QList<Card>{card(1, 1, 1, 0, u"Action"_s, {}, 3), card(2, 1, 2, 0, u"Website"_s, {}, 4)} << QString()
        << QList<Id>{2} << head + u"    section Notice\n      Website: 4\n    section Decide\n"_s;
    QTest::newRow("two lanes") << QList<Card>{card(1, 1, 2, 0, u"Website"_s, {}, 4), card(2, 1, 1, 0, u"Action"_s, {}, 3)}
                               << QString() << QList<Id>{1, 2}
                               << head + u"    section Notice\n      Action: 3\n      Website: 4\n    section Decide\n"_s;
    QTest::newRow("grammar characters as entity codes")
        << QList<Card>{card(1, 1, 1, 0, u"Step 1: pay; then #2 <br> done"_s, {}, 3)} << QString() << QList<Id>()
        << head + u"    section Notice\n      Step 1#58; pay#59; then #35;2 #60;br> done: 3\n    section Decide\n"_s;
    QTest::newRow("keywords at a task's start")
        << QList<Card>{card(1, 1, 1, 0, u"Journey review"_s, {}, 3), card(2, 1, 1, 1, u"title page"_s, {}, 3),
                       card(3, 1, 1, 2, u"Section 2"_s, {}, 3), card(4, 1, 1, 3, u"%% done"_s, {}, 3),
                       card(5, 1, 1, 4, u"A%%B"_s, {}, 3), card(6, 1, 1, 5, u""_s, {}, 3)}
        << QString() << QList<Id>()
        << head + u"    section Notice\n      #74;ourney review: 3\n      #116;itle page: 3\n      #83;ection 2: 3\n"
                  "      #37;% done: 3\n      A#37;%B: 3\n      #32;: 3\n    section Decide\n"_s;
    QTest::newRow("one-line description") << QList<Card>() << u"  Why we renew  "_s << QList<Id>()
                                          << u"journey\n    title Renewal\n    accDescr: Why we renew\n    section Notice\n    section Decide\n"_s;
    QTest::newRow("description over lines") << QList<Card>() << u"First line\n\n   second {x}\n"_s << QList<Id>()
                                            << u"journey\n    title Renewal\n    accDescr {\n        First line\n        second {x#125;\n    }\n"
                                               "    section Notice\n    section Decide\n"_s;
}

void TestMermaid::writing()
{
    QFETCH(QList<Card>, cards);
    QFETCH(QString, description);
    QFETCH(QList<Id>, lanes);
    QFETCH(QString, expected);
    MapData data = smallMap();
    data.cards = cards;
    data.info.description = description;
    const QString written = MermaidJourneyMap::write(data, lanes);
    QCOMPARE(written, expected);
    // And mermaid reads what was meant.
    const MermaidJourney journey = parse(written);
    QCOMPARE(journey.tasks.size(), [&] {
        qsizetype n = 0;
        for (const Card &c : cards)
            n += lanes.isEmpty() ? c.lane == 1 : lanes.contains(c.lane);
        return n;
    }());
}

void TestMermaid::textReadsBackAsWritten_data()
{
    QTest::addColumn<QString>("text");
    for (const QString &text : {u"plain"_s, u"a: b; c # d , e"_s, u"#35; literally"_s, u"<br> stays text"_s, u"}{"_s,
                                u"journey on"_s, u"Title words"_s, u"accDescr: no"_s, u"%%"_s, u"x%%y"_s, u"émoji 🙂 ok"_s, u"&amp;"_s})
        QTest::newRow(qPrintable(text)) << text;
}

void TestMermaid::textReadsBackAsWritten()
{
    QFETCH(QString, text);
    using MermaidText::Field;
    const QString diagram = u"journey\ntitle %1\nsection %2\n%3: 3: %4\n"_s.arg(
        MermaidText::encode(text, Field::Title), MermaidText::encode(text, Field::Section),
        MermaidText::encode(text, Field::Task), MermaidText::encode(text, Field::Actor));
    const MermaidJourney journey = parse(diagram);
    QCOMPARE(journey.title, text);
    QCOMPARE(journey.sections, QStringList{text});
    QCOMPARE(journey.tasks.size(), 1);
    QCOMPARE(journey.tasks.at(0).name, text);
    QCOMPARE(journey.tasks.at(0).people, QStringList{text});
    const QString described = u"journey\naccDescr {\n%1\n}\n"_s.arg(MermaidText::encode(text + u"\nmore"_s, Field::BlockDescription));
    QCOMPARE(parse(described).accDescription, text + u"\nmore"_s);
}

void TestMermaid::roundTripFromTemplates_data()
{
    QTest::addColumn<QString>("name");
    for (const TemplateLibrary::Entry &entry : TemplateLibrary::entries())
        QTest::newRow(qPrintable(entry.name)) << entry.name;
    // Personas not in alphabetical order, a card naming two of them.
    QTest::newRow("personas out of order") << u"@small"_s;
}

// map -> mermaid -> map -> mermaid: the second diagram is the first, and the scores the
// first wrote from emotions are on the cards of the map read back.
void TestMermaid::roundTripFromTemplates()
{
    QFETCH(QString, name);
    MapData original;
    if (name == u"@small"_s) {
        original = smallMap();
        original.personas[0].name = u"Zoe"_s;
        original.personas[1].name = u"Adam"_s;
        original.cards = {card(1, 1, 1, 0, u"Both"_s, {1, 2}), card(2, 2, 1, 0, u"Zoe alone"_s, {1})};
    } else {
        original = TemplateLibrary::load(name);
    }
    const QString first = MermaidJourneyMap::write(original);
    const MapData back = MermaidJourneyMap::toMap(parse(first));
    const QString second = MermaidJourneyMap::write(back);
    QCOMPARE(second, first);

    QList<int> written;
    for (const Stage &stage : original.stages) {
        for (const Card &c : original.cards) {
            if (c.stage == stage.id && MermaidJourneyMap::defaultLanes(original).contains(c.lane))
                written.append(MermaidJourneyMap::scoreOf(original, c));
        }
    }
    QList<int> kept;
    for (const Card &c : back.cards)
        kept.append(c.score.value_or(0));
    QCOMPARE(kept, written);
}

void TestMermaid::roundTripFromMermaid_data()
{
    QTest::addColumn<QString>("fixture");
    for (const QString &file : QDir(Test::fixture(u"mermaid"_s)).entryList({u"*.mmd"_s}))
        QTest::newRow(qPrintable(file)) << file;
}

// mermaid -> map -> mermaid: the same tasks, scores and actors (empty actors aside, which
// name nobody), and the same again the next time.
void TestMermaid::roundTripFromMermaid()
{
    QFETCH(QString, fixture);
    const MermaidJourney original = MermaidJourneyParser::parse(readFixture(fixture), fixture);
    const QString written = MermaidJourneyMap::write(MermaidJourneyMap::toMap(original));
    const MermaidJourney back = parse(written);
    QCOMPARE(back.title, original.title);
    QCOMPARE(back.tasks.size(), original.tasks.size());
    for (qsizetype i = 0; i < original.tasks.size(); ++i) {
        const MermaidJourney::Task &a = original.tasks.at(i);
        const MermaidJourney::Task &b = back.tasks.at(i);
        QCOMPARE(b.name, a.name);
        QCOMPARE(b.section, a.section);
        QCOMPARE(b.score, a.score);
        QStringList people = a.people;
        people.removeAll(QString());
        people.removeDuplicates();
        std::sort(people.begin(), people.end());
        QStringList backPeople = b.people;
        std::sort(backPeople.begin(), backPeople.end());
        QCOMPARE(backPeople, people);
    }
    QCOMPARE(MermaidJourneyMap::write(MermaidJourneyMap::toMap(back)), written);
}

void TestMermaid::scoresSurviveTheFile()
{
    const auto dir = Test::scratchDir();
    const MapData data = MermaidJourneyMap::toMap(parse(readFixture(u"spec-tasks.mmd"_s)));
    const QString path = dir->filePath(u"m.waymark"_s);
    Document::write(path, data);
    const auto document = Document::open(path, Store::Access::ReadOnly);
    QList<int> scores;
    for (const Card &c : document->snapshot().cards)
        scores.append(c.score.value_or(0));
    QCOMPARE(scores, (QList<int>{5, 3, 5, 5, 5, 5, 5, 5}));
    QCOMPARE(document->store().scalar(u"SELECT count(*) FROM card WHERE score IS NOT NULL"_s).toInt(), 8);
}

void TestMermaid::formatReadsAndWritesFiles()
{
    const MapFormat *format = FormatRegistry::instance().byName(u"mermaid"_s);
    QVERIFY(format && format->canRead() && format->canWrite() && !format->needsGui());
    QCOMPARE(FormatRegistry::instance().forFile(u"x.MMD"_s, FormatRegistry::Purpose::Read), format);
    QCOMPARE(FormatRegistry::instance().forFile(u"x.mermaid"_s), format);
    QVERIFY(format->honours(ExportOption::Lanes));

    const auto dir = Test::scratchDir();
    const QString source = Test::fixture(u"mermaid/db-shopping.mmd"_s);
    const MapData data = FormatRegistry::instance().read(source);
    QCOMPARE(data.cards.size(), 4);
    const QString path = dir->filePath(u"m.waymark"_s);
    const auto document = Document::create(path, data);
    const QString out = dir->filePath(u"out.mmd"_s);
    format->write(*document, out, {});
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(text.contains(u"Go to car: 3: Child#35;1, Child#35;2, Dad, Mum\n"_s), qPrintable(text));

    // Errors name the file, the line and the column.
    const QString bad = dir->filePath(u"bad.mmd"_s);
    QFile badFile(bad);
    QVERIFY(badFile.open(QIODevice::WriteOnly));
    badFile.write("journey\nsection S\n  Task: high\n");
    badFile.close();
    try {
        format->read(bad);
        QFAIL("no error");
    } catch (const FormatError &e) {
        QVERIFY2(e.message().startsWith(bad + u":3:9: "_s), qPrintable(e.message()));
    }
    QVERIFY(badFile.open(QIODevice::WriteOnly));
    badFile.write("journey\nsection \xff\n");
    badFile.close();
    QVERIFY_THROWS_EXCEPTION(FormatError, format->read(bad));
}

QTEST_GUILESS_MAIN(TestMermaid)
#include "tst_mermaid.moc"
