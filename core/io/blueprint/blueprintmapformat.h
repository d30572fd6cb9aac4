#pragma once

#include "io/mapformat.h"

namespace Waymark {

// Blueprint Signal projects ({"format": "blueprint-project-v1", …}), read: see
// docs/formats/blueprint-signal.md. They are .json files, told from Waymark's JSON by content.
class BlueprintMapFormat : public MapFormat
{
public:
    QString name() const override;
    QString label() const override;
    QStringList extensions() const override;
    bool canRead() const override { return true; }
    bool canWrite() const override { return false; }
    bool recognizes(QByteArrayView head) const override;

    MapData read(const QString &path) const override;
};

} // namespace Waymark
