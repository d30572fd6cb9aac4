#include "pptxslide.h"

#include "ooxmlwriter.h"
#include "pptxparts.h"
#include "slidenotes.h"
#include "slidestyle.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace Waymark::PptxSlide {

namespace {

using A = OoxmlWriter::Attributes;
using PptxParts::EmuPerUnit;

qint64 emu(double units)
{
    return qint64(std::llround(units * EmuPerUnit));
}

QString n(qint64 value)
{
    return QString::number(value);
}

QString roleName(SlideRole role)
{
    switch (role) {
    case SlideRole::Background: return u"Shape"_s;
    case SlideRole::Panel: return u"Panel"_s;
    case SlideRole::Caption: return u"Caption"_s;
    case SlideRole::Title: return u"Title"_s;
    case SlideRole::FilterLabel: return u"View filter"_s;
    case SlideRole::LaneLabel: return u"Lane"_s;
    case SlideRole::Card: return u"Card"_s;
    case SlideRole::CardTitle: return u"Card title"_s;
    case SlideRole::CardText: return u"Card text"_s;
    case SlideRole::CardMeta: return u"Card details"_s;
    case SlideRole::PanelLabel: return u"Label"_s;
    case SlideRole::Figure: return u"Figure"_s;
    case SlideRole::FigureDetail: return u"Figure detail"_s;
    case SlideRole::Persona: return u"Persona"_s;
    case SlideRole::EmotionChart: return u"Emotion curve"_s;
    case SlideRole::Footer: return u"Footer"_s;
    case SlideRole::Overview: return u"Map"_s;
    }
    return u"Shape"_s;
}

// Writes the shapes of one slide, numbering them as PowerPoint wants (unique per slide).
class ShapeWriter
{
public:
    ShapeWriter(OoxmlWriter &x, QString font)
        : m_x(x)
        , m_font(std::move(font))
    {
    }

    void transform(const QRectF &rect, const QString &element = u"a:xfrm"_s, bool group = false)
    {
        m_x.start(element);
        m_x.empty(u"a:off"_s, {{u"x"_s, n(emu(rect.left()))}, {u"y"_s, n(emu(rect.top()))}});
        m_x.empty(u"a:ext"_s, {{u"cx"_s, n(std::max<qint64>(1, emu(rect.width())))}, {u"cy"_s, n(std::max<qint64>(1, emu(rect.height())))}});
        if (group) {
            m_x.empty(u"a:chOff"_s, {{u"x"_s, n(emu(rect.left()))}, {u"y"_s, n(emu(rect.top()))}});
            m_x.empty(u"a:chExt"_s, {{u"cx"_s, n(std::max<qint64>(1, emu(rect.width())))}, {u"cy"_s, n(std::max<qint64>(1, emu(rect.height())))}});
        }
        m_x.end();
    }

    void fill(const QColor &color)
    {
        if (!color.isValid()) {
            m_x.empty(u"a:noFill"_s);
            return;
        }
        m_x.start(u"a:solidFill"_s);
        m_x.empty(u"a:srgbClr"_s, {{u"val"_s, OoxmlWriter::hex(color)}});
        m_x.end();
    }

    void nonVisual(const QString &element, const QString &name, bool textBox = false, const QString &placeholder = {},
                   const QString &description = {})
    {
        m_x.start(element);
        A cNvPr{{u"id"_s, n(m_next++)}, {u"name"_s, u"%1 %2"_s.arg(name).arg(m_next - 1)}};
        if (!description.isEmpty())
            cNvPr.append({u"descr"_s, description});
        m_x.empty(u"p:cNvPr"_s, cNvPr);
        if (element == u"p:nvPicPr"_s) {
            m_x.start(u"p:cNvPicPr"_s);
            m_x.empty(u"a:picLocks"_s, {{u"noChangeAspect"_s, u"1"_s}});
            m_x.end();
        } else if (element == u"p:nvGrpSpPr"_s) {
            m_x.empty(u"p:cNvGrpSpPr"_s);
        } else if (!placeholder.isEmpty()) {
            m_x.start(u"p:cNvSpPr"_s);
            m_x.empty(u"a:spLocks"_s, {{u"noGrp"_s, u"1"_s}});
            m_x.end();
        } else {
            m_x.empty(u"p:cNvSpPr"_s, textBox ? A{{u"txBox"_s, u"1"_s}} : A{});
        }
        if (placeholder.isEmpty()) {
            m_x.empty(u"p:nvPr"_s);
        } else {
            m_x.start(u"p:nvPr"_s);
            m_x.empty(u"p:ph"_s, {{u"type"_s, placeholder}});
            m_x.end();
        }
        m_x.end();
    }

    void shape(const SlideShape &shape)
    {
        m_x.start(u"p:sp"_s);
        nonVisual(u"p:nvSpPr"_s, roleName(shape.role));
        m_x.start(u"p:spPr"_s);
        transform(shape.rect);
        QString preset = shape.ellipse ? u"ellipse"_s : shape.radius > 0 ? u"roundRect"_s : u"rect"_s;
        m_x.start(u"a:prstGeom"_s, {{u"prst"_s, preset}});
        if (preset == u"roundRect"_s) {
            // The corner's radius as a share of the shorter side, in 1/100000.
            const double side = std::max(1.0, std::min(shape.rect.width(), shape.rect.height()));
            const qint64 adjust = std::clamp<qint64>(std::llround(shape.radius / side * 100000), 0, 50000);
            m_x.start(u"a:avLst"_s);
            m_x.empty(u"a:gd"_s, {{u"name"_s, u"adj"_s}, {u"fmla"_s, u"val %1"_s.arg(adjust)}});
            m_x.end();
        } else {
            m_x.empty(u"a:avLst"_s);
        }
        m_x.end();
        fill(shape.fill);
        if (shape.border.isValid() && shape.borderWidth > 0) {
            m_x.start(u"a:ln"_s, {{u"w"_s, n(emu(shape.borderWidth))}});
            fill(shape.border);
            m_x.end();
        } else {
            m_x.start(u"a:ln"_s);
            m_x.empty(u"a:noFill"_s);
            m_x.end();
        }
        m_x.end();
        m_x.end();
    }

    void text(const SlideText &text)
    {
        const bool title = text.role == SlideRole::Title;
        m_x.start(u"p:sp"_s);
        nonVisual(u"p:nvSpPr"_s, roleName(text.role), !title, title ? u"title"_s : QString());
        m_x.start(u"p:spPr"_s);
        // A little room to the side: another machine's font may set the words a bit wider.
        QRectF box = text.rect;
        const double slack = box.width() * 0.03;
        if (text.alignment & Qt::AlignRight)
            box.setLeft(box.left() - slack);
        else
            box.setRight(box.right() + slack);
        transform(box);
        m_x.start(u"a:prstGeom"_s, {{u"prst"_s, u"rect"_s}});
        m_x.empty(u"a:avLst"_s);
        m_x.end();
        m_x.empty(u"a:noFill"_s);
        m_x.end();
        m_x.start(u"p:txBody"_s);
        m_x.start(u"a:bodyPr"_s, {{u"wrap"_s, u"square"_s}, {u"lIns"_s, u"0"_s}, {u"tIns"_s, u"0"_s}, {u"rIns"_s, u"0"_s},
                                  {u"bIns"_s, u"0"_s}, {u"anchor"_s, u"t"_s}});
        m_x.empty(u"a:noAutofit"_s);
        m_x.end();
        m_x.empty(u"a:lstStyle"_s);
        const QString align = text.alignment & Qt::AlignRight ? u"r"_s : text.alignment & Qt::AlignHCenter ? u"ctr"_s : u"l"_s;
        // The words as the layout set them, a paragraph each; PowerPoint breaks the lines again
        // in the same box.
        const QStringList paragraphs = text.paragraphs.isEmpty() ? QStringList{text.lines.join(u' ')} : text.paragraphs;
        for (const QString &paragraph : paragraphs) {
            m_x.start(u"a:p"_s);
            m_x.start(u"a:pPr"_s, {{u"algn"_s, align}});
            m_x.start(u"a:lnSpc"_s);
            m_x.empty(u"a:spcPts"_s, {{u"val"_s, n(std::llround(text.lineHeight() * 50))}});
            m_x.end();
            m_x.empty(u"a:buNone"_s);
            m_x.end();
            m_x.start(u"a:r"_s);
            m_x.start(u"a:rPr"_s, {{u"sz"_s, pointSize(text.size)}, {u"b"_s, text.bold ? u"1"_s : u"0"_s}, {u"dirty"_s, u"0"_s}});
            fill(text.color);
            m_x.empty(u"a:latin"_s, {{u"typeface"_s, m_font}});
            m_x.end();
            m_x.textElement(u"a:t"_s, paragraph);
            m_x.end(); // r
            m_x.end(); // p
        }
        m_x.end(); // txBody
        m_x.end(); // sp
    }

    void line(const SlideLine &line)
    {
        if (line.points.size() < 2)
            return;
        // A path in a box around the points, at least a line's width each way.
        QRectF box = line.points.boundingRect();
        if (box.height() < 2)
            box.adjust(0, -1, 0, 1);
        if (box.width() < 2)
            box.adjust(-1, 0, 1, 0);
        const qint64 w = std::max<qint64>(1, emu(box.width()));
        const qint64 h = std::max<qint64>(1, emu(box.height()));
        m_x.start(u"p:sp"_s);
        nonVisual(u"p:nvSpPr"_s, roleName(line.role));
        m_x.start(u"p:spPr"_s);
        transform(box);
        m_x.start(u"a:custGeom"_s);
        m_x.empty(u"a:avLst"_s);
        m_x.empty(u"a:gdLst"_s);
        m_x.empty(u"a:ahLst"_s);
        m_x.empty(u"a:cxnLst"_s);
        m_x.empty(u"a:rect"_s, {{u"l"_s, u"0"_s}, {u"t"_s, u"0"_s}, {u"r"_s, u"r"_s}, {u"b"_s, u"b"_s}});
        m_x.start(u"a:pathLst"_s);
        m_x.start(u"a:path"_s, {{u"w"_s, n(w)}, {u"h"_s, n(h)}, {u"fill"_s, u"none"_s}});
        for (qsizetype i = 0; i < line.points.size(); ++i) {
            const QPointF p = line.points.at(i) - box.topLeft();
            m_x.start(i == 0 ? u"a:moveTo"_s : u"a:lnTo"_s);
            m_x.empty(u"a:pt"_s, {{u"x"_s, n(emu(p.x()))}, {u"y"_s, n(emu(p.y()))}});
            m_x.end();
        }
        m_x.end();
        m_x.end();
        m_x.end(); // custGeom
        m_x.empty(u"a:noFill"_s);
        m_x.start(u"a:ln"_s, {{u"w"_s, n(emu(line.width))}, {u"cap"_s, u"rnd"_s}});
        fill(line.color);
        m_x.empty(u"a:round"_s);
        m_x.end();
        m_x.end(); // spPr
        m_x.end(); // sp
    }

    void picture(const QRectF &rect, const QString &relationship, const QString &description)
    {
        m_x.start(u"p:pic"_s);
        nonVisual(u"p:nvPicPr"_s, u"Map"_s, false, {}, description);
        m_x.start(u"p:blipFill"_s);
        m_x.empty(u"a:blip"_s, {{u"r:embed"_s, relationship}});
        m_x.start(u"a:stretch"_s);
        m_x.empty(u"a:fillRect"_s);
        m_x.end();
        m_x.end();
        m_x.start(u"p:spPr"_s);
        transform(rect);
        m_x.start(u"a:prstGeom"_s, {{u"prst"_s, u"rect"_s}});
        m_x.empty(u"a:avLst"_s);
        m_x.end();
        m_x.end();
        m_x.end();
    }

    void startGroup(const QRectF &bounds, const QString &name)
    {
        m_x.start(u"p:grpSp"_s);
        nonVisual(u"p:nvGrpSpPr"_s, name);
        m_x.start(u"p:grpSpPr"_s);
        transform(bounds, u"a:xfrm"_s, true);
        m_x.end();
    }
    void endGroup() { m_x.end(); }

private:
    OoxmlWriter &m_x;
    QString m_font;
    int m_next = 2; // 1 is the slide's own shape tree
};

QRectF boundsOf(const SlideItem &item)
{
    if (const auto *shape = std::get_if<SlideShape>(&item))
        return shape->rect;
    if (const auto *text = std::get_if<SlideText>(&item))
        return text->rect;
    if (const auto *line = std::get_if<SlideLine>(&item))
        return line->points.boundingRect();
    return std::get<SlideMap>(item).rect;
}

Id cardOf(const SlideItem &item)
{
    if (const auto *shape = std::get_if<SlideShape>(&item))
        return shape->card;
    if (const auto *text = std::get_if<SlideText>(&item))
        return text->card;
    return 0;
}

void openSlideTree(OoxmlWriter &x)
{
    x.start(u"p:spTree"_s);
    PptxParts::emptyGroup(x);
}

void closeSlide(OoxmlWriter &x)
{
    x.end(); // spTree
    x.end(); // cSld
    x.start(u"p:clrMapOvr"_s);
    x.empty(u"a:masterClrMapping"_s);
    x.end();
}

} // namespace

QString pointSize(double units)
{
    // One unit is half a point; sizes are in hundredths of a point.
    return QString::number(std::clamp<qint64>(std::llround(units * 50), 100, 400000));
}

QByteArray slide(const SlidePicture &picture, const QString &name, const QString &fontFamily, const QString &mapImage,
                 const QString &mapDescription)
{
    OoxmlWriter x;
    x.start(u"p:sld"_s, OoxmlWriter::presentationNamespaces());
    x.start(u"p:cSld"_s, {{u"name"_s, name}});
    openSlideTree(x);
    ShapeWriter shapes(x, fontFamily);
    const QRectF whole(QPointF(0, 0), picture.size);
    for (qsizetype i = 0; i < picture.items.size();) {
        const SlideItem &item = picture.items.at(i);
        // The slide's own background is the master's.
        if (const auto *shape = std::get_if<SlideShape>(&item); shape && shape->role == SlideRole::Background && shape->rect == whole) {
            ++i;
            continue;
        }
        if (const Id card = cardOf(item)) {
            // A card's box and texts move together.
            qsizetype end = i;
            QRectF bounds;
            while (end < picture.items.size() && cardOf(picture.items.at(end)) == card)
                bounds |= boundsOf(picture.items.at(end++));
            shapes.startGroup(bounds, u"Card"_s);
            for (; i < end; ++i) {
                if (const auto *s = std::get_if<SlideShape>(&picture.items.at(i)))
                    shapes.shape(*s);
                else if (const auto *t = std::get_if<SlideText>(&picture.items.at(i)))
                    shapes.text(*t);
            }
            shapes.endGroup();
            continue;
        }
        if (const auto *shape = std::get_if<SlideShape>(&item))
            shapes.shape(*shape);
        else if (const auto *text = std::get_if<SlideText>(&item))
            shapes.text(*text);
        else if (const auto *line = std::get_if<SlideLine>(&item))
            shapes.line(*line);
        else if (const auto *map = std::get_if<SlideMap>(&item); map && !mapImage.isEmpty())
            shapes.picture(map->rect, mapImage, mapDescription);
        ++i;
    }
    closeSlide(x);
    x.end();
    return x.finish();
}

QByteArray notes(const SlideNotes::Notes &notes, const QString &fontFamily)
{
    OoxmlWriter x;
    x.start(u"p:notes"_s, OoxmlWriter::presentationNamespaces());
    x.start(u"p:cSld"_s);
    openSlideTree(x);
    const auto placeholderStart = [&x](int id, const QString &name, const A &ph, const A &locks) {
        x.start(u"p:sp"_s);
        x.start(u"p:nvSpPr"_s);
        x.empty(u"p:cNvPr"_s, {{u"id"_s, n(id)}, {u"name"_s, name}});
        x.start(u"p:cNvSpPr"_s);
        x.empty(u"a:spLocks"_s, locks);
        x.end();
        x.start(u"p:nvPr"_s);
        x.empty(u"p:ph"_s, ph);
        x.end();
        x.end();
        x.empty(u"p:spPr"_s);
    };
    placeholderStart(2, u"Slide Image Placeholder 1"_s, {{u"type"_s, u"sldImg"_s}},
                     {{u"noGrp"_s, u"1"_s}, {u"noRot"_s, u"1"_s}, {u"noChangeAspect"_s, u"1"_s}});
    x.end();
    placeholderStart(3, u"Notes Placeholder 2"_s, {{u"type"_s, u"body"_s}, {u"idx"_s, u"1"_s}}, {{u"noGrp"_s, u"1"_s}});
    x.start(u"p:txBody"_s);
    x.empty(u"a:bodyPr"_s);
    x.empty(u"a:lstStyle"_s);
    for (const QString &paragraph : notes.text().split(u'\n')) {
        x.start(u"a:p"_s);
        if (paragraph.isEmpty()) {
            x.empty(u"a:endParaRPr"_s, {{u"sz"_s, u"1200"_s}});
        } else {
            x.start(u"a:r"_s);
            x.start(u"a:rPr"_s, {{u"sz"_s, u"1200"_s}, {u"dirty"_s, u"0"_s}});
            x.empty(u"a:latin"_s, {{u"typeface"_s, fontFamily}});
            x.end();
            x.textElement(u"a:t"_s, paragraph);
            x.end();
        }
        x.end();
    }
    x.end(); // txBody
    x.end(); // sp
    closeSlide(x);
    x.end();
    return x.finish();
}

} // namespace Waymark::PptxSlide
