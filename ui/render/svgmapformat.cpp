#include "svgmapformat.h"

#include "document/document.h"
#include "exportscene.h"
#include "io/formaterror.h"
#include "io/savefile.h"
#include "mapsheet.h"
#include "model/valuebounds.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QSvgGenerator>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Waymark {

QString SvgMapFormat::name() const
{
    return u"svg"_s;
}

QString SvgMapFormat::label() const
{
    return QCoreApplication::translate("Waymark", "SVG drawing");
}

QString SvgMapFormat::note() const
{
    return QCoreApplication::translate("Waymark", "Vector output: text stays text, sharp at any size.");
}

QList<ExportOption> SvgMapFormat::options() const
{
    return {ExportOption::Title, ExportOption::Legend, ExportOption::Selection, ExportOption::StageRange, ExportOption::Compact,
            ExportOption::Segment};
}

QStringList SvgMapFormat::extensions() const
{
    return {u"svg"_s};
}

void SvgMapFormat::write(Document &document, const QString &path, const ExportOptions &options) const
{
    constexpr double margin = 16;
    ExportScene scene(document, options);
    MapSheet sheet(scene, scene.firstColumn(), scene.lastColumn(), 0, int(scene.layout().rows().size()) - 1);
    const QSizeF natural = sheet.size() + QSizeF(2 * margin, 2 * margin);
    // In doubles until checked: a map of a million stages would overflow an int.
    constexpr double MaxSide = 10'000'000;
    if (!(natural.width() <= MaxSide && natural.height() <= MaxSide))
        throw FormatError(QCoreApplication::translate("Waymark", "the drawing would be %1 x %2 units, too large for SVG; "
                                                                 "export PDF, which splits it into pages")
                              .arg(QString::number(natural.width(), 'f', 0), QString::number(natural.height(), 'f', 0)));
    const QSize size(int(std::ceil(natural.width())), int(std::ceil(natural.height())));

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setResolution(96);
    // Qt 6.4 writes these into <title> and <desc> as they are: escaped here, or a title holding
    // "</title><script>" would put a script into the drawing.
    generator.setTitle(ValueBounds::forDisplay(document.info().title, 1000).toHtmlEscaped());
    generator.setDescription(ValueBounds::forDisplay(document.info().description).toHtmlEscaped());
    {
        QPainter painter(&generator);
        if (!options.transparent)
            painter.fillRect(QRect(QPoint(0, 0), size), Qt::white);
        sheet.paint(&painter, QRectF(QPointF(margin, margin), sheet.size()));
    }
    writeFileAtomically(path, buffer.data());
}

} // namespace Waymark
