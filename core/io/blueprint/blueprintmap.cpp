#include "blueprintmap.h"
#include "io/translate.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Waymark::BlueprintMap {

namespace {

// The map's title: the brief's first sentence, as long as a title can be.
QString titleOf(const QString &brief)
{
    QString first = brief.trimmed().section(u'\n', 0, 0);
    const qsizetype stop = first.indexOf(u". "_s);
    if (stop > 0)
        first = first.left(stop);
    if (first.endsWith(u'.'))
        first.chop(1);
    constexpr qsizetype Longest = 90;
    if (first.size() > Longest) {
        first = first.left(Longest);
        const qsizetype space = first.lastIndexOf(u' ');
        first = (space > Longest / 2 ? first.left(space) : first) + u'…';
    }
    return first;
}

Evidence evidenceOf(const QString &basis)
{
    if (basis == u"observed"_s)
        return Evidence::Observed;
    return basis == u"proposed"_s ? Evidence::Proposed : Evidence::Assumed;
}

// Blueprint Signal's impact is an ordinal label; the middle of Waymark's 1–5 scale is medium.
int scaleOf(const QString &impact)
{
    if (impact == u"low"_s)
        return 2;
    return impact == u"high"_s ? 4 : 3;
}

OpportunityStatus statusOf(const QString &status)
{
    if (status == u"testing"_s)
        return OpportunityStatus::InProgress;
    return status == u"complete"_s ? OpportunityStatus::Done : OpportunityStatus::Idea;
}

} // namespace

MapData toMap(const BlueprintProject &project)
{
    MapData data;
    data.info.title = titleOf(project.brief);
    QStringList about{project.brief.trimmed()};
    if (!project.origin.trimmed().isEmpty())
        about.append(tr("Origin: %1").arg(project.origin.trimmed()));
    if (project.review)
        about.append(tr("Reviewed by %1 on %2: %3")
                         .arg(project.review->reviewer.trimmed(), project.review->checkedOn.toString(Qt::ISODate),
                              project.review->note.trimmed()));
    else
        about.append(tr("Not reviewed in Blueprint Signal."));
    data.info.description = about.join(u"\n\n"_s);

    QList<BlueprintProject::Stage> stages = project.stages;
    std::stable_sort(stages.begin(), stages.end(), [](const auto &a, const auto &b) { return a.order < b.order; });
    QHash<QString, Id> stageId;
    for (const auto &s : std::as_const(stages)) {
        Stage stage;
        stage.id = Id(data.stages.size() + 1);
        stage.name = s.name.trimmed();
        stageId.insert(s.id, stage.id);
        data.stages.append(stage);
    }

    const auto addLane = [&data](LaneKind kind, const QString &name) {
        Lane lane;
        lane.id = Id(data.lanes.size() + 1);
        lane.kind = kind;
        lane.name = name;
        data.lanes.append(lane);
        return lane.id;
    };
    QHash<QString, Id> laneOf;
    const QHash<QString, LaneKind> kinds = {{u"evidence"_s, LaneKind::Touchpoints}, {u"customer"_s, LaneKind::CustomerActions},
                                            {u"frontstage"_s, LaneKind::Touchpoints}, {u"backstage"_s, LaneKind::Backstage},
                                            {u"support"_s, LaneKind::Backstage}};
    for (const QString &layer : BlueprintProject::layers())
        laneOf.insert(layer, addLane(kinds.value(layer), BlueprintProject::layerTitle(layer)));
    const Id painLane = addLane(LaneKind::PainPoints, tr("Potential failure points"));
    const Id ideaLane = addLane(LaneKind::Opportunities, tr("Improvement experiments"));

    QHash<QString, const BlueprintProject::Source *> sources;
    for (const auto &source : project.sources)
        sources.insert(source.id, &source);
    const auto sourceLine = [&sources](const std::optional<QString> &id) {
        if (!id)
            return QString();
        const BlueprintProject::Source *s = sources.value(*id);
        QString line = tr("Source %1: %2 — %3").arg(s->id, s->title.trimmed(), s->note.trimmed());
        if (s->url)
            line += u" (%1)"_s.arg(*s->url);
        return line;
    };
    QHash<QString, const BlueprintProject::Action *> actions;
    for (const auto &action : project.actions)
        actions.insert(action.id, &action);

    QHash<std::pair<Id, Id>, int> cellSize;
    const auto addCard = [&](Card card) {
        card.id = Id(data.cards.size() + 1);
        card.position = cellSize[{card.stage, card.lane}]++;
        data.cards.append(card);
        return card.id;
    };
    const auto notes = [](QStringList lines) {
        lines.removeAll(QString());
        return lines.join(u'\n');
    };

    for (const auto &action : project.actions) {
        Card card;
        card.stage = stageId.value(action.stageId);
        card.lane = laneOf.value(action.lane);
        card.kind = (action.lane == u"evidence"_s || action.lane == u"frontstage"_s) ? CardKind::Touchpoint : CardKind::Note;
        card.title = action.description.trimmed();
        card.evidence = evidenceOf(action.basis);
        QStringList lines;
        if (!action.owner.trimmed().isEmpty())
            lines.append(tr("Owner: %1").arg(action.owner.trimmed()));
        if (action.minutes)
            lines.append(tr("Time: %1 min").arg(QLocale::c().toString(*action.minutes, 'g', 12)));
        if (!action.evidenceNote.trimmed().isEmpty())
            lines.append(tr("Evidence: %1").arg(action.evidenceNote.trimmed()));
        lines.append(sourceLine(action.sourceId));
        for (const auto &link : project.links) {
            if (link.fromAction == action.id)
                lines.append(tr("Leads to %1 (%2): %3")
                                 .arg(link.toAction, actions.value(link.toAction)->description.trimmed(), link.description.trimmed()));
        }
        lines.append(tr("Blueprint Signal action %1").arg(action.id));
        card.description = notes(lines);
        addCard(card);
    }

    QHash<QString, Id> painCard;
    QHash<QString, int> hazardScale;
    for (const auto &hazard : project.hazards) {
        const BlueprintProject::Action *action = actions.value(hazard.actionId);
        Card card;
        card.stage = stageId.value(action->stageId);
        card.lane = painLane;
        card.kind = CardKind::PainPoint;
        card.title = hazard.failure.trimmed();
        card.severity = scaleOf(hazard.impact);
        card.evidence = evidenceOf(hazard.basis);
        card.description = notes({tr("At %1: %2").arg(action->id, action->description.trimmed()),
                                  hazard.owner.trimmed().isEmpty() ? QString() : tr("Owner: %1").arg(hazard.owner.trimmed()),
                                  tr("Impact: %1").arg(hazard.impact), sourceLine(hazard.sourceId),
                                  tr("Blueprint Signal failure point %1").arg(hazard.id)});
        painCard.insert(hazard.id, addCard(card));
        hazardScale.insert(hazard.id, card.severity);
    }

    for (const auto &plan : project.improvements) {
        const Card &pain = data.cards.at(painCard.value(plan.hazardId) - 1);
        Card card;
        card.stage = pain.stage;
        card.lane = ideaLane;
        card.kind = CardKind::Opportunity;
        card.title = plan.change.trimmed();
        card.owner = plan.owner.trimmed();
        card.status = statusOf(plan.status);
        card.impact = hazardScale.value(plan.hazardId);
        card.evidence = Evidence::Proposed;
        card.description = notes({plan.measure.trimmed().isEmpty() ? QString() : tr("Measure: %1").arg(plan.measure.trimmed()),
                                  plan.target.trimmed().isEmpty() ? QString() : tr("Target: %1").arg(plan.target.trimmed()),
                                  plan.checkDate ? tr("Check on: %1").arg(plan.checkDate->toString(Qt::ISODate)) : QString(),
                                  tr("Status in Blueprint Signal: %1").arg(plan.status),
                                  tr("Blueprint Signal improvement %1").arg(plan.id)});
        const Id id = addCard(card);
        data.links.append({id, pain.id});
    }

    // Document order: stage by stage, lane by lane, each cell in the file's order.
    std::stable_sort(data.cards.begin(), data.cards.end(),
                     [](const Card &a, const Card &b) { return std::pair(a.stage, a.lane) < std::pair(b.stage, b.lane); });
    QHash<Id, Id> renumbered;
    for (qsizetype i = 0; i < data.cards.size(); ++i) {
        renumbered.insert(data.cards[i].id, Id(i + 1));
        data.cards[i].id = Id(i + 1);
    }
    for (CardLink &link : data.links) {
        link.opportunity = renumbered.value(link.opportunity);
        link.painPoint = renumbered.value(link.painPoint);
    }
    std::sort(data.links.begin(), data.links.end(), [](const CardLink &a, const CardLink &b) {
        return std::pair(a.opportunity, a.painPoint) < std::pair(b.opportunity, b.painPoint);
    });
    return data;
}

} // namespace Waymark::BlueprintMap
