#pragma once

#include "importmapping.h"
#include "model/ids.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Waymark {

class Document;

// What a survey import checks rows against: the map's stages and touchpoints, the respondents
// it has already, the mappings it remembers. Made from a Document, or by hand (the fuzz target
// builds a small one in memory).
struct ImportTarget {
    struct StageEntry {
        Id id = 0;
        QString name;
    };
    struct TouchpointEntry {
        Id card = 0;
        Id stage = 0;
        QString title;
    };
    using RespondentVisitor = std::function<void(QByteArrayView respondent, Id response)>;

    QList<StageEntry> stages; // in map order
    QList<TouchpointEntry> touchpoints;
    // Calls the visitor for every response of the map that names a respondent.
    std::function<void(const RespondentVisitor &)> respondents;
    std::function<std::optional<ImportMapping>(const QString &signature)> rememberedMapping;

    // The document must outlive the target.
    static ImportTarget of(Document &document);
    QStringList stageNames() const;
};

} // namespace Waymark
