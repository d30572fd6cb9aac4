// Each edit command: what redo changes, that undo gives back the file exactly, that redo
// after undo repeats the change exactly, and what the undo stack calls it.

#include "commands/addcardcommand.h"
#include "commands/addcommand.h"
#include "commands/movecardcommand.h"
#include "commands/removecardcommand.h"
#include "commands/removecommand.h"
#include "commands/removeemotionpointcommand.h"
#include "commands/reordercommand.h"
#include "commands/setcardpersonascommand.h"
#include "commands/setemotionpointcommand.h"
#include "commands/setvaluecommand.h"
#include "document/document.h"
#include "io/jsonmapformat.h"
#include "model/defaultcolors.h"
#include "support/testsupport.h"
#include "templates/templatelibrary.h"

#include <QTest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUndoStack>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Waymark;

using MakeCommand = std::function<QUndoCommand *(Document &)>;
using Check = std::function<bool(const Document &, const MapData &before)>;
Q_DECLARE_METATYPE(MakeCommand)
Q_DECLARE_METATYPE(Check)

namespace {

Id firstCardOfKind(const Document &doc, CardKind kind)
{
    for (const Stage &stage : doc.stages()) {
        for (const Id id : doc.cardsOfStage(stage.id)) {
            if (doc.card(id)->kind == kind)
                return id;
        }
    }
    return 0;
}

Id busiestCell(const Document &doc, Id *lane)
{
    qsizetype best = -1;
    Id stage = 0;
    for (const Stage &s : doc.stages()) {
        for (const Lane &l : doc.lanes()) {
            if (doc.cardsIn(s.id, l.id).size() > best) {
                best = doc.cardsIn(s.id, l.id).size();
                stage = s.id;
                *lane = l.id;
            }
        }
    }
    return stage;
}

} // namespace

class TestCommands : public QObject
{
    Q_OBJECT

private slots:
    void redoUndoRedo_data();
    void redoUndoRedo();
    void dragsMergeIntoOneStep();
    void mergeBackToStartLeavesNothing();
    void deletingAStageTakesItsCardsAndPoints();
    void stageColoursStayWithTheirStages_data();
    void stageColoursStayWithTheirStages();
    void templatesAndJsonGiveStagesTheirColours();
};

void TestCommands::redoUndoRedo_data()
{
    QTest::addColumn<MakeCommand>("make");
    QTest::addColumn<QString>("text");
    QTest::addColumn<Check>("check");

    QTest::newRow("add stage") << MakeCommand([](Document &d) {
        return new AddStageCommand(&d, 1, Stage{0, u"Unboxing"_s, u"Opens the box"_s, QColor(Qt::red), 300, 20, std::nullopt});
    }) << u"Add Stage"_s << Check([](const Document &d, const MapData &b) {
        return d.stages().size() == b.stages.size() + 1 && d.stages().at(1).name == u"Unboxing"_s;
    });
    QTest::newRow("remove stage") << MakeCommand([](Document &d) {
        return new RemoveStageCommand(&d, d.stages().at(2).id);
    }) << u"Delete Stage"_s << Check([](const Document &d, const MapData &b) {
        return d.stages().size() == b.stages.size() - 1 && !d.stage(b.stages.at(2).id)
            && d.cardCount() < int(b.cards.size());
    });
    QTest::newRow("reorder stage") << MakeCommand([](Document &d) {
        return new ReorderCommand(&d, Entity::Stage, 0, 3);
    }) << u"Move Stage"_s << Check([](const Document &d, const MapData &b) {
        return d.stages().at(3).id == b.stages.at(0).id && d.stages().at(0).id == b.stages.at(1).id;
    });
    QTest::newRow("rename stage") << MakeCommand([](Document &d) {
        return new SetValueCommand(&d, fieldRef(d.stages().first().id, StageField::Name), u"Discovery"_s);
    }) << u"Rename Stage"_s << Check([](const Document &d, const MapData &) {
        return d.stages().first().name == u"Discovery"_s;
    });
    QTest::newRow("recolour stage") << MakeCommand([](Document &d) {
        return new SetValueCommand(&d, fieldRef(d.stages().first().id, StageField::Color), QColor(0x12, 0x34, 0x56));
    }) << u"Recolour Stage"_s << Check([](const Document &d, const MapData &) {
        return d.stages().first().color == QColor(0x12, 0x34, 0x56);
    });
    QTest::newRow("resize stage") << MakeCommand([](Document &d) {
        return new SetValueCommand(&d, fieldRef(d.stages().first().id, StageField::Width), 420.0);
    }) << u"Resize Stage"_s << Check([](const Document &d, const MapData &) {
        return d.stages().first().width == 420.0;
    });
    QTest::newRow("add lane") << MakeCommand([](Document &d) {
        return new AddLaneCommand(&d, 0, Lane{0, u"Channels"_s, LaneKind::Channels, QColor()});
    }) << u"Add Lane"_s << Check([](const Document &d, const MapData &b) {
        return d.lanes().size() == b.lanes.size() + 1 && d.lanes().first().kind == LaneKind::Channels;
    });
    QTest::newRow("remove lane") << MakeCommand([](Document &d) {
        return new RemoveLaneCommand(&d, d.lanes().at(1).id);
    }) << u"Delete Lane"_s << Check([](const Document &d, const MapData &b) {
        return d.lanes().size() == b.lanes.size() - 1 && d.cardsOfLane(b.lanes.at(1).id).isEmpty();
    });
    QTest::newRow("reorder lane") << MakeCommand([](Document &d) {
        return new ReorderCommand(&d, Entity::Lane, 5, 0);
    }) << u"Move Lane"_s << Check([](const Document &d, const MapData &b) {
        return d.lanes().first().id == b.lanes.at(5).id;
    });
    QTest::newRow("rename lane") << MakeCommand([](Document &d) {
        return new SetValueCommand(&d, fieldRef(d.lanes().first().id, LaneField::Name), u"Doing"_s);
    }) << u"Rename Lane"_s << Check([](const Document &d, const MapData &) { return d.lanes().first().name == u"Doing"_s; });
    QTest::newRow("add card") << MakeCommand([](Document &d) {
        Card card;
        card.stage = d.stages().first().id;
        card.lane = d.lanes().at(1).id;
        card.position = 0;
        card.kind = CardKind::Touchpoint;
        card.title = u"Billboard"_s;
        card.channel = Channel::Ad;
        return new AddCardCommand(&d, card);
    }) << u"Add Touchpoint"_s << Check([](const Document &d, const MapData &b) {
        const QList<Id> &cell = d.cardsIn(d.stages().first().id, d.lanes().at(1).id);
        return d.cardCount() == b.cards.size() + 1 && d.card(cell.first())->title == u"Billboard"_s;
    });
    QTest::newRow("remove card") << MakeCommand([](Document &d) {
        return new RemoveCardCommand(&d, firstCardOfKind(d, CardKind::PainPoint));
    }) << u"Delete Card"_s << Check([](const Document &d, const MapData &b) { return d.cardCount() == b.cards.size() - 1; });
    QTest::newRow("move card within its cell") << MakeCommand([](Document &d) {
        Id lane = 0;
        const Id stage = busiestCell(d, &lane);
        return new MoveCardCommand(&d, d.cardsIn(stage, lane).first(), stage, lane, 99);
    }) << u"Move Card"_s << Check([](const Document &d, const MapData &) {
        Id lane = 0;
        const Id stage = busiestCell(d, &lane);
        return d.card(d.cardsIn(stage, lane).last())->position == d.cardsIn(stage, lane).size() - 1;
    });
    QTest::newRow("move card across cells") << MakeCommand([](Document &d) {
        const Id card = firstCardOfKind(d, CardKind::Delight);
        return new MoveCardCommand(&d, card, d.stages().last().id, d.card(card)->lane, 0);
    }) << u"Move Card"_s << Check([](const Document &d, const MapData &) {
        const Id card = firstCardOfKind(d, CardKind::Delight);
        return d.card(card)->stage == d.stages().last().id || d.card(card)->position == 0;
    });
    QTest::newRow("rename card") << MakeCommand([](Document &d) {
        return new SetValueCommand(&d, fieldRef(firstCardOfKind(d, CardKind::Note), CardField::Title), u"Renamed"_s);
    }) << u"Rename Card"_s << Check([](const Document &d, const MapData &) {
        return d.card(firstCardOfKind(d, CardKind::Note))->title == u"Renamed"_s;
    });
    QTest::newRow("recolour card") << MakeCommand([](Document &d) {
        return new SetValueCommand(&d, fieldRef(firstCardOfKind(d, CardKind::Note), CardField::Color), u"#abcdef"_s);
    }) << u"Recolour Card"_s << Check([](const Document &d, const MapData &) {
        return d.card(firstCardOfKind(d, CardKind::Note))->color == QColor(u"#abcdef"_s);
    });
    QTest::newRow("change severity") << MakeCommand([](Document &d) {
        return new SetValueCommand(&d, fieldRef(firstCardOfKind(d, CardKind::PainPoint), CardField::Severity), 1);
    }) << u"Change Severity"_s << Check([](const Document &d, const MapData &) {
        return d.card(firstCardOfKind(d, CardKind::PainPoint))->severity == 1;
    });
    QTest::newRow("tag card") << MakeCommand([](Document &d) {
        return new SetCardPersonasCommand(&d, firstCardOfKind(d, CardKind::Touchpoint), {d.personas().last().id});
    }) << u"Tag Card with Personas"_s << Check([](const Document &d, const MapData &) {
        return d.card(firstCardOfKind(d, CardKind::Touchpoint))->personas == QList<Id>{d.personas().last().id};
    });
    QTest::newRow("add persona") << MakeCommand([](Document &d) {
        Persona p;
        p.name = u"Sam"_s;
        p.color = QColor(Qt::darkGreen);
        return new AddPersonaCommand(&d, 0, p);
    }) << u"Add Persona"_s << Check([](const Document &d, const MapData &b) {
        return d.personas().size() == b.personas.size() + 1 && d.personas().first().name == u"Sam"_s;
    });
    QTest::newRow("remove persona") << MakeCommand([](Document &d) {
        return new RemovePersonaCommand(&d, d.personas().first().id);
    }) << u"Delete Persona"_s << Check([](const Document &d, const MapData &b) {
        return d.personas().size() == b.personas.size() - 1 && d.cardsTagged(b.personas.first().id).isEmpty()
            && d.emotionPointsOf(b.personas.first().id).isEmpty();
    });
    QTest::newRow("edit persona") << MakeCommand([](Document &d) {
        return new SetValueCommand(&d, fieldRef(d.personas().first().id, PersonaField::Thinks), u"Is this a trick?"_s);
    }) << u"Change Thinks"_s << Check([](const Document &d, const MapData &) {
        return d.personas().first().thinks == u"Is this a trick?"_s;
    });
    QTest::newRow("move emotion point") << MakeCommand([](Document &d) {
        return new SetEmotionPointCommand(&d, {d.personas().first().id, d.stages().first().id, 5, u"Wow"_s});
    }) << u"Change Emotion"_s << Check([](const Document &d, const MapData &) {
        return d.emotionPoint(d.personas().first().id, d.stages().first().id)->score == 5;
    });
    QTest::newRow("remove emotion point") << MakeCommand([](Document &d) {
        return new RemoveEmotionPointCommand(&d, d.personas().first().id, d.stages().first().id);
    }) << u"Remove Emotion Point"_s << Check([](const Document &d, const MapData &) {
        return !d.emotionPoint(d.personas().first().id, d.stages().first().id);
    });
    QTest::newRow("retitle map") << MakeCommand([](Document &d) {
        return new SetValueCommand(&d, fieldRef(1, MapField::Title), u"Q3 review"_s);
    }) << u"Change Title"_s << Check([](const Document &d, const MapData &) { return d.info().title == u"Q3 review"_s; });
}

void TestCommands::redoUndoRedo()
{
    QFETCH(MakeCommand, make);
    QFETCH(QString, text);
    QFETCH(Check, check);

    const auto dir = Test::scratchDir();
    const QString path = dir->filePath(u"map.waymark"_s);
    auto document = Test::documentFromTemplate(path, u"phone-store"_s);
    const MapData before = document->snapshot();
    const QString beforeDump = Test::dumpTables(path);

    QUndoStack stack;
    stack.push(make(*document));
    QCOMPARE(stack.count(), 1);
    QCOMPARE(stack.undoText(), text);
    QVERIFY(check(*document, before));
    const QString afterDump = Test::dumpTables(path);
    QVERIFY(afterDump != beforeDump);
    QCOMPARE(document->snapshot(), Document::open(path, Store::Access::ReadOnly)->snapshot());

    stack.undo();
    QCOMPARE(Test::dumpTables(path), beforeDump);
    QCOMPARE(document->snapshot(), before);

    stack.redo();
    QCOMPARE(Test::dumpTables(path), afterDump);
    QVERIFY(check(*document, before));
}

void TestCommands::dragsMergeIntoOneStep()
{
    const auto dir = Test::scratchDir();
    auto document = Test::documentFromTemplate(dir->filePath(u"map.waymark"_s), u"phone-store"_s);
    const Id persona = document->personas().first().id;
    const Id stage = document->stages().first().id;
    const int start = document->emotionPoint(persona, stage)->score;
    QUndoStack stack;
    // A drag: the first push is not mergeable, the moves that follow are.
    for (int score : {start + 1 > 5 ? 4 : start + 1, 2, 3, -4}) {
        auto *command = new SetEmotionPointCommand(document.get(), {persona, stage, score, {}});
        command->setMergeable(stack.count() > 0);
        stack.push(command);
    }
    QCOMPARE(stack.count(), 1);
    QCOMPARE(document->emotionPoint(persona, stage)->score, -4);
    stack.undo();
    QCOMPARE(document->emotionPoint(persona, stage)->score, start);

    // A second drag is a step of its own.
    stack.redo();
    auto *again = new SetEmotionPointCommand(document.get(), {persona, stage, 1, {}});
    stack.push(again);
    QCOMPARE(stack.count(), 2);
}

void TestCommands::mergeBackToStartLeavesNothing()
{
    const auto dir = Test::scratchDir();
    auto document = Test::documentFromTemplate(dir->filePath(u"map.waymark"_s), u"blank"_s);
    const Id stage = document->stages().first().id;
    QUndoStack stack;
    stack.push(new SetValueCommand(document.get(), fieldRef(stage, StageField::Width), 400.0));
    auto *back = new SetValueCommand(document.get(), fieldRef(stage, StageField::Width), Stage::DefaultWidth);
    back->setMergeable(true);
    stack.push(back);
    QCOMPARE(stack.count(), 0);
    QCOMPARE(document->stages().first().width, Stage::DefaultWidth);
}

void TestCommands::deletingAStageTakesItsCardsAndPoints()
{
    const auto dir = Test::scratchDir();
    auto document = Test::documentFromTemplate(dir->filePath(u"map.waymark"_s), u"phone-store"_s);
    const Id stage = document->stages().at(1).id;
    const qsizetype cards = document->cardsOfStage(stage).size();
    QVERIFY(cards > 0);
    QVERIFY(!document->emotionPointsAt(stage).isEmpty());
    const int total = document->cardCount();
    QUndoStack stack;
    stack.push(new RemoveStageCommand(document.get(), stage));
    QCOMPARE(stack.count(), 1);
    QCOMPARE(document->cardCount(), total - cards);
    QVERIFY(document->emotionPointsAt(stage).isEmpty());
    stack.undo();
    QCOMPARE(document->cardCount(), total);
    QCOMPARE(document->cardsOfStage(stage).size(), cards);
}

void TestCommands::stageColoursStayWithTheirStages_data()
{
    QTest::addColumn<bool>("oldMap"); // stages without a colour of their own, shown by position
    QTest::addColumn<MakeCommand>("make");
    for (const bool old : {false, true}) {
        const QString map = old ? u"old map"_s : u"new map"_s;
        QTest::newRow(qPrintable(map + u": insert"_s)) << old << MakeCommand([](Document &d) {
            return new AddStageCommand(&d, 1, Stage{0, u"Unboxing"_s, {}, {}, Stage::DefaultWidth, std::nullopt, std::nullopt});
        });
        QTest::newRow(qPrintable(map + u": move"_s)) << old << MakeCommand([](Document &d) {
            return new ReorderCommand(&d, Entity::Stage, 0, 3);
        });
        QTest::newRow(qPrintable(map + u": delete"_s)) << old << MakeCommand([](Document &d) {
            return new RemoveStageCommand(&d, d.stages().at(1).id);
        });
    }
}

void TestCommands::stageColoursStayWithTheirStages()
{
    QFETCH(bool, oldMap);
    QFETCH(MakeCommand, make);
    const auto dir = Test::scratchDir();
    const QString path = dir->filePath(u"map.waymark"_s);
    auto document = Test::documentFromTemplate(path, u"phone-store"_s);
    if (oldMap) {
        for (const Stage &stage : document->stages())
            document->setValue(fieldRef(stage.id, StageField::Color), QColor());
    }
    QHash<Id, QColor> shown;
    for (const Stage &stage : document->stages()) {
        QVERIFY(oldMap != stage.color.isValid());
        shown.insert(stage.id, document->stageColor(stage.id));
    }
    const QString beforeDump = Test::dumpTables(path);
    QUndoStack stack;
    stack.push(make(*document));
    QCOMPARE(stack.count(), 1);
    for (const Stage &stage : document->stages()) {
        if (shown.contains(stage.id))
            QCOMPARE(document->stageColor(stage.id), shown.value(stage.id));
        else // the new one: a colour of its own, not its neighbours'
            QVERIFY(stage.color.isValid());
    }
    for (int i = 1; i < document->stages().size(); ++i) {
        if (!shown.contains(document->stages().at(i).id) || !shown.contains(document->stages().at(i - 1).id))
            QVERIFY(document->stageColor(document->stages().at(i).id) != document->stageColor(document->stages().at(i - 1).id));
    }
    // One step back, and the file is as it was: an old map's stages have no colour again.
    stack.undo();
    QCOMPARE(Test::dumpTables(path), beforeDump);
}

void TestCommands::templatesAndJsonGiveStagesTheirColours()
{
    // The templates say "" for a stage's colour: built, each stage has the one of its place.
    const MapData data = TemplateLibrary::load(u"phone-store"_s);
    for (int i = 0; i < data.stages.size(); ++i)
        QCOMPARE(data.stages.at(i).color, defaultStageColor(i));
    // An older map without colours exports the ones it shows, and rebuilding that gives the
    // same JSON again.
    MapData old = data;
    for (Stage &stage : old.stages)
        stage.color = QColor();
    const QByteArray once = JsonMapFormat::serialize(old);
    const QByteArray twice = JsonMapFormat::serialize(JsonMapFormat::parse(once, u"old"_s));
    QCOMPARE(twice, once);
    const QJsonArray stages = QJsonDocument::fromJson(once).object().value(u"stages"_s).toArray();
    for (qsizetype i = 0; i < stages.size(); ++i)
        QCOMPARE(stages.at(i).toObject().value(u"color"_s).toString(), defaultStageColor(int(i)).name());
}

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
