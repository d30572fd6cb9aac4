#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Waymark {

class OoxmlWriter;

// The parts of a PresentationML package that do not depend on the slides' content: the
// content types, the relationships, the document properties, the presentation, one slide
// master with one layout (a title only: the slides place everything themselves), the theme,
// and the notes master. Minimal but complete: PowerPoint and LibreOffice refuse, or offer to
// repair, packages that leave out what they expect.
namespace PptxParts {

constexpr qint64 EmuPerUnit = 6350;    // a slide unit (1/1080 of the height) is half a point
constexpr qint64 SlideWidth = 12192000; // 13.333 in: PowerPoint's widescreen slide
constexpr qint64 SlideHeight = 6858000;

namespace Rel {
inline constexpr char16_t Base[] = u"http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
QString type(const char *name); // "slide" -> the full relationship type
}

struct Relationship {
    QString id;
    QString type; // short name: "slide", "theme", "image"...
    QString target;
};
QByteArray relationships(const QList<Relationship> &list);
// The start of every shape tree: its own group's properties, at no offset.
void emptyGroup(OoxmlWriter &x);

QByteArray contentTypes(int slides, bool pngImages);
QByteArray rootRelationships();
QByteArray coreProperties(const QString &title, const QDateTime &when);
QByteArray appProperties(int slides);
QByteArray presentation(int slides);
QByteArray presentationRelationships(int slides);
QByteArray presentationProperties();
QByteArray viewProperties();
QByteArray tableStyles();
QByteArray theme(const QString &fontFamily);
QByteArray slideMaster();
QByteArray slideMasterRelationships();
QByteArray slideLayout();
QByteArray slideLayoutRelationships();
QByteArray notesMaster();
QByteArray notesMasterRelationships();

} // namespace PptxParts

} // namespace Waymark
