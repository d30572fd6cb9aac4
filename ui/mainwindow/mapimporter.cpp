#include "mapimporter.h"

#include "io/formaterror.h"
#include "io/formatregistry.h"
#include "io/translate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Waymark::MapImporter {

namespace {

const QString SettingsFolder = u"import/folder"_s;

} // namespace

bool canImport(const QString &path)
{
    const QFileInfo info(path);
    return info.suffix().compare(u"waymark"_s, Qt::CaseInsensitive) != 0
        && FormatRegistry::instance().forFile(path, FormatRegistry::Purpose::Read) != nullptr;
}

QString askForFile(QWidget *parent)
{
    const QString folder = QSettings().value(SettingsFolder, QSettings().value(u"lastFolder"_s).toString()).toString();
    const QString path = QFileDialog::getOpenFileName(parent, tr("Import Map"), folder,
                                                      FormatRegistry::instance().fileFilter(FormatRegistry::Purpose::Read));
    if (!path.isEmpty())
        QSettings().setValue(SettingsFolder, QFileInfo(path).absolutePath());
    return path;
}

std::optional<MapData> read(QWidget *parent, const QString &path)
{
    try {
        MapData data = FormatRegistry::instance().read(path);
        if (data.info.title.trimmed().isEmpty())
            data.info.title = QFileInfo(path).completeBaseName();
        return data;
    } catch (const FormatError &e) {
        QMessageBox box(QMessageBox::Warning, tr("Cannot Import the Map"),
                        tr("“%1” could not be read; no map was made.").arg(QFileInfo(path).fileName()), QMessageBox::Ok, parent);
        box.setInformativeText(e.message());
        box.exec();
        return std::nullopt;
    }
}

QString readableFormats()
{
    QStringList labels;
    for (const MapFormat *format : FormatRegistry::instance().formats(FormatRegistry::Purpose::Read))
        labels.append(format->label());
    return labels.join(u", "_s);
}

} // namespace Waymark::MapImporter
