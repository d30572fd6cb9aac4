#pragma once

#include "io/mapformat.h"

namespace Waymark {

// PNG at a chosen resolution (pixel size in proportion to the dpi), white or transparent.
// Written in horizontal bands with libpng, so a huge map never needs the whole picture in
// memory: Qt can only write a PNG from a complete QImage.
class PngMapFormat : public MapFormat
{
public:
    // Refused above this many pixels: a picture nobody could open.
    static constexpr qint64 MaxPixels = 2'000'000'000;
    static constexpr int MaxSide = 1'000'000; // what libpng and QImage take a side to be at most

    QString name() const override;
    QString label() const override;
    QString note() const override;
    bool needsGui() const override { return true; }
    QList<ExportOption> options() const override;
    QStringList extensions() const override;
    void write(Document &document, const QString &path, const ExportOptions &options) const override;
};

} // namespace Waymark
