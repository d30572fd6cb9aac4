// Seeded random sequences of edits: undoing them all must give back the file exactly as it
// was, and redoing them all exactly as it became; the in-memory model must always match what
// a fresh load of the file gives.

#include "commands/addcardcommand.h"
#include "commands/addcommand.h"
#include "commands/linkcardscommand.h"
#include "commands/movecardcommand.h"
#include "commands/removecardcommand.h"
#include "commands/removecommand.h"
#include "commands/removeemotionpointcommand.h"
#include "commands/reordercommand.h"
#include "commands/setcardpersonascommand.h"
#include "commands/setemotionpointcommand.h"
#include "commands/setvaluecommand.h"
#include "document/document.h"
#include "io/mapjson.h"
#include "support/scratchworkspace.h"
#include "support/testsupport.h"
#include "workspace/workspace.h"
#include "workspace/workspaceaddress.h"
#include "workspace/workspacelink.h"

#include <QDate>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Waymark;

namespace {

class RandomEditor
{
public:
    RandomEditor(Document &document, QUndoStack &stack, quint32 seed)
        : m_doc(document)
        , m_stack(stack)
        , m_random(seed)
    {
    }

    // Pushes one random command (or, now and then, undoes or redoes one).
    QString step()
    {
        const int roll = int(m_random.bounded(100));
        if (roll < 6 && m_stack.canUndo()) {
            m_stack.undo();
            return u"undo"_s;
        }
        if (roll < 9 && m_stack.canRedo()) {
            m_stack.redo();
            return u"redo"_s;
        }
        QUndoCommand *command = makeCommand();
        if (!command)
            return u"skip"_s;
        const QString text = command->text();
        m_stack.push(command);
        return text;
    }

private:
    int pick(qsizetype count) { return count > 0 ? int(m_random.bounded(quint32(count))) : -1; }
    int between(int low, int high) { return low + int(m_random.bounded(quint32(high - low + 1))); }
    bool chance(int percent) { return int(m_random.bounded(100)) < percent; }
    QString word() { return QString::fromUtf16(words[pick(std::size(words))]); }
    QString text(int words) { QStringList w; for (int i = 0; i < words; ++i) w.append(word()); return w.join(u' '); }
    QColor color() { return chance(30) ? QColor() : QColor::fromRgb(m_random.generate() & 0xffffff); }

    template<typename E>
    E anyOf() { const auto values = allValues<E>(); return values.at(pick(values.size())); }

    Id randomStage() { const auto &s = m_doc.stages(); return s.isEmpty() ? 0 : s.at(pick(s.size())).id; }
    Id randomLane() { const auto &l = m_doc.lanes(); return l.isEmpty() ? 0 : l.at(pick(l.size())).id; }
    Id randomPersona() { const auto &p = m_doc.personas(); return p.isEmpty() ? 0 : p.at(pick(p.size())).id; }

    Id randomCard()
    {
        QList<Id> cards;
        for (const Stage &stage : m_doc.stages())
            cards += m_doc.cardsOfStage(stage.id);
        return cards.isEmpty() ? 0 : cards.at(pick(cards.size()));
    }

    Card newCard()
    {
        Card card;
        card.stage = randomStage();
        card.lane = randomLane();
        card.position = between(0, int(m_doc.cardsIn(card.stage, card.lane).size()));
        card.kind = anyOf<CardKind>();
        card.title = text(between(1, 5));
        card.description = chance(50) ? text(between(3, 12)) : QString();
        card.color = color();
        card.evidence = anyOf<Evidence>();
        card.channel = anyOf<Channel>();
        card.severity = between(1, 5);
        card.effort = between(1, 5);
        card.impact = between(1, 5);
        card.owner = chance(50) ? word() : QString();
        card.status = anyOf<OpportunityStatus>();
        if (const Id persona = randomPersona(); persona && chance(40))
            card.personas = {persona};
        return card;
    }

    QUndoCommand *setField(Entity entity, Id id, int field)
    {
        const FieldSpec &spec = fieldSpec(entity, field);
        QVariant value;
        switch (spec.type) {
        case FieldType::Text:
            // A date field takes dates (or none); anything else is refused, as it should be.
            value = !spec.isoDate ? QVariant(text(between(0, 4)))
                : chance(30)      ? QVariant(QString())
                                  : QVariant(QDate(2020, 1, 1).addDays(between(0, 3650)).toString(Qt::ISODate));
            break;
        case FieldType::Integer: value = qint64(between(int(spec.min), int(std::min(spec.max, 1000.0)))); break;
        case FieldType::Real: value = spec.min + (std::min(spec.max, 5000.0) - spec.min) * m_random.generateDouble(); break;
        case FieldType::Color: value = colorValue(color()); break;
        case FieldType::Key: value = QString::fromLatin1(spec.keys[pick(spec.keys.size())].key); break;
        case FieldType::Blob: value = chance(50) ? QByteArray() : QByteArray(between(1, 64), char(between(0, 255))); break;
        }
        auto *command = new SetValueCommand(&m_doc, {entity, id, field}, value);
        command->setMergeable(chance(40)); // typing and drags merge with the edit before
        return command;
    }

    QUndoCommand *makeCommand()
    {
        switch (pick(24)) {
        case 0: {
            Stage stage{0, text(2), text(6), color(), double(between(int(Stage::MinWidth), 600)),
                        chance(30) ? std::optional<double>(between(-100, 100)) : std::nullopt, std::nullopt};
            return new AddStageCommand(&m_doc, between(0, int(m_doc.stages().size())), stage);
        }
        case 1:
            return m_doc.stages().size() > 1 ? new RemoveStageCommand(&m_doc, randomStage()) : nullptr;
        case 2: {
            const int n = int(m_doc.stages().size());
            return n > 1 ? new ReorderCommand(&m_doc, Entity::Stage, pick(n), pick(n)) : nullptr;
        }
        case 3:
            return m_doc.stages().isEmpty() ? nullptr : setField(Entity::Stage, randomStage(), pick(EntityTraits<Stage>::fields().size()));
        case 4: {
            Lane lane{0, text(2), anyOf<LaneKind>(), color()};
            return new AddLaneCommand(&m_doc, between(0, int(m_doc.lanes().size())), lane);
        }
        case 5:
            return m_doc.lanes().size() > 1 ? new RemoveLaneCommand(&m_doc, randomLane()) : nullptr;
        case 6: {
            const int n = int(m_doc.lanes().size());
            return n > 1 ? new ReorderCommand(&m_doc, Entity::Lane, pick(n), pick(n)) : nullptr;
        }
        case 7:
            return m_doc.lanes().isEmpty() ? nullptr : setField(Entity::Lane, randomLane(), pick(EntityTraits<Lane>::fields().size()));
        case 8:
        case 9:
            return m_doc.stages().isEmpty() || m_doc.lanes().isEmpty() ? nullptr : new AddCardCommand(&m_doc, newCard());
        case 10: {
            const Id card = randomCard();
            return card ? new RemoveCardCommand(&m_doc, card) : nullptr;
        }
        case 11: {
            // Deleting a selection: one step, in one transaction.
            QList<Id> cards;
            for (int i = between(2, 6); i > 0; --i) {
                if (const Id card = randomCard())
                    cards.append(card);
            }
            if (cards.isEmpty())
                return nullptr;
            auto *parent = new DocumentCommand(&m_doc, u"Delete Cards"_s);
            RemoveCardCommand::addChildren(&m_doc, cards, parent);
            return parent;
        }
        case 12:
        case 13: {
            const Id card = randomCard();
            if (!card)
                return nullptr;
            const Id stage = chance(50) ? m_doc.card(card)->stage : randomStage();
            const Id lane = chance(50) ? m_doc.card(card)->lane : randomLane();
            auto *command = new MoveCardCommand(&m_doc, card, stage, lane, between(0, int(m_doc.cardsIn(stage, lane).size())));
            command->setMergeable(chance(50));
            return command;
        }
        case 14:
        case 15: {
            const Id card = randomCard();
            return card ? setField(Entity::Card, card, pick(EntityTraits<Card>::fields().size())) : nullptr;
        }
        case 16: {
            const Id card = randomCard();
            if (!card)
                return nullptr;
            QList<Id> tags;
            for (const Persona &persona : m_doc.personas()) {
                if (chance(50))
                    tags.append(persona.id);
            }
            return new SetCardPersonasCommand(&m_doc, card, tags);
        }
        case 17: {
            if (chance(50) && !m_doc.personas().isEmpty())
                return new RemovePersonaCommand(&m_doc, randomPersona());
            Persona persona;
            persona.name = text(2);
            persona.role = text(3);
            persona.age = between(0, 99);
            persona.says = text(8);
            persona.color = color();
            return new AddPersonaCommand(&m_doc, between(0, int(m_doc.personas().size())), persona);
        }
        case 18: {
            const Id persona = randomPersona();
            return persona ? setField(Entity::Persona, persona, pick(EntityTraits<Persona>::fields().size())) : nullptr;
        }
        case 19: {
            const Id persona = randomPersona();
            const Id stage = randomStage();
            if (!persona || !stage)
                return nullptr;
            if (chance(20) && m_doc.emotionPoint(persona, stage))
                return new RemoveEmotionPointCommand(&m_doc, persona, stage);
            auto *command = new SetEmotionPointCommand(&m_doc, {persona, stage, between(-5, 5), chance(30) ? text(3) : QString()});
            command->setMergeable(chance(50)); // a point dragged up and down
            return command;
        }
        case 20:
            return setField(Entity::Map, 1, pick(EntityTraits<MapInfo>::fields().size()));
        case 21: {
            if (!m_doc.businessPeriods().isEmpty() && chance(60)) {
                const Id id = m_doc.businessPeriods().at(pick(m_doc.businessPeriods().size())).id;
                return chance(30) ? static_cast<QUndoCommand *>(new RemoveBusinessPeriodCommand(&m_doc, id))
                                  : setField(Entity::BusinessPeriod, id, pick(EntityTraits<BusinessPeriod>::fields().size()));
            }
            BusinessPeriod period{0, text(1), between(100, 10000), between(0, 99), 50.5, 2, 3};
            return new AddBusinessPeriodCommand(&m_doc, between(0, int(m_doc.businessPeriods().size())), period);
        }
        case 22:
        case 23: {
            // Links between any two cards: kinds change under them, and deleting either card,
            // its lane or its stage must take the link along and undo must bring it back.
            if (!m_doc.links().isEmpty() && chance(35))
                return new LinkCardsCommand(&m_doc, m_doc.links().at(pick(m_doc.links().size())), LinkCardsCommand::Unlink);
            const CardLink link{randomCard(), randomCard()};
            if (!link.opportunity || link.opportunity == link.painPoint || m_doc.isLinked(link))
                return nullptr;
            return new LinkCardsCommand(&m_doc, link);
        }
        }
        return nullptr;
    }

    static constexpr const char16_t *words[] = {
        u"queue", u"checkout", u"friendly", u"slow", u"app", u"crashes", u"refund", u"delivery", u"bagel",
        u"contract", u"upgrade", u"invoice", u"chat", u"agent", u"näive", u"café", u"💡", u"", u"O'Brien", u"\"quoted\""};

    Document &m_doc;
    QUndoStack &m_stack;
    QRandomGenerator m_random;
};

// Survey responses on some stages and touchpoints, so that deleting those exercises the
// restoring of responses and of their touchpoint references.
void addResponses(Document &document)
{
    QList<Response> responses;
    Id id = 1;
    for (const Stage &stage : document.stages()) {
        QList<Id> touchpoints;
        for (const Id card : document.cardsOfStage(stage.id)) {
            if (document.card(card)->kind == CardKind::Touchpoint)
                touchpoints.append(card);
        }
        for (int i = 0; i < 6; ++i) {
            Response r;
            r.id = id++;
            r.stage = stage.id;
            r.touchpoint = touchpoints.isEmpty() || i % 2 ? 0 : touchpoints.at(i % touchpoints.size());
            r.respondent = u"R%1"_s.arg(r.id);
            r.nps = int(r.id % 11);
            if (i % 3)
                r.csat = 1 + int(r.id % 5);
            r.fcr = i % 2 == 0;
            r.responseMinutes = 1.5 * i;
            r.attributes = {{u"age"_s, QString::number(20 + i * 7)}, {u"gender"_s, i % 2 ? u"female"_s : u"male"_s}};
            responses.append(r);
        }
    }
    document.insertResponses(responses);
}

// A map and its responses as text, to compare a workspace's copy with the document's.
QString contentText(const MapData &data, const ResponseBatch &responses)
{
    QString text = QString::fromUtf8(QJsonDocument(MapJson::toJson(data, MapJson::Detail::Complete)).toJson(QJsonDocument::Compact));
    for (qsizetype i = 0; i < responses.size(); ++i) {
        const ResponseBatch::Row &r = responses.row(i);
        text += u"\n%1 %2 %3 %4 %5 %6 %7"_s.arg(r.id).arg(r.stage).arg(r.touchpoint).arg(r.nps).arg(r.csat).arg(r.ces).arg(r.fcr);
    }
    return text;
}

} // namespace

class TestUndoProperty : public QObject
{
    Q_OBJECT

private slots:
    void undoAllRedoAll_data();
    void undoAllRedoAll();
};

void TestUndoProperty::undoAllRedoAll_data()
{
    QTest::addColumn<QString>("templateName");
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("steps");
    // A workspace map: every step written through to PostgreSQL, whose copy must then be the
    // document's at every check, the responses included.
    QTest::addColumn<bool>("workspace");
    QTest::newRow("blank seed 1") << u"blank"_s << 1u << 300 << false;
    QTest::newRow("blank seed 2") << u"blank"_s << 2u << 300 << false;
    QTest::newRow("phone-store seed 3") << u"phone-store"_s << 3u << 300 << false;
    QTest::newRow("phone-store seed 4") << u"phone-store"_s << 4u << 300 << false;
    QTest::newRow("phone-store seed 5") << u"phone-store"_s << 5u << 300 << false;
    QTest::newRow("workspace blank seed 6") << u"blank"_s << 6u << 300 << true;
    QTest::newRow("workspace phone-store seed 7") << u"phone-store"_s << 7u << 300 << true;
    QTest::newRow("workspace phone-store seed 8") << u"phone-store"_s << 8u << 300 << true;
}

void TestUndoProperty::undoAllRedoAll()
{
    QFETCH(QString, templateName);
    QFETCH(quint32, seed);
    QFETCH(int, steps);
    QFETCH(bool, workspace);

    const auto dir = Test::scratchDir();
    QString path = dir->filePath(u"map.waymark"_s);
    std::unique_ptr<Test::ScratchWorkspace> scratch; // outlives the document connected to it
    auto document = Test::documentFromTemplate(path, templateName);
    addResponses(*document);
    std::function<QString()> remote = [] { return QString(); };
    if (workspace) {
        REQUIRE_POSTGRES();
        scratch = std::make_unique<Test::ScratchWorkspace>();
        const WorkspaceAddress address = WorkspaceAddress::parse(scratch->url());
        Workspace::init(address);
        Workspace(address).publish(u"map"_s, document->snapshot(), document->responsesOfStages({}), false);
        document.reset();
        document = WorkspaceLink::open(address, u"map"_s);
        path = document->path();
        remote = [address] {
            const Workspace::MapContent content = Workspace(address).read(u"map"_s);
            return contentText(content.data, content.responses);
        };
    }
    const auto local = [&document] { return contentText(document->snapshot(), document->responsesOfStages({})); };
    const QString start = Test::dumpTables(path);
    const QString remoteStart = remote();
    if (workspace)
        QCOMPARE(remoteStart, local());

    QUndoStack stack;
    RandomEditor editor(*document, stack, seed);
    bool failed = false;
    connect(document.get(), &Document::writeFailed, this, [&failed](const QString &message) {
        qWarning() << "write failed:" << message;
        failed = true;
    });
    int pushed = 0;
    for (int i = 0; i < steps; ++i) {
        if (const QString what = editor.step(); what != u"undo"_s && what != u"redo"_s && what != u"skip"_s)
            ++pushed;
    }
    QVERIFY(!failed);
    QVERIFY2(pushed >= 200, qPrintable(u"only %1 commands were pushed"_s.arg(pushed)));
    const QString end = Test::dumpTables(path);
    // The last steps may have been undos: "the end" is where the stack stands, not its top.
    const int endIndex = stack.index();
    QCOMPARE(document->snapshot(), Document::open(path, Store::Access::ReadOnly)->snapshot());
    const QString remoteEnd = remote();
    if (workspace)
        QCOMPARE(remoteEnd, local());

    stack.setIndex(0);
    QVERIFY(!failed);
    QCOMPARE(Test::dumpTables(path), start);
    QCOMPARE(document->snapshot(), Document::open(path, Store::Access::ReadOnly)->snapshot());
    QCOMPARE(remote(), remoteStart);

    stack.setIndex(endIndex);
    QVERIFY(!failed);
    QCOMPARE(Test::dumpTables(path), end);
    QCOMPARE(document->snapshot(), Document::open(path, Store::Access::ReadOnly)->snapshot());
    QCOMPARE(remote(), remoteEnd);
}

QTEST_GUILESS_MAIN(TestUndoProperty)
#include "tst_undoproperty.moc"
