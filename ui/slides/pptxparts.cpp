#include "pptxparts.h"

#include "ooxmlwriter.h"
#include "slidestyle.h"

using namespace Qt::StringLiterals;

namespace Waymark::PptxParts {

namespace {

using A = OoxmlWriter::Attributes;

const QString PresentationMain = u"application/vnd.openxmlformats-officedocument.presentationml."_s;

QString n(qint64 value)
{
    return QString::number(value);
}

void color(OoxmlWriter &x, const QString &hex)
{
    x.start(u"a:solidFill"_s);
    x.empty(u"a:srgbClr"_s, {{u"val"_s, hex}});
    x.end();
}

} // namespace

void emptyGroup(OoxmlWriter &x)
{
    x.start(u"p:nvGrpSpPr"_s);
    x.empty(u"p:cNvPr"_s, {{u"id"_s, u"1"_s}, {u"name"_s, QString()}});
    x.empty(u"p:cNvGrpSpPr"_s);
    x.empty(u"p:nvPr"_s);
    x.end();
    x.start(u"p:grpSpPr"_s);
    x.start(u"a:xfrm"_s);
    x.empty(u"a:off"_s, {{u"x"_s, u"0"_s}, {u"y"_s, u"0"_s}});
    x.empty(u"a:ext"_s, {{u"cx"_s, u"0"_s}, {u"cy"_s, u"0"_s}});
    x.empty(u"a:chOff"_s, {{u"x"_s, u"0"_s}, {u"y"_s, u"0"_s}});
    x.empty(u"a:chExt"_s, {{u"cx"_s, u"0"_s}, {u"cy"_s, u"0"_s}});
    x.end();
    x.end();
}

namespace {

// A placeholder of the masters: `type` ("title", "sldImg", "body"), where it sits, its text.
void placeholder(OoxmlWriter &x, int id, const QString &name, const QString &type, const QString &index, qint64 left, qint64 top,
                 qint64 width, qint64 height, bool text)
{
    x.start(u"p:sp"_s);
    x.start(u"p:nvSpPr"_s);
    x.empty(u"p:cNvPr"_s, {{u"id"_s, n(id)}, {u"name"_s, name}});
    x.start(u"p:cNvSpPr"_s);
    if (type == u"sldImg"_s)
        x.empty(u"a:spLocks"_s, {{u"noGrp"_s, u"1"_s}, {u"noRot"_s, u"1"_s}, {u"noChangeAspect"_s, u"1"_s}});
    else
        x.empty(u"a:spLocks"_s, {{u"noGrp"_s, u"1"_s}});
    x.end();
    x.start(u"p:nvPr"_s);
    A ph{{u"type"_s, type}};
    if (!index.isEmpty())
        ph.append({u"idx"_s, index});
    x.empty(u"p:ph"_s, ph);
    x.end();
    x.end();
    x.start(u"p:spPr"_s);
    if (width > 0) {
        x.start(u"a:xfrm"_s);
        x.empty(u"a:off"_s, {{u"x"_s, n(left)}, {u"y"_s, n(top)}});
        x.empty(u"a:ext"_s, {{u"cx"_s, n(width)}, {u"cy"_s, n(height)}});
        x.end();
        x.start(u"a:prstGeom"_s, {{u"prst"_s, u"rect"_s}});
        x.empty(u"a:avLst"_s);
        x.end();
    }
    x.end();
    if (text) {
        x.start(u"p:txBody"_s);
        x.empty(u"a:bodyPr"_s);
        x.empty(u"a:lstStyle"_s);
        x.start(u"a:p"_s);
        x.empty(u"a:endParaRPr"_s);
        x.end();
        x.end();
    }
    x.end();
}

// The first level of a text style: size in hundredths of a point, a scheme colour.
void level(OoxmlWriter &x, const QString &name, int size, bool bold, const QString &scheme, const QString &font)
{
    x.start(name, {{u"marL"_s, u"0"_s}, {u"algn"_s, u"l"_s}});
    x.start(u"a:defRPr"_s, {{u"sz"_s, n(size)}, {u"b"_s, bold ? u"1"_s : u"0"_s}});
    x.start(u"a:solidFill"_s);
    x.empty(u"a:schemeClr"_s, {{u"val"_s, scheme}});
    x.end();
    x.empty(u"a:latin"_s, {{u"typeface"_s, font}});
    x.end();
    x.end();
}

A colorMap(bool dark)
{
    // The slides are dark: their background is the theme's dark 1 and their text its light 1.
    // Notes pages are printed: light background, dark text.
    A map{{u"bg1"_s, dark ? u"dk1"_s : u"lt1"_s}, {u"tx1"_s, dark ? u"lt1"_s : u"dk1"_s},
          {u"bg2"_s, dark ? u"dk2"_s : u"lt2"_s}, {u"tx2"_s, dark ? u"lt2"_s : u"dk2"_s}};
    for (int i = 1; i <= 6; ++i)
        map.append({u"accent%1"_s.arg(i), u"accent%1"_s.arg(i)});
    map.append({u"hlink"_s, u"hlink"_s});
    map.append({u"folHlink"_s, u"folHlink"_s});
    return map;
}

} // namespace

QString Rel::type(const char *name)
{
    return QString::fromUtf16(Base) + QString::fromLatin1(name);
}

QByteArray relationships(const QList<Relationship> &list)
{
    OoxmlWriter x;
    x.start(u"Relationships"_s, {{u"xmlns"_s, u"http://schemas.openxmlformats.org/package/2006/relationships"_s}});
    for (const Relationship &r : list) {
        const QString type = r.type == u"core-properties"_s
            ? u"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"_s
            : Rel::type(r.type.toLatin1().constData());
        x.empty(u"Relationship"_s, {{u"Id"_s, r.id}, {u"Type"_s, type}, {u"Target"_s, r.target}});
    }
    x.end();
    return x.finish();
}

QByteArray contentTypes(int slides, bool pngImages)
{
    OoxmlWriter x;
    x.start(u"Types"_s, {{u"xmlns"_s, u"http://schemas.openxmlformats.org/package/2006/content-types"_s}});
    x.empty(u"Default"_s, {{u"Extension"_s, u"rels"_s}, {u"ContentType"_s, u"application/vnd.openxmlformats-package.relationships+xml"_s}});
    x.empty(u"Default"_s, {{u"Extension"_s, u"xml"_s}, {u"ContentType"_s, u"application/xml"_s}});
    if (pngImages)
        x.empty(u"Default"_s, {{u"Extension"_s, u"png"_s}, {u"ContentType"_s, u"image/png"_s}});
    const auto part = [&x](const QString &name, const QString &type) {
        x.empty(u"Override"_s, {{u"PartName"_s, name}, {u"ContentType"_s, type}});
    };
    part(u"/ppt/presentation.xml"_s, PresentationMain + u"presentation.main+xml"_s);
    part(u"/ppt/slideMasters/slideMaster1.xml"_s, PresentationMain + u"slideMaster+xml"_s);
    part(u"/ppt/slideLayouts/slideLayout1.xml"_s, PresentationMain + u"slideLayout+xml"_s);
    part(u"/ppt/notesMasters/notesMaster1.xml"_s, PresentationMain + u"notesMaster+xml"_s);
    for (int i = 1; i <= slides; ++i) {
        part(u"/ppt/slides/slide%1.xml"_s.arg(i), PresentationMain + u"slide+xml"_s);
        part(u"/ppt/notesSlides/notesSlide%1.xml"_s.arg(i), PresentationMain + u"notesSlide+xml"_s);
    }
    part(u"/ppt/theme/theme1.xml"_s, u"application/vnd.openxmlformats-officedocument.theme+xml"_s);
    part(u"/ppt/theme/theme2.xml"_s, u"application/vnd.openxmlformats-officedocument.theme+xml"_s);
    part(u"/ppt/presProps.xml"_s, PresentationMain + u"presProps+xml"_s);
    part(u"/ppt/viewProps.xml"_s, PresentationMain + u"viewProps+xml"_s);
    part(u"/ppt/tableStyles.xml"_s, PresentationMain + u"tableStyles+xml"_s);
    part(u"/docProps/core.xml"_s, u"application/vnd.openxmlformats-package.core-properties+xml"_s);
    part(u"/docProps/app.xml"_s, u"application/vnd.openxmlformats-officedocument.extended-properties+xml"_s);
    x.end();
    return x.finish();
}

QByteArray rootRelationships()
{
    return relationships({{u"rId1"_s, u"officeDocument"_s, u"ppt/presentation.xml"_s},
                          {u"rId2"_s, u"core-properties"_s, u"docProps/core.xml"_s},
                          {u"rId3"_s, u"extended-properties"_s, u"docProps/app.xml"_s}});
}

QByteArray coreProperties(const QString &title, const QDateTime &when)
{
    OoxmlWriter x;
    x.start(u"cp:coreProperties"_s, {{u"xmlns:cp"_s, u"http://schemas.openxmlformats.org/package/2006/metadata/core-properties"_s},
                                      {u"xmlns:dc"_s, u"http://purl.org/dc/elements/1.1/"_s},
                                      {u"xmlns:dcterms"_s, u"http://purl.org/dc/terms/"_s},
                                      {u"xmlns:dcmitype"_s, u"http://purl.org/dc/dcmitype/"_s},
                                      {u"xmlns:xsi"_s, u"http://www.w3.org/2001/XMLSchema-instance"_s}});
    x.textElement(u"dc:title"_s, title);
    x.textElement(u"dc:creator"_s, u"Waymark"_s);
    const QString stamp = when.toUTC().toString(Qt::ISODate);
    x.textElement(u"dcterms:created"_s, stamp, {{u"xsi:type"_s, u"dcterms:W3CDTF"_s}});
    x.textElement(u"dcterms:modified"_s, stamp, {{u"xsi:type"_s, u"dcterms:W3CDTF"_s}});
    x.end();
    return x.finish();
}

QByteArray appProperties(int slides)
{
    OoxmlWriter x;
    x.start(u"Properties"_s, {{u"xmlns"_s, u"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"_s},
                              {u"xmlns:vt"_s, u"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"_s}});
    x.textElement(u"PresentationFormat"_s, u"Widescreen"_s);
    x.textElement(u"Slides"_s, n(slides));
    x.textElement(u"Notes"_s, n(slides));
    x.textElement(u"Application"_s, u"Waymark"_s);
    x.end();
    return x.finish();
}

QByteArray presentation(int slides)
{
    OoxmlWriter x;
    x.start(u"p:presentation"_s, OoxmlWriter::presentationNamespaces());
    x.start(u"p:sldMasterIdLst"_s);
    x.empty(u"p:sldMasterId"_s, {{u"id"_s, u"2147483648"_s}, {u"r:id"_s, u"rId1"_s}});
    x.end();
    x.start(u"p:notesMasterIdLst"_s);
    x.empty(u"p:notesMasterId"_s, {{u"r:id"_s, u"rId2"_s}});
    x.end();
    x.start(u"p:sldIdLst"_s);
    for (int i = 0; i < slides; ++i)
        x.empty(u"p:sldId"_s, {{u"id"_s, n(256 + i)}, {u"r:id"_s, u"rId%1"_s.arg(10 + i)}});
    x.end();
    x.empty(u"p:sldSz"_s, {{u"cx"_s, n(SlideWidth)}, {u"cy"_s, n(SlideHeight)}});
    x.empty(u"p:notesSz"_s, {{u"cx"_s, u"6858000"_s}, {u"cy"_s, u"9144000"_s}});
    x.end();
    return x.finish();
}

QByteArray presentationRelationships(int slides)
{
    QList<Relationship> list{{u"rId1"_s, u"slideMaster"_s, u"slideMasters/slideMaster1.xml"_s},
                             {u"rId2"_s, u"notesMaster"_s, u"notesMasters/notesMaster1.xml"_s},
                             {u"rId3"_s, u"theme"_s, u"theme/theme1.xml"_s},
                             {u"rId4"_s, u"presProps"_s, u"presProps.xml"_s},
                             {u"rId5"_s, u"viewProps"_s, u"viewProps.xml"_s},
                             {u"rId6"_s, u"tableStyles"_s, u"tableStyles.xml"_s}};
    for (int i = 0; i < slides; ++i)
        list.append({u"rId%1"_s.arg(10 + i), u"slide"_s, u"slides/slide%1.xml"_s.arg(i + 1)});
    return relationships(list);
}

QByteArray presentationProperties()
{
    OoxmlWriter x;
    x.empty(u"p:presentationPr"_s, OoxmlWriter::presentationNamespaces());
    return x.finish();
}

QByteArray viewProperties()
{
    OoxmlWriter x;
    x.start(u"p:viewPr"_s, OoxmlWriter::presentationNamespaces());
    x.empty(u"p:gridSpacing"_s, {{u"cx"_s, u"76200"_s}, {u"cy"_s, u"76200"_s}});
    x.end();
    return x.finish();
}

QByteArray tableStyles()
{
    OoxmlWriter x;
    // The id of PowerPoint's default table style ("Medium Style 2 – Accent 1").
    x.empty(u"a:tblStyleLst"_s, {{u"xmlns:a"_s, u"http://schemas.openxmlformats.org/drawingml/2006/main"_s},
                                 {u"def"_s, u"{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"_s}});
    return x.finish();
}

QByteArray theme(const QString &fontFamily)
{
    using namespace SlideStyle;
    OoxmlWriter x;
    x.start(u"a:theme"_s, {{u"xmlns:a"_s, u"http://schemas.openxmlformats.org/drawingml/2006/main"_s}, {u"name"_s, u"Waymark"_s}});
    x.start(u"a:themeElements"_s);
    x.start(u"a:clrScheme"_s, {{u"name"_s, u"Waymark"_s}});
    const QList<std::pair<QString, QColor>> colors{
        {u"a:dk1"_s, background()}, {u"a:lt1"_s, text()}, {u"a:dk2"_s, panelBackground()}, {u"a:lt2"_s, softText()},
        {u"a:accent1"_s, accent()}, {u"a:accent2"_s, good()}, {u"a:accent3"_s, amber()}, {u"a:accent4"_s, bad()},
        {u"a:accent5"_s, QColor(0x25, 0x63, 0xeb)}, {u"a:accent6"_s, QColor(0xb4, 0x5f, 0x06)},
        {u"a:hlink"_s, accent()}, {u"a:folHlink"_s, softText()}};
    for (const auto &[name, value] : colors) {
        x.start(name);
        x.empty(u"a:srgbClr"_s, {{u"val"_s, OoxmlWriter::hex(value)}});
        x.end();
    }
    x.end();
    x.start(u"a:fontScheme"_s, {{u"name"_s, u"Waymark"_s}});
    for (const QString &which : {u"a:majorFont"_s, u"a:minorFont"_s}) {
        x.start(which);
        x.empty(u"a:latin"_s, {{u"typeface"_s, fontFamily}});
        x.empty(u"a:ea"_s, {{u"typeface"_s, QString()}});
        x.empty(u"a:cs"_s, {{u"typeface"_s, QString()}});
        x.end();
    }
    x.end();
    // Three of each style are required; the slides use none of them, their shapes say it all.
    x.start(u"a:fmtScheme"_s, {{u"name"_s, u"Waymark"_s}});
    const auto placeholderFill = [&x] {
        x.start(u"a:solidFill"_s);
        x.empty(u"a:schemeClr"_s, {{u"val"_s, u"phClr"_s}});
        x.end();
    };
    x.start(u"a:fillStyleLst"_s);
    for (int i = 0; i < 3; ++i)
        placeholderFill();
    x.end();
    x.start(u"a:lnStyleLst"_s);
    for (const int width : {9525, 25400, 38100}) {
        x.start(u"a:ln"_s, {{u"w"_s, n(width)}, {u"cap"_s, u"flat"_s}, {u"cmpd"_s, u"sng"_s}, {u"algn"_s, u"ctr"_s}});
        placeholderFill();
        x.empty(u"a:prstDash"_s, {{u"val"_s, u"solid"_s}});
        x.end();
    }
    x.end();
    x.start(u"a:effectStyleLst"_s);
    for (int i = 0; i < 3; ++i) {
        x.start(u"a:effectStyle"_s);
        x.empty(u"a:effectLst"_s);
        x.end();
    }
    x.end();
    x.start(u"a:bgFillStyleLst"_s);
    for (int i = 0; i < 3; ++i)
        placeholderFill();
    x.end();
    x.end(); // fmtScheme
    x.end(); // themeElements
    x.empty(u"a:objectDefaults"_s);
    x.empty(u"a:extraClrSchemeLst"_s);
    x.end();
    return x.finish();
}

QByteArray slideMaster()
{
    using namespace SlideStyle;
    const Frame frame;
    OoxmlWriter x;
    x.start(u"p:sldMaster"_s, OoxmlWriter::presentationNamespaces());
    x.start(u"p:cSld"_s);
    x.start(u"p:bg"_s);
    x.start(u"p:bgPr"_s);
    color(x, OoxmlWriter::hex(background()));
    x.empty(u"a:effectLst"_s);
    x.end();
    x.end();
    x.start(u"p:spTree"_s);
    emptyGroup(x);
    const QRectF header = frame.header();
    placeholder(x, 2, u"Title Placeholder 1"_s, u"title"_s, {}, qint64(header.left() * EmuPerUnit),
                qint64((header.top() + 34) * EmuPerUnit), qint64(header.width() * EmuPerUnit), qint64(70 * EmuPerUnit), true);
    x.end(); // spTree
    x.end(); // cSld
    x.empty(u"p:clrMap"_s, colorMap(true));
    x.start(u"p:sldLayoutIdLst"_s);
    x.empty(u"p:sldLayoutId"_s, {{u"id"_s, u"2147483649"_s}, {u"r:id"_s, u"rId1"_s}});
    x.end();
    x.start(u"p:txStyles"_s);
    x.start(u"p:titleStyle"_s);
    level(x, u"a:lvl1pPr"_s, int(TitleSize * 50), true, u"tx1"_s, u"+mj-lt"_s);
    x.end();
    x.start(u"p:bodyStyle"_s);
    level(x, u"a:lvl1pPr"_s, int(PanelTextSize * 50), false, u"tx1"_s, u"+mn-lt"_s);
    x.end();
    x.start(u"p:otherStyle"_s);
    level(x, u"a:lvl1pPr"_s, int(PanelTextSize * 50), false, u"tx1"_s, u"+mn-lt"_s);
    x.end();
    x.end(); // txStyles
    x.end();
    return x.finish();
}

QByteArray slideMasterRelationships()
{
    return relationships({{u"rId1"_s, u"slideLayout"_s, u"../slideLayouts/slideLayout1.xml"_s},
                          {u"rId2"_s, u"theme"_s, u"../theme/theme1.xml"_s}});
}

QByteArray slideLayout()
{
    OoxmlWriter x;
    A root = OoxmlWriter::presentationNamespaces();
    root.append({u"type"_s, u"titleOnly"_s});
    root.append({u"preserve"_s, u"1"_s});
    x.start(u"p:sldLayout"_s, root);
    x.start(u"p:cSld"_s, {{u"name"_s, u"Title Only"_s}});
    x.start(u"p:spTree"_s);
    emptyGroup(x);
    placeholder(x, 2, u"Title 1"_s, u"title"_s, {}, 0, 0, 0, 0, true);
    x.end();
    x.end();
    x.start(u"p:clrMapOvr"_s);
    x.empty(u"a:masterClrMapping"_s);
    x.end();
    x.end();
    return x.finish();
}

QByteArray slideLayoutRelationships()
{
    return relationships({{u"rId1"_s, u"slideMaster"_s, u"../slideMasters/slideMaster1.xml"_s}});
}

QByteArray notesMaster()
{
    OoxmlWriter x;
    x.start(u"p:notesMaster"_s, OoxmlWriter::presentationNamespaces());
    x.start(u"p:cSld"_s);
    x.start(u"p:bg"_s);
    x.start(u"p:bgRef"_s, {{u"idx"_s, u"1001"_s}});
    x.empty(u"a:schemeClr"_s, {{u"val"_s, u"bg1"_s}});
    x.end();
    x.end();
    x.start(u"p:spTree"_s);
    emptyGroup(x);
    // A portrait notes page: the slide above, the notes below.
    placeholder(x, 2, u"Slide Image Placeholder 1"_s, u"sldImg"_s, {}, 381000, 685800, 6096000, 3429000, false);
    placeholder(x, 3, u"Notes Placeholder 2"_s, u"body"_s, u"1"_s, 685800, 4400550, 5486400, 3600450, true);
    x.end();
    x.end();
    x.empty(u"p:clrMap"_s, colorMap(false));
    x.start(u"p:notesStyle"_s);
    level(x, u"a:lvl1pPr"_s, 1200, false, u"tx1"_s, u"+mn-lt"_s);
    x.end();
    x.end();
    return x.finish();
}

QByteArray notesMasterRelationships()
{
    return relationships({{u"rId1"_s, u"theme"_s, u"../theme/theme2.xml"_s}});
}

} // namespace Waymark::PptxParts
