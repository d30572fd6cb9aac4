#pragma once

#include "mapformat.h"

#include <memory>
#include <vector>

namespace Waymark {

// The formats this build knows, in the order dialogs and --help list them: the only list of
// formats there is. The core registers its own (coreformats.cpp); the application adds the
// UI's, which draw (registerUiFormats(), called from app/main.cpp). Adding a format is one
// class and one registration line.
class FormatRegistry
{
public:
    enum class Purpose { Read, Write };

    static FormatRegistry &instance();

    void add(std::unique_ptr<MapFormat> format);
    const MapFormat *byName(const QString &name) const; // case-insensitive
    // By extension, case-insensitively, among the formats that can do `purpose`; where several
    // share the extension, the reader that recognizes the file's first bytes, else the first.
    const MapFormat *forFile(const QString &path, Purpose purpose = Purpose::Write) const;
    std::vector<const MapFormat *> formats() const;
    std::vector<const MapFormat *> formats(Purpose purpose) const;
    QStringList names(Purpose purpose) const;
    // For QFileDialog: every readable (or writable) extension first, then one entry per format.
    QString fileFilter(Purpose purpose) const;

    // Reads a map from `path`, in the format named (empty: chosen from the file). Throws
    // FormatError when no format can read it, saying which could.
    MapData read(const QString &path, const QString &formatName = {}) const;

private:
    FormatRegistry();
    std::vector<std::unique_ptr<MapFormat>> m_formats;
};

// The core's formats (JSON, mermaid, cards CSV, Blueprint Signal), in their order.
void registerCoreFormats(FormatRegistry &registry);

} // namespace Waymark
