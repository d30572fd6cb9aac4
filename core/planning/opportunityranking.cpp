#include "opportunityranking.h"

#include "document/document.h"
#include "io/translate.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Waymark::OpportunityRanking {

namespace {

// The map's opportunities in document order: stage by stage, lane by lane.
QList<Id> inMapOrder(const Document &document)
{
    QList<Id> ids;
    for (const Stage &stage : document.stages()) {
        for (const Id id : document.cardsOfStage(stage.id)) {
            if (document.card(id)->kind == CardKind::Opportunity)
                ids.append(id);
        }
    }
    return ids;
}

} // namespace

double score(const Card &card)
{
    return double(card.impact) / std::max(card.effort, Card::MinScale);
}

Quadrant quadrantOf(const Card &card)
{
    const bool highImpact = card.impact > 3;
    const bool highEffort = card.effort > 3;
    if (highImpact)
        return highEffort ? Quadrant::BigBet : Quadrant::QuickWin;
    return highEffort ? Quadrant::MoneyPit : Quadrant::FillIn;
}

QList<Id> ranked(const Document &document)
{
    QList<Id> ids = inMapOrder(document);
    std::stable_sort(ids.begin(), ids.end(), [&document](Id a, Id b) {
        const Card &x = *document.card(a);
        const Card &y = *document.card(b);
        const double sx = score(x);
        const double sy = score(y);
        if (sx != sy)
            return sx > sy;
        return x.impact > y.impact;
    });
    return ids;
}

QHash<Id, int> numbers(const Document &document)
{
    QHash<Id, int> numbers;
    for (const Id id : inMapOrder(document))
        numbers.insert(id, int(numbers.size()) + 1);
    return numbers;
}

QString quadrantName(Quadrant quadrant)
{
    switch (quadrant) {
    case Quadrant::QuickWin: return tr("quick win");
    case Quadrant::BigBet: return tr("big bet");
    case Quadrant::FillIn: return tr("fill-in");
    case Quadrant::MoneyPit: return tr("money pit");
    }
    Q_UNREACHABLE();
}

QString quadrantHeading(Quadrant quadrant)
{
    switch (quadrant) {
    case Quadrant::QuickWin: return tr("Quick wins");
    case Quadrant::BigBet: return tr("Big bets");
    case Quadrant::FillIn: return tr("Fill-ins");
    case Quadrant::MoneyPit: return tr("Money pits");
    }
    Q_UNREACHABLE();
}

QString quadrantHint(Quadrant quadrant)
{
    switch (quadrant) {
    case Quadrant::QuickWin: return tr("low effort, high impact");
    case Quadrant::BigBet: return tr("high effort, high impact");
    case Quadrant::FillIn: return tr("low effort, low impact");
    case Quadrant::MoneyPit: return tr("high effort, low impact");
    }
    Q_UNREACHABLE();
}

QString quadrantKey(Quadrant quadrant)
{
    switch (quadrant) {
    case Quadrant::QuickWin: return u"quick-win"_s;
    case Quadrant::BigBet: return u"big-bet"_s;
    case Quadrant::FillIn: return u"fill-in"_s;
    case Quadrant::MoneyPit: return u"money-pit"_s;
    }
    Q_UNREACHABLE();
}

} // namespace Waymark::OpportunityRanking
