#include "mermaidjourneymap.h"

#include "mermaidtext.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace Waymark::MermaidJourneyMap {

namespace {

constexpr double EmotionPerScore = 2.5; // (s − 3) × 2.5: 1 → −5, 3 → 0, 5 → +5

int emotionOf(double meanScore)
{
    return std::clamp(int(std::lround((meanScore - 3) * EmotionPerScore)), EmotionPoint::MinScore, EmotionPoint::MaxScore);
}

QString joined(const QStringList &parts)
{
    QStringList kept;
    for (const QString &part : parts) {
        if (!part.isEmpty())
            kept.append(part);
    }
    return kept.join(u'\n');
}

} // namespace

MapData toMap(const MermaidJourney &journey)
{
    MapData data;
    data.info.title = journey.title;
    // The accessible title says what the title says, or adds to it.
    data.info.description = joined({journey.accTitle == journey.title ? QString() : journey.accTitle, journey.accDescription});

    // Tasks before the first section have a stage of their own, unnamed as in mermaid.
    const bool leadingTasks = std::any_of(journey.tasks.begin(), journey.tasks.end(),
                                          [](const MermaidJourney::Task &t) { return t.sectionIndex < 0; });
    const int firstSection = leadingTasks ? 1 : 0;
    QStringList stageNames = journey.sections;
    if (leadingTasks)
        stageNames.prepend(QString());
    for (int i = 0; i < stageNames.size(); ++i) {
        Stage stage;
        stage.id = i + 1;
        stage.name = stageNames.at(i);
        data.stages.append(stage);
    }

    Lane actions;
    actions.id = 1;
    actions.kind = LaneKind::CustomerActions;
    actions.name = labelOf(actions.kind);
    Lane emotion;
    emotion.id = 2;
    emotion.kind = LaneKind::EmotionCurve;
    emotion.name = labelOf(emotion.kind);
    data.lanes = {actions, emotion};

    // An empty actor (`Task: 5:`) is nobody: it names no persona.
    QHash<QString, Id> personaIds;
    for (const QString &actor : journey.actors()) {
        if (actor.isEmpty())
            continue;
        Persona persona;
        persona.id = Id(data.personas.size() + 1);
        persona.name = actor;
        personaIds.insert(actor, persona.id);
        data.personas.append(persona);
    }

    QHash<Id, int> cellSize;
    // The scores of each persona's tasks, by stage.
    QHash<std::pair<Id, Id>, QList<int>> scores;
    for (const MermaidJourney::Task &task : journey.tasks) {
        Card card;
        card.id = Id(data.cards.size() + 1);
        card.stage = task.sectionIndex + firstSection + 1;
        card.lane = actions.id;
        card.position = cellSize[card.stage]++;
        card.kind = defaultCardKind(actions.kind);
        card.title = task.name;
        card.score = task.score;
        for (const QString &person : task.people) {
            if (const Id id = personaIds.value(person); id && !card.personas.contains(id))
                card.personas.append(id);
        }
        std::sort(card.personas.begin(), card.personas.end());
        for (const Id persona : std::as_const(card.personas))
            scores[{persona, card.stage}].append(task.score);
        data.cards.append(card);
    }

    for (const Persona &persona : std::as_const(data.personas)) {
        for (const Stage &stage : std::as_const(data.stages)) {
            const QList<int> list = scores.value({persona.id, stage.id});
            if (list.isEmpty())
                continue;
            const double mean = double(std::accumulate(list.begin(), list.end(), 0)) / double(list.size());
            data.emotionPoints.append({persona.id, stage.id, emotionOf(mean), QString()});
        }
    }
    return data;
}

QList<Id> defaultLanes(const MapData &data)
{
    for (const LaneKind kind : {LaneKind::CustomerActions, LaneKind::Touchpoints}) {
        QList<Id> lanes;
        for (const Lane &lane : data.lanes) {
            if (lane.kind == kind)
                lanes.append(lane.id);
        }
        if (!lanes.isEmpty())
            return lanes;
    }
    QList<Id> lanes;
    for (const Lane &lane : data.lanes) {
        if (lane.kind != LaneKind::EmotionCurve)
            lanes.append(lane.id);
    }
    return lanes;
}

int scoreOf(const MapData &data, const Card &card)
{
    if (card.score)
        return std::clamp(*card.score, Card::MinScale, Card::MaxScale);
    double sum = 0;
    int count = 0;
    for (const EmotionPoint &point : data.emotionPoints) {
        if (point.stage == card.stage && (card.personas.isEmpty() || card.personas.contains(point.persona))) {
            sum += point.score;
            ++count;
        }
    }
    if (count == 0)
        return 3;
    return std::clamp(int(std::lround(3 + sum / count / EmotionPerScore)), Card::MinScale, Card::MaxScale);
}

QString write(const MapData &data, const QList<Id> &chosen)
{
    using MermaidText::Field;
    using MermaidText::encode;
    const QList<Id> lanes = chosen.isEmpty() ? defaultLanes(data) : chosen;

    QStringList out{u"journey"_s};
    if (!data.info.title.trimmed().isEmpty())
        out.append(u"    title "_s + encode(data.info.title, Field::Title));
    const QString description = encode(data.info.description, Field::BlockDescription);
    if (!description.isEmpty()) {
        if (!description.contains(u'\n')) {
            out.append(u"    accDescr: "_s + encode(data.info.description, Field::Description));
        } else {
            out.append(u"    accDescr {"_s);
            for (const QString &line : description.split(u'\n'))
                out.append(u"        "_s + line);
            out.append(u"    }"_s);
        }
    }

    // Cards by stage, then by lane in the order chosen lanes have in the map.
    QHash<Id, int> laneOrder;
    for (int i = 0; i < data.lanes.size(); ++i)
        laneOrder.insert(data.lanes.at(i).id, i);

    for (int s = 0; s < data.stages.size(); ++s) {
        const Stage &stage = data.stages.at(s);
        if (s > 0 || !stage.name.trimmed().isEmpty())
            out.append(u"    section "_s + encode(stage.name, Field::Section));
        QList<const Card *> cards;
        for (const Card &card : data.cards) {
            if (card.stage == stage.id && lanes.contains(card.lane))
                cards.append(&card);
        }
        std::stable_sort(cards.begin(), cards.end(), [&laneOrder](const Card *a, const Card *b) {
            return std::pair(laneOrder.value(a->lane), a->position) < std::pair(laneOrder.value(b->lane), b->position);
        });
        for (const Card *card : std::as_const(cards)) {
            // Sorted as mermaid lists actors, which is the order a map read back has them in.
            QStringList names;
            for (const Persona &persona : data.personas) {
                if (card->personas.contains(persona.id) && !persona.name.trimmed().isEmpty())
                    names.append(persona.name);
            }
            std::sort(names.begin(), names.end());
            QStringList actors;
            for (const QString &name : std::as_const(names))
                actors.append(encode(name, Field::Actor));
            QString line = u"      %1: %2"_s.arg(encode(card->title, Field::Task)).arg(scoreOf(data, *card));
            if (!actors.isEmpty())
                line += u": "_s + actors.join(u", "_s);
            out.append(line);
        }
    }
    return out.join(u'\n') + u'\n';
}

} // namespace Waymark::MermaidJourneyMap
