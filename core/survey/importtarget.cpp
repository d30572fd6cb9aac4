#include "importtarget.h"

#include "document/document.h"

namespace Waymark {

ImportTarget ImportTarget::of(Document &document)
{
    ImportTarget target;
    for (const Stage &stage : document.stages()) {
        target.stages.append({stage.id, stage.name});
        for (const Id id : document.cardsOfStage(stage.id)) {
            const Card *card = document.card(id);
            if (card->kind == CardKind::Touchpoint)
                target.touchpoints.append({card->id, card->stage, card->title});
        }
    }
    Document *d = &document;
    target.respondents = [d](const RespondentVisitor &visit) { d->forEachRespondent(visit); };
    target.rememberedMapping = [d](const QString &signature) -> std::optional<ImportMapping> {
        const std::optional<QByteArray> json = d->importMapping(signature);
        if (!json)
            return std::nullopt;
        return ImportMapping::fromJson(*json);
    };
    return target;
}

QStringList ImportTarget::stageNames() const
{
    QStringList names;
    for (const StageEntry &stage : stages)
        names.append(stage.name);
    return names;
}

} // namespace Waymark
