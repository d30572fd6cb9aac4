// waymark_generate_map: writes a large, realistic journey map as JSON interchange
// (docs/json-format.md), for the timed scenarios in this folder.
//
//   waymark_generate_map OUT.json [--stages 50] [--lanes 12] [--cards 5000] [--personas 4] [--seed N]
//
// The same arguments and seed always give the same bytes. The file is written exactly as
// `waymark export` writes JSON (MapJson::toJson, indented), so `waymark new X --from-json`
// accepts it and a round trip through a .waymark file gives it back.

#include "io/mapjson.h"
#include "model/enums.h"
#include "model/mapdata.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSaveFile>

#include <algorithm>
#include <array>
#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;
using namespace Waymark;

namespace {

// The vocabulary of titles, descriptions and notes: words a journey map is written with.
const QStringList &words()
{
    static const QStringList list = {
        u"customer"_s, u"order"_s, u"delivery"_s, u"parcel"_s, u"checkout"_s, u"basket"_s, u"payment"_s,
        u"card"_s, u"refund"_s, u"return"_s, u"label"_s, u"courier"_s, u"tracking"_s, u"email"_s,
        u"message"_s, u"app"_s, u"website"_s, u"store"_s, u"staff"_s, u"agent"_s, u"call"_s, u"chat"_s,
        u"form"_s, u"account"_s, u"password"_s, u"login"_s, u"address"_s, u"postcode"_s, u"voucher"_s,
        u"discount"_s, u"price"_s, u"shipping"_s, u"fee"_s, u"invoice"_s, u"receipt"_s, u"size"_s,
        u"guide"_s, u"photo"_s, u"review"_s, u"rating"_s, u"search"_s, u"filter"_s, u"page"_s,
        u"product"_s, u"stock"_s, u"warehouse"_s, u"slot"_s, u"window"_s, u"notification"_s,
        u"reminder"_s, u"survey"_s, u"loyalty"_s, u"points"_s, u"subscription"_s, u"plan"_s,
        u"team"_s, u"process"_s, u"system"_s, u"data"_s, u"status"_s, u"update"_s, u"delay"_s,
        u"wait"_s, u"queue"_s, u"time"_s, u"day"_s, u"week"_s, u"morning"_s, u"evening"_s,
        u"quickly"_s, u"slowly"_s, u"clearly"_s, u"again"_s, u"never"_s, u"always"_s, u"often"_s,
        u"easy"_s, u"hard"_s, u"confusing"_s, u"clear"_s, u"helpful"_s, u"friendly"_s, u"late"_s,
        u"early"_s, u"missing"_s, u"wrong"_s, u"free"_s, u"extra"_s, u"hidden"_s, u"new"_s,
        u"mobile"_s, u"online"_s, u"local"_s, u"first"_s, u"second"_s, u"final"_s, u"simple"_s,
        u"checks"_s, u"expects"_s, u"compares"_s, u"chooses"_s, u"enters"_s, u"confirms"_s,
        u"receives"_s, u"opens"_s, u"asks"_s, u"waits"_s, u"finds"_s, u"loses"_s, u"shares"_s,
        u"cancels"_s, u"changes"_s, u"tracks"_s, u"contacts"_s, u"repeats"_s, u"prefers"_s,
        u"the"_s, u"a"_s, u"with"_s, u"without"_s, u"before"_s, u"after"_s, u"during"_s, u"for"_s,
        u"from"_s, u"to"_s, u"and"_s, u"but"_s, u"because"_s, u"when"_s, u"while"_s, u"about"_s,
    };
    return list;
}

// Fifty steps of an online retail journey, from first contact to advocacy.
const QStringList &stageTopics()
{
    static const QStringList list = {
        u"Need recognition"_s, u"Social media discovery"_s, u"Search engine results"_s,
        u"Advertising exposure"_s, u"Word of mouth"_s, u"Landing page"_s, u"Category browsing"_s,
        u"Product search"_s, u"Filtering and sorting"_s, u"Product details"_s, u"Reviews and ratings"_s,
        u"Size and fit guide"_s, u"Price comparison"_s, u"Wishlist"_s, u"Stock check"_s,
        u"Store visit"_s, u"Add to basket"_s, u"Basket review"_s, u"Voucher entry"_s,
        u"Account sign-in"_s, u"Guest checkout"_s, u"Delivery options"_s, u"Address entry"_s,
        u"Payment"_s, u"Fraud check"_s, u"Order confirmation"_s, u"Confirmation email"_s,
        u"Warehouse picking"_s, u"Dispatch"_s, u"Delivery tracking"_s, u"Delivery day"_s,
        u"Missed delivery"_s, u"Parcel collection"_s, u"Unboxing"_s, u"First use"_s,
        u"Support contact"_s, u"Live chat"_s, u"Phone support"_s, u"Return request"_s,
        u"Return shipping"_s, u"Refund"_s, u"Exchange"_s, u"Invoice and receipt"_s,
        u"Review request"_s, u"Loyalty programme"_s, u"Newsletter"_s, u"Repeat purchase"_s,
        u"Subscription renewal"_s, u"Referral"_s, u"Advocacy"_s,
    };
    return list;
}

struct LaneTemplate {
    QString name;
    LaneKind kind;
    QString color;
};

// Twelve lanes covering every lane kind, with a second touchpoints and a second notes lane.
const QList<LaneTemplate> &laneTemplates()
{
    static const QList<LaneTemplate> list = {
        {u"Customer actions"_s, LaneKind::CustomerActions, u""_s},
        {u"Touchpoints"_s, LaneKind::Touchpoints, u""_s},
        {u"Thoughts"_s, LaneKind::Thoughts, u""_s},
        {u"Emotion curve"_s, LaneKind::EmotionCurve, u""_s},
        {u"Pain points"_s, LaneKind::PainPoints, u""_s},
        {u"Moments of delight"_s, LaneKind::Delights, u""_s},
        {u"Opportunities"_s, LaneKind::Opportunities, u""_s},
        {u"Channels"_s, LaneKind::Channels, u"#5d6d7e"_s},
        {u"Backstage"_s, LaneKind::Backstage, u""_s},
        {u"Notes"_s, LaneKind::Notes, u""_s},
        {u"Partner touchpoints"_s, LaneKind::Touchpoints, u"#2e86c1"_s},
        {u"Research notes"_s, LaneKind::Notes, u"#b7950b"_s},
    };
    return list;
}

struct PersonaTemplate {
    QString name, role;
    int age;
    QString gender, segment, quote, goals, needs, pains, motivations, says, thinks, does, feels;
};

const QList<PersonaTemplate> &personaTemplates()
{
    static const QList<PersonaTemplate> list = {
        {u"Maya Okafor"_s, u"Nurse working rotating shifts"_s, 34, u"Female"_s, u"Time-poor regular buyer"_s,
         u"I order at two in the morning and I need it to be there when I wake up."_s,
         u"Get essentials delivered around her shifts\nSpend as little time as possible shopping\nKeep track of the household budget"_s,
         u"Delivery slots outside office hours\nReliable tracking she can check in a break\nOne-tap reordering"_s,
         u"Missed deliveries while she sleeps\nCalls from couriers during night shifts\nReturns that need a printer"_s,
         u"More free time with her children\nFeeling in control of a chaotic week"_s,
         u"Can you just leave it with the neighbour?"_s,
         u"If this arrives late again I'll go back to the supermarket."_s,
         u"Orders on her phone in breaks, checks tracking repeatedly, rearranges deliveries by chat."_s,
         u"Tired and impatient, relieved when things just work."_s},
        {u"Tomasz Kowalski"_s, u"Freelance graphic designer"_s, 27, u"Male"_s, u"Price-sensitive researcher"_s,
         u"I read every review before I spend anything over fifty euros."_s,
         u"Find the best value for equipment\nAvoid buying twice\nSupport shops that treat him fairly"_s,
         u"Honest reviews and real photos\nClear total price with shipping\nEasy, free returns"_s,
         u"Hidden fees at checkout\nVouchers that do not apply\nSlow refunds"_s,
         u"Getting a good deal\nBeing the one friends ask for advice"_s,
         u"Is there a discount code anywhere?"_s,
         u"The price on the page is never the price I pay."_s,
         u"Compares three shops in tabs, waits for sales, writes detailed reviews."_s,
         u"Sceptical at first, proud when he finds a bargain, annoyed by surprises."_s},
        {u"Helen Marsh"_s, u"Retired teacher"_s, 68, u"Female"_s, u"Occasional buyer, prefers assistance"_s,
         u"I would rather speak to a person than fill in another form."_s,
         u"Buy gifts for her grandchildren\nUnderstand what she is paying for\nGet help when something goes wrong"_s,
         u"Large, readable pages\nA phone number that answers\nPaper receipts and clear instructions"_s,
         u"Passwords and verification codes\nSmall print\nChatbots that do not understand her"_s,
         u"Staying independent\nMaking her family happy"_s,
         u"Could someone call me back about my order?"_s,
         u"I hope I pressed the right button."_s,
         u"Shops in the store first, orders online with her daughter's help, keeps every email."_s,
         u"Anxious when unsure, warm and loyal when treated kindly."_s},
        {u"Ravi Desai"_s, u"Operations manager at a small business"_s, 45, u"Male"_s, u"Business account, bulk orders"_s,
         u"I need the invoice right and the delivery on the date you promised."_s,
         u"Keep the office stocked without thinking about it\nGet correct VAT invoices\nAvoid chasing suppliers"_s,
         u"Scheduled deliveries\nInvoices that match purchase orders\nA named contact for problems"_s,
         u"Partial deliveries without notice\nInvoices sent to the wrong address\nLong support queues"_s,
         u"Being efficient\nLooking reliable to his own customers"_s,
         u"Where is the rest of the order?"_s,
         u"If this supplier slips, my team notices before I do."_s,
         u"Sets up repeat orders, forwards invoices to accounting, escalates by phone."_s,
         u"Calm while things run, frustrated by anything he has to chase."_s},
    };
    return list;
}

const QStringList &owners()
{
    static const QStringList list = {u"CX team"_s, u"Logistics"_s, u"Web team"_s, u"Mobile team"_s,
                                     u"Customer service"_s, u"Finance"_s, u"Marketing"_s, u"Store operations"_s};
    return list;
}

// A colour for card highlights, stages and extra personas.
const QStringList &palette()
{
    static const QStringList list = {u"#e74c3c"_s, u"#3498db"_s, u"#27ae60"_s, u"#8e44ad"_s,
                                     u"#f39c12"_s, u"#16a085"_s, u"#d35400"_s, u"#2c3e50"_s};
    return list;
}

class Generator
{
public:
    explicit Generator(quint32 seed)
        : m_random(seed)
    {
    }

    int number(int lowest, int highest) { return lowest + int(m_random.bounded(quint32(highest - lowest + 1))); }
    bool chance(int percent) { return number(1, 100) <= percent; }
    template<typename L>
    const auto &pick(const L &list) { return list.at(number(0, int(list.size()) - 1)); }

    // `count` words from the vocabulary, the first capitalised; with a full stop if `sentence`.
    QString text(int count, bool sentence)
    {
        QString result;
        for (int i = 0; i < count; ++i) {
            if (i > 0)
                result += u' ';
            result += pick(words());
        }
        result[0] = result[0].toUpper();
        if (sentence)
            result += u'.';
        return result;
    }

    QString title() { return text(number(2, 8), false); }

    // 10 to 40 words in sentences of 5 to 12 words.
    QString description()
    {
        int remaining = number(10, 40);
        QStringList sentences;
        while (remaining > 0) {
            int length = std::min(remaining, number(5, 12));
            if (remaining - length > 0 && remaining - length < 3)
                length = remaining; // no sentence of one or two words at the end
            sentences.append(text(length, true));
            remaining -= length;
        }
        return sentences.join(u' ');
    }

private:
    QRandomGenerator m_random;
};

// Picks a value of an enum or scale: the first `count` picks go through every value in turn,
// so that a small map still uses them all; later ones are random.
class Cycle
{
public:
    explicit Cycle(int count)
        : m_count(count)
    {
    }
    int next(Generator &g) { return m_used < m_count ? m_used++ : g.number(0, m_count - 1); }

private:
    int m_count;
    int m_used = 0;
};

struct Options {
    QString output;
    int stages = 50;
    int lanes = 12;
    int cards = 5000;
    int personas = 4;
    quint32 seed = 1;
};

MapData generate(const Options &o)
{
    Generator g(o.seed);
    MapData data;
    data.info.title = u"Benchmark map: online retail, %1 stages, %2 cards"_s.arg(o.stages).arg(o.cards);
    data.info.description = u"Generated by waymark_generate_map (seed %1): %2 stages, %3 lanes, %4 cards, %5 personas."_s
                                .arg(o.seed)
                                .arg(o.stages)
                                .arg(o.lanes)
                                .arg(o.cards)
                                .arg(o.personas);

    for (int i = 0; i < o.stages; ++i) {
        Stage stage;
        stage.id = i + 1;
        const QString &topic = stageTopics().at(i % stageTopics().size());
        stage.name = u"Stage %1: %2"_s.arg(i + 1).arg(topic);
        stage.description = g.description();
        if (g.chance(20))
            stage.color = QColor::fromString(g.pick(palette()));
        stage.width = g.chance(25) ? 320 : Stage::DefaultWidth;
        data.stages.append(stage);
    }

    for (int i = 0; i < o.lanes; ++i) {
        const LaneTemplate &t = laneTemplates().at(i % laneTemplates().size());
        Lane lane;
        lane.id = i + 1;
        lane.name = i < laneTemplates().size() ? t.name : u"%1 %2"_s.arg(t.name).arg(i / laneTemplates().size() + 1);
        lane.kind = t.kind;
        if (!t.color.isEmpty())
            lane.color = QColor::fromString(t.color);
        data.lanes.append(lane);
    }

    for (int i = 0; i < o.personas; ++i) {
        const PersonaTemplate &t = personaTemplates().at(i % personaTemplates().size());
        const int round = int(i / personaTemplates().size());
        Persona p;
        p.id = i + 1;
        p.name = round == 0 ? t.name : u"%1 (%2)"_s.arg(t.name).arg(round + 1);
        p.role = t.role;
        p.age = std::min(Persona::MaxAge, t.age + 3 * round);
        p.gender = t.gender;
        p.segment = t.segment;
        p.quote = t.quote;
        p.goals = t.goals;
        p.needs = t.needs;
        p.pains = t.pains;
        p.motivations = t.motivations;
        p.says = t.says;
        p.thinks = t.thinks;
        p.does = t.does;
        p.feels = t.feels;
        // Distinct colours: the palette first, then hues a golden angle apart.
        p.color = i < palette().size() ? QColor::fromString(palette().at(i))
                                       : QColor::fromHsv((i * 137) % 360, 180, 160 + (i % 5) * 15);
        data.personas.append(p);
    }

    data.businessPeriods.append({1, u"2024"_s, 182'400, 27'350, 64.90, 3.2, 4.5});
    data.businessPeriods.append({2, u"2025"_s, 196'100, 24'510, 68.40, 3.5, 5.0});

    // Cards: every cell of a lane that holds cards gets a weight (about one in ten stays empty),
    // and each card lands in a cell chosen by weight.
    struct Cell {
        Id stage, lane;
        int weight;
    };
    QList<Cell> cells;
    int totalWeight = 0;
    for (const Stage &stage : std::as_const(data.stages)) {
        for (const Lane &lane : std::as_const(data.lanes)) {
            if (lane.kind == LaneKind::EmotionCurve)
                continue;
            const int weight = g.chance(10) ? 0 : g.number(1, 4);
            cells.append({stage.id, lane.id, weight});
            totalWeight += weight;
        }
    }
    if (totalWeight == 0 && !cells.isEmpty()) {
        cells.first().weight = 1;
        totalWeight = 1;
    }

    Cycle channels(int(enumEntries<Channel>().size()));
    Cycle severities(Card::MaxScale);
    Cycle efforts(Card::MaxScale);
    Cycle impacts(Card::MaxScale);
    Cycle statuses(int(enumEntries<OpportunityStatus>().size()));
    Cycle evidence(int(enumEntries<Evidence>().size()));
    for (int i = 0; i < o.cards; ++i) {
        int ticket = g.number(0, totalWeight - 1);
        qsizetype c = 0;
        while (ticket >= cells.at(c).weight)
            ticket -= cells.at(c++).weight;
        Card card;
        card.stage = cells.at(c).stage;
        card.lane = cells.at(c).lane;
        card.kind = defaultCardKind(data.lanes.at(card.lane - 1).kind);
        card.title = g.title();
        card.description = g.description();
        if (g.chance(8))
            card.color = QColor::fromString(g.pick(palette()));
        card.evidence = Evidence(evidence.next(g));
        switch (card.kind) {
        case CardKind::Touchpoint:
            card.channel = Channel(channels.next(g));
            break;
        case CardKind::PainPoint:
            card.severity = severities.next(g) + 1;
            break;
        case CardKind::Opportunity:
            card.effort = efforts.next(g) + 1;
            card.impact = impacts.next(g) + 1;
            card.owner = g.chance(70) ? g.pick(owners()) : QString();
            card.status = OpportunityStatus(statuses.next(g));
            break;
        case CardKind::Delight:
        case CardKind::Note:
            break;
        }
        if (!data.personas.isEmpty() && g.chance(40)) {
            const int tags = std::min(int(data.personas.size()), g.chance(70) ? 1 : 2);
            while (card.personas.size() < tags) {
                const Id persona = g.number(1, int(data.personas.size()));
                if (!card.personas.contains(persona))
                    card.personas.append(persona);
            }
            std::sort(card.personas.begin(), card.personas.end());
        }
        data.cards.append(card);
    }
    // Document order (by stage, lane, then order of creation), positions and ids.
    std::stable_sort(data.cards.begin(), data.cards.end(), [](const Card &a, const Card &b) {
        return std::pair(a.stage, a.lane) < std::pair(b.stage, b.lane);
    });
    for (qsizetype i = 0; i < data.cards.size(); ++i) {
        Card &card = data.cards[i];
        card.id = Id(i + 1);
        card.position = i > 0 && data.cards.at(i - 1).stage == card.stage && data.cards.at(i - 1).lane == card.lane
            ? data.cards.at(i - 1).position + 1
            : 0;
    }

    // One emotion point per persona and stage: a random walk from -5 to +5.
    for (const Persona &persona : std::as_const(data.personas)) {
        int score = g.number(-1, 3);
        for (const Stage &stage : std::as_const(data.stages)) {
            score = std::clamp(score + g.number(-2, 2), EmotionPoint::MinScore, EmotionPoint::MaxScore);
            data.emotionPoints.append({persona.id, stage.id, score, g.chance(75) ? g.text(g.number(3, 8), true) : QString()});
        }
    }
    return data;
}

void fail(const QString &message)
{
    std::fputs(qPrintable(u"waymark_generate_map: error: "_s + message + u'\n'), stderr);
}

std::optional<int> count(const QCommandLineParser &parser, const QString &name, int minimum, int maximum)
{
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < minimum || value > maximum) {
        fail(u"--%1 takes a whole number from %2 to %3, not '%4'"_s.arg(name).arg(minimum).arg(maximum).arg(parser.value(name)));
        return std::nullopt;
    }
    return value;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"waymark_generate_map"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Writes a large, realistic journey map as Waymark JSON interchange."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"OUT.json"_s, u"The file to write."_s);
    parser.addOptions({
        {u"stages"_s, u"Number of stages (default 50)."_s, u"N"_s, u"50"_s},
        {u"lanes"_s, u"Number of lanes (default 12: every kind, two touchpoints and two notes lanes)."_s, u"N"_s, u"12"_s},
        {u"cards"_s, u"Number of cards (default 5000)."_s, u"N"_s, u"5000"_s},
        {u"personas"_s, u"Number of personas (default 4)."_s, u"N"_s, u"4"_s},
        {u"seed"_s, u"Seed of the random generator (default 1); the same seed gives the same file."_s, u"N"_s, u"1"_s},
    });
    parser.process(app);
    if (parser.positionalArguments().size() != 1) {
        fail(parser.positionalArguments().isEmpty() ? u"missing OUT.json"_s : u"expected one OUT.json"_s);
        return 2;
    }

    Options o;
    o.output = parser.positionalArguments().constFirst();
    const auto stages = count(parser, u"stages"_s, 1, 1000);
    const auto lanes = count(parser, u"lanes"_s, 1, 200);
    const auto cards = count(parser, u"cards"_s, 0, 10'000'000);
    const auto personas = count(parser, u"personas"_s, 0, 1000);
    if (!stages || !lanes || !cards || !personas)
        return 2;
    bool seedOk = false;
    o.seed = parser.value(u"seed"_s).toUInt(&seedOk);
    if (!seedOk) {
        fail(u"--seed takes a whole number from 0 to 4294967295, not '%1'"_s.arg(parser.value(u"seed"_s)));
        return 2;
    }
    o.stages = *stages;
    o.lanes = *lanes;
    o.cards = *cards;
    o.personas = *personas;

    const MapData data = generate(o);
    const QByteArray bytes = QJsonDocument(MapJson::toJson(data)).toJson(QJsonDocument::Indented);

    QSaveFile file(o.output);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        fail(u"cannot write '%1': %2"_s.arg(o.output, file.errorString()));
        return 1;
    }
    std::printf("%s\n", qPrintable(u"Wrote %1: %2 stages, %3 lanes, %4 cards, %5 personas, %6 emotion points, %7 bytes."_s
                                       .arg(o.output)
                                       .arg(data.stages.size())
                                       .arg(data.lanes.size())
                                       .arg(data.cards.size())
                                       .arg(data.personas.size())
                                       .arg(data.emotionPoints.size())
                                       .arg(bytes.size())));
    return 0;
}
