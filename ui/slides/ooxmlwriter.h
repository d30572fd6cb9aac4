#pragma once

#include <QByteArray>
#include <QColor>
#include <QList>
#include <QString>
#include <QXmlStreamWriter>

#include <utility>

namespace Waymark {

// Writes one XML part of an Office Open XML package: the declaration Office expects, elements
// by qualified name ("p:sp"), attributes in the order given, and text made safe for XML 1.0
// (the characters XML cannot carry are dropped; escaping is the stream writer's).
class OoxmlWriter
{
public:
    using Attributes = QList<std::pair<QString, QString>>;

    OoxmlWriter();

    void start(const QString &name, const Attributes &attributes = {});
    void end();
    void empty(const QString &name, const Attributes &attributes = {});
    void textElement(const QString &name, const QString &text, const Attributes &attributes = {});
    QByteArray finish();

    static QString safe(const QString &text);
    static QString number(qint64 value) { return QString::number(value); }
    static QString hex(const QColor &color); // "1D212B"

    // The namespaces of PresentationML and DrawingML, for a root element.
    static Attributes presentationNamespaces();

private:
    QByteArray m_bytes;
    QXmlStreamWriter m_xml;
};

} // namespace Waymark
