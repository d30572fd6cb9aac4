#include "personaimporter.h"

#include "commands/importpersonascommand.h"
#include "document/document.h"
#include "editor/mapsession.h"
#include "io/personaimport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace Waymark::PersonaImporter {

QString importFrom(MapSession *session, const QString &path)
{
    const auto tr = [](const char *text, int n = -1) { return QCoreApplication::translate("Waymark", text, nullptr, n); };
    const QString file = QFileInfo(path).fileName();
    const QList<Persona> incoming = PersonaImport::readFrom(path);
    if (incoming.isEmpty())
        return tr("%1 has no personas.").arg(file);
    QStringList skipped;
    const QList<Persona> added = PersonaImport::newTo(*session->document(), incoming, &skipped);
    if (!added.isEmpty())
        session->push(new ImportPersonasCommand(session->document(), added));
    QString message = added.size() == 1 ? tr("Imported 1 persona from %1.").arg(file)
                                        : tr("Imported %1 personas from %2.").arg(added.size()).arg(file);
    if (!skipped.isEmpty())
        message += u' ' + tr("Skipped %1 this map has already: %2.").arg(skipped.size()).arg(QLocale().createSeparatedList(skipped));
    return message;
}

} // namespace Waymark::PersonaImporter
