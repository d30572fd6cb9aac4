#pragma once

#include "mapformat.h"

#include <memory>
#include <vector>

namespace Waymark {

// The formats this build knows. The core registers its own (JSON); the UI library adds the
// ones that draw (PNG, SVG, PDF).
class FormatRegistry
{
public:
    static FormatRegistry &instance();

    void add(std::unique_ptr<MapFormat> format);
    const MapFormat *byName(const QString &name) const;
    const MapFormat *forFile(const QString &path) const; // by extension, case-insensitive
    QStringList names() const;
    std::vector<const MapFormat *> formats() const;

private:
    FormatRegistry();
    std::vector<std::unique_ptr<MapFormat>> m_formats;
};

} // namespace Waymark
