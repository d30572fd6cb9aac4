#include "pptxmapformat.h"

#include "pptxparts.h"
#include "pptxslide.h"
#include "slideexport.h"
#include "slidelayout.h"
#include "slidestyle.h"
#include "zipwriter.h"

#include "document/document.h"
#include "io/formaterror.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QFontInfo>
#include <QImage>
#include <QPainter>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Waymark {

namespace {

// The overview's map in pixels per slide unit: about 220 dpi on the slide, sharp on a projector
// and when zoomed in PowerPoint, a PNG of a megabyte or two.
constexpr double MapPixelsPerUnit = 1.5;

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Waymark", text, disambiguation, n);
}

struct Entry {
    QString name;
    QByteArray bytes;
    bool compress = true;
};

QByteArray mapPng(const SlideExport &slides, const QRectF &slot, QRectF *placed)
{
    *placed = SlideLayout::fitted(slides.mapSize(), slot);
    QImage image((placed->size() * MapPixelsPerUnit).toSize(), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return {};
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        slides.paintMap(&painter, QRectF(QPointF(0, 0), QSizeF(image.size())));
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

QString PptxMapFormat::name() const
{
    return u"pptx"_s;
}

QString PptxMapFormat::label() const
{
    return tr("PowerPoint slides (the presentation, editable)");
}

QString PptxMapFormat::note() const
{
    return tr("The slides of View ▸ Present as an editable deck: the overview, then each stage at a size a room can "
              "read; speaker notes with the evidence and survey n.");
}

QStringList PptxMapFormat::extensions() const
{
    return {u"pptx"_s};
}

QByteArray PptxMapFormat::package(const SlideExport &slides, const ExportOptions &options)
{
    const Document &document = slides.document();
    const int count = slides.count();
    // The family the layout measured with: PowerPoint breaks the lines alike where it has it.
    const QString font = QFontInfo(SlideStyle::font(SlideStyle::CardTitleSize)).family();
    ZipWriter zip;
    bool anyImage = false;
    QList<Entry> slideParts;
    for (int i = 0; i < count; ++i) {
        const SlidePicture &picture = slides.picture(i);
        QList<PptxParts::Relationship> rels{{u"rId1"_s, u"slideLayout"_s, u"../slideLayouts/slideLayout1.xml"_s},
                                            {u"rId2"_s, u"notesSlide"_s, u"../notesSlides/notesSlide%1.xml"_s.arg(i + 1)}};
        QString image;
        SlidePicture placed = picture;
        if (const SlideMap *map = picture.map()) {
            QRectF rect;
            const QByteArray png = mapPng(slides, map->rect, &rect);
            if (!png.isEmpty()) {
                // The picture goes where the map is drawn, in its own proportions.
                for (SlideItem &item : placed.items) {
                    if (auto *m = std::get_if<SlideMap>(&item))
                        m->rect = rect;
                }
                slideParts.append({u"ppt/media/image%1.png"_s.arg(i + 1), png, false}); // deflated already
                rels.append({u"rId3"_s, u"image"_s, u"../media/image%1.png"_s.arg(i + 1)});
                image = u"rId3"_s;
                anyImage = true;
            }
        }
        const QString description = tr("The journey map: %n stage(s)", nullptr, int(document.stages().size()));
        slideParts.append({u"ppt/slides/slide%1.xml"_s.arg(i + 1),
                           PptxSlide::slide(placed, slides.deck().title(document, i), font, image, description)});
        slideParts.append({u"ppt/slides/_rels/slide%1.xml.rels"_s.arg(i + 1), PptxParts::relationships(rels)});
        slideParts.append({u"ppt/notesSlides/notesSlide%1.xml"_s.arg(i + 1), PptxSlide::notes(slides.notes(i), font)});
        slideParts.append({u"ppt/notesSlides/_rels/notesSlide%1.xml.rels"_s.arg(i + 1),
                           PptxParts::relationships({{u"rId1"_s, u"notesMaster"_s, u"../notesMasters/notesMaster1.xml"_s},
                                                     {u"rId2"_s, u"slide"_s, u"../slides/slide%1.xml"_s.arg(i + 1)}})});
        if (!options.tellProgress(i + 1, count))
            throw FormatError::cancelledWriting(QString());
    }
    // [Content_Types].xml first, as Office writes it: some readers look for it there.
    zip.add(u"[Content_Types].xml"_s, PptxParts::contentTypes(count, anyImage));
    zip.add(u"_rels/.rels"_s, PptxParts::rootRelationships());
    zip.add(u"docProps/core.xml"_s, PptxParts::coreProperties(document.info().title, QDateTime::currentDateTimeUtc()));
    zip.add(u"docProps/app.xml"_s, PptxParts::appProperties(count));
    zip.add(u"ppt/presentation.xml"_s, PptxParts::presentation(count));
    zip.add(u"ppt/_rels/presentation.xml.rels"_s, PptxParts::presentationRelationships(count));
    zip.add(u"ppt/presProps.xml"_s, PptxParts::presentationProperties());
    zip.add(u"ppt/viewProps.xml"_s, PptxParts::viewProperties());
    zip.add(u"ppt/tableStyles.xml"_s, PptxParts::tableStyles());
    zip.add(u"ppt/theme/theme1.xml"_s, PptxParts::theme(font));
    zip.add(u"ppt/theme/theme2.xml"_s, PptxParts::theme(font));
    zip.add(u"ppt/slideMasters/slideMaster1.xml"_s, PptxParts::slideMaster());
    zip.add(u"ppt/slideMasters/_rels/slideMaster1.xml.rels"_s, PptxParts::slideMasterRelationships());
    zip.add(u"ppt/slideLayouts/slideLayout1.xml"_s, PptxParts::slideLayout());
    zip.add(u"ppt/slideLayouts/_rels/slideLayout1.xml.rels"_s, PptxParts::slideLayoutRelationships());
    zip.add(u"ppt/notesMasters/notesMaster1.xml"_s, PptxParts::notesMaster());
    zip.add(u"ppt/notesMasters/_rels/notesMaster1.xml.rels"_s, PptxParts::notesMasterRelationships());
    for (const Entry &entry : slideParts)
        zip.add(entry.name, entry.bytes, entry.compress);
    return zip.finish();
}

void PptxMapFormat::write(Document &document, const QString &path, const ExportOptions &options) const
{
    QByteArray bytes;
    try {
        const SlideExport slides(document, options);
        bytes = package(slides, options);
    } catch (const FormatError &e) {
        throw e.isCancelled() ? FormatError::cancelledWriting(path) : e;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw FormatError(tr("cannot write '%1': %2").arg(path, file.errorString()));
}

} // namespace Waymark
