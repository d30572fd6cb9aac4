#include "formatregistry.h"

#include "formaterror.h"
#include "jsonmapformat.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Waymark {

MapData MapFormat::read(const QString &path) const
{
    throw FormatError(QCoreApplication::translate("Waymark", "cannot read %1: %2 files can only be written")
                          .arg(path, description()));
}

FormatRegistry::FormatRegistry()
{
    add(std::make_unique<JsonMapFormat>());
}

FormatRegistry &FormatRegistry::instance()
{
    static FormatRegistry registry;
    return registry;
}

void FormatRegistry::add(std::unique_ptr<MapFormat> format)
{
    if (!byName(format->name()))
        m_formats.push_back(std::move(format));
}

const MapFormat *FormatRegistry::byName(const QString &name) const
{
    for (const auto &format : m_formats) {
        if (format->name().compare(name, Qt::CaseInsensitive) == 0)
            return format.get();
    }
    return nullptr;
}

const MapFormat *FormatRegistry::forFile(const QString &path) const
{
    const QString suffix = QFileInfo(path).suffix();
    for (const auto &format : m_formats) {
        if (format->extensions().contains(suffix, Qt::CaseInsensitive))
            return format.get();
    }
    return nullptr;
}

QStringList FormatRegistry::names() const
{
    QStringList names;
    for (const auto &format : m_formats)
        names.append(format->name());
    return names;
}

std::vector<const MapFormat *> FormatRegistry::formats() const
{
    std::vector<const MapFormat *> list;
    for (const auto &format : m_formats)
        list.push_back(format.get());
    return list;
}

} // namespace Waymark
