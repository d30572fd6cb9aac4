#include "ooxmlwriter.h"

using namespace Qt::StringLiterals;

namespace Waymark {

OoxmlWriter::OoxmlWriter()
    : m_xml(&m_bytes)
{
    m_xml.writeStartDocument(u"1.0"_s, true);
}

void OoxmlWriter::start(const QString &name, const Attributes &attributes)
{
    m_xml.writeStartElement(name);
    for (const auto &[key, value] : attributes)
        m_xml.writeAttribute(key, safe(value));
}

void OoxmlWriter::end()
{
    m_xml.writeEndElement();
}

void OoxmlWriter::empty(const QString &name, const Attributes &attributes)
{
    m_xml.writeEmptyElement(name);
    for (const auto &[key, value] : attributes)
        m_xml.writeAttribute(key, safe(value));
}

void OoxmlWriter::textElement(const QString &name, const QString &text, const Attributes &attributes)
{
    start(name, attributes);
    m_xml.writeCharacters(safe(text));
    end();
}

QByteArray OoxmlWriter::finish()
{
    m_xml.writeEndDocument();
    return m_bytes;
}

QString OoxmlWriter::safe(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out.append(c);
            out.append(text.at(++i));
            continue;
        }
        // XML 1.0 carries tab, newline, carriage return and from U+0020 on, but no lone
        // surrogates and neither U+FFFE nor U+FFFF.
        const bool allowed = u == 0x9 || u == 0xA || u == 0xD || (u >= 0x20 && !c.isSurrogate() && u != 0xFFFE && u != 0xFFFF);
        if (allowed)
            out.append(c);
    }
    return out;
}

QString OoxmlWriter::hex(const QColor &color)
{
    return color.name(QColor::HexRgb).mid(1).toUpper();
}

OoxmlWriter::Attributes OoxmlWriter::presentationNamespaces()
{
    return {{u"xmlns:a"_s, u"http://schemas.openxmlformats.org/drawingml/2006/main"_s},
            {u"xmlns:r"_s, u"http://schemas.openxmlformats.org/officeDocument/2006/relationships"_s},
            {u"xmlns:p"_s, u"http://schemas.openxmlformats.org/presentationml/2006/main"_s}};
}

} // namespace Waymark
