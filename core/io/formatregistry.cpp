#include "formatregistry.h"

#include "formaterror.h"
#include "io/translate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Waymark {

namespace {

bool can(const MapFormat &format, FormatRegistry::Purpose purpose)
{
    return purpose == FormatRegistry::Purpose::Read ? format.canRead() : format.canWrite();
}

QString quoted(const QString &path)
{
    return u"'"_s + QDir::toNativeSeparators(path) + u"'"_s;
}

} // namespace

MapData MapFormat::read(const QString &path) const
{
    throw FormatError(tr("cannot read %1: %2 files can only be written").arg(quoted(path), label()));
}

void MapFormat::write(Document &, const QString &path, const ExportOptions &) const
{
    throw FormatError(tr("cannot write %1: %2 files can only be read").arg(quoted(path), label()));
}

std::optional<FormatVariant> MapFormat::variant(const QString &key) const
{
    for (const FormatVariant &v : variants()) {
        if (v.key == key)
            return v;
    }
    return std::nullopt;
}

QString MapFormat::fileFilter() const
{
    return u"%1 (*.%2)"_s.arg(label(), extensions().join(u" *."_s));
}

FormatRegistry::FormatRegistry()
{
    registerCoreFormats(*this);
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

const MapFormat *FormatRegistry::forFile(const QString &path, Purpose purpose) const
{
    const QString suffix = QFileInfo(path).suffix();
    std::vector<const MapFormat *> candidates;
    for (const auto &format : m_formats) {
        if (can(*format, purpose) && format->extensions().contains(suffix, Qt::CaseInsensitive))
            candidates.push_back(format.get());
    }
    if (candidates.size() > 1 && purpose == Purpose::Read) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray head = file.read(4096);
            for (const MapFormat *format : candidates) {
                if (format->recognizes(head))
                    return format;
            }
        }
    }
    return candidates.empty() ? nullptr : candidates.front();
}

std::vector<const MapFormat *> FormatRegistry::formats() const
{
    std::vector<const MapFormat *> list;
    for (const auto &format : m_formats)
        list.push_back(format.get());
    return list;
}

std::vector<const MapFormat *> FormatRegistry::formats(Purpose purpose) const
{
    std::vector<const MapFormat *> list;
    for (const auto &format : m_formats) {
        if (can(*format, purpose))
            list.push_back(format.get());
    }
    return list;
}

QStringList FormatRegistry::names(Purpose purpose) const
{
    QStringList names;
    for (const MapFormat *format : formats(purpose))
        names.append(format->name());
    return names;
}

QString FormatRegistry::fileFilter(Purpose purpose) const
{
    QStringList all;
    QStringList each;
    for (const MapFormat *format : formats(purpose)) {
        for (const QString &extension : format->extensions()) {
            if (!all.contains(u"*."_s + extension))
                all.append(u"*."_s + extension);
        }
        each.append(format->fileFilter());
    }
    const QString first = purpose == Purpose::Read ? tr("All maps Waymark can import (%1)") : tr("All formats (%1)");
    return first.arg(all.join(u' ')) + u";;"_s + each.join(u";;"_s);
}

MapData FormatRegistry::read(const QString &path, const QString &formatName) const
{
    const MapFormat *format = nullptr;
    if (!formatName.isEmpty()) {
        format = byName(formatName);
        if (!format || !format->canRead())
            throw FormatError(tr("'%1' is not a format Waymark reads (it reads: %2)")
                                  .arg(formatName, names(Purpose::Read).join(u", "_s)));
    } else {
        format = forFile(path, Purpose::Read);
        if (!format) {
            QStringList extensions;
            for (const MapFormat *f : formats(Purpose::Read))
                extensions.append(u"."_s + f->extensions().join(u", ."_s));
            throw FormatError(tr("cannot tell the format of %1 from its name: Waymark reads %2 files; "
                                 "name the format with --format")
                                  .arg(quoted(path), extensions.join(u", "_s)));
        }
    }
    return format->read(path);
}

} // namespace Waymark
