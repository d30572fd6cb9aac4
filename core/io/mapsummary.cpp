#include "mapsummary.h"

#include "document/document.h"
#include "store/schema.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Waymark::MapSummary {

namespace {

struct Counts {
    int touchpoints = 0;
    int painPoints = 0;
    int delights = 0;
    int opportunities = 0;
    int notes = 0;
    int observed = 0;
    int assumed = 0;
    int proposed = 0;
};

Counts countCards(const Document &document)
{
    Counts counts;
    for (const Stage &stage : document.stages()) {
        for (const Id id : document.cardsOfStage(stage.id)) {
            const Card *card = document.card(id);
            switch (card->kind) {
            case CardKind::Touchpoint: ++counts.touchpoints; break;
            case CardKind::PainPoint: ++counts.painPoints; break;
            case CardKind::Delight: ++counts.delights; break;
            case CardKind::Opportunity: ++counts.opportunities; break;
            case CardKind::Note: ++counts.notes; break;
            }
            switch (card->evidence) {
            case Evidence::Observed: ++counts.observed; break;
            case Evidence::Assumed: ++counts.assumed; break;
            case Evidence::Proposed: ++counts.proposed; break;
            }
        }
    }
    return counts;
}

} // namespace

QJsonObject toJson(Document &document)
{
    const Counts counts = countCards(document);
    QJsonArray stages;
    for (int i = 0; i < document.stages().size(); ++i)
        stages.append(QJsonObject{{u"name"_s, document.stages().at(i).name}, {u"position"_s, i}});
    QJsonArray lanes;
    for (const Lane &lane : document.lanes())
        lanes.append(QJsonObject{{u"name"_s, lane.name}, {u"kind"_s, keyOf(lane.kind)}});
    return QJsonObject{
        {u"title"_s, document.info().title},
        {u"owner"_s, document.info().owner},
        {u"review_date"_s, document.info().reviewDate.isEmpty() ? QJsonValue() : QJsonValue(document.info().reviewDate)},
        {u"review_due"_s, document.info().reviewDue(QDate::currentDate())},
        {u"schema_version"_s, Schema::CurrentVersion},
        {u"stages"_s, stages},
        {u"lanes"_s, lanes},
        {u"counts"_s, QJsonObject{
             {u"stages"_s, document.stages().size()},
             {u"lanes"_s, document.lanes().size()},
             {u"cards"_s, document.cardCount()},
             {u"touchpoints"_s, counts.touchpoints},
             {u"pain_points"_s, counts.painPoints},
             {u"delights"_s, counts.delights},
             {u"opportunities"_s, counts.opportunities},
             {u"notes"_s, counts.notes},
             {u"personas"_s, document.personas().size()},
             {u"emotion_points"_s, document.emotionPointCount()},
             {u"responses"_s, document.responseCount()},
         }},
        {u"evidence"_s, QJsonObject{
             {u"observed"_s, counts.observed},
             {u"assumed"_s, counts.assumed},
             {u"proposed"_s, counts.proposed},
         }},
    };
}

QString toText(Document &document, const QString &workspace)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("Waymark", text); };
    const Counts counts = countCards(document);
    QStringList stageNames;
    for (const Stage &stage : document.stages())
        stageNames.append(stage.name);
    QStringList laneNames;
    for (const Lane &lane : document.lanes())
        laneNames.append(lane.name);
    QStringList personaNames;
    for (const Persona &persona : document.personas())
        personaNames.append(persona.name);

    QString text;
    const auto row = [&text](const QString &label, const QString &value) {
        text += QString(label + u':').leftJustified(12) + value + u'\n';
    };
    const auto listed = [](qsizetype count, const QStringList &names) {
        return names.isEmpty() ? QString::number(count) : u"%1  (%2)"_s.arg(QString::number(count), names.join(u", "_s));
    };
    row(tr("Title"), document.info().title);
    if (workspace.isEmpty())
        row(tr("File"), document.path());
    else
        row(tr("Workspace"), workspace);
    if (!document.info().owner.isEmpty())
        row(tr("Owner"), document.info().owner);
    if (!document.info().reviewDate.isEmpty()) {
        row(tr("Review"), document.info().reviewDue(QDate::currentDate())
                              ? tr("%1  (review due)").arg(document.info().reviewDate)
                              : document.info().reviewDate);
    }
    row(tr("Format"), QString::number(Schema::CurrentVersion));
    row(tr("Stages"), listed(stageNames.size(), stageNames));
    row(tr("Lanes"), listed(laneNames.size(), laneNames));
    row(tr("Cards"), tr("%1  (%2 touchpoints, %3 pain points, %4 delights, %5 opportunities, %6 notes)")
                         .arg(QString::number(document.cardCount()), QString::number(counts.touchpoints),
                              QString::number(counts.painPoints), QString::number(counts.delights),
                              QString::number(counts.opportunities), QString::number(counts.notes)));
    row(tr("Evidence"), tr("%1 observed, %2 assumed, %3 proposed")
                            .arg(QString::number(counts.observed), QString::number(counts.assumed), QString::number(counts.proposed)));
    row(tr("Personas"), listed(personaNames.size(), personaNames));
    row(tr("Responses"), QString::number(document.responseCount()));
    return text;
}

} // namespace Waymark::MapSummary
