#include "cardclipboard.h"

#include "io/formaterror.h"
#include "io/mapjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace Waymark::CardClipboard {

QMimeData *mimeData(const QList<Card> &cards, const QString &map)
{
    QJsonArray array;
    QJsonArray tags;
    QStringList text;
    for (const Card &card : cards) {
        array.append(MapJson::cardFields(card));
        QJsonArray personas;
        for (const Id persona : card.personas)
            personas.append(persona);
        tags.append(personas);
        text.append(card.description.isEmpty() ? card.title : card.title + u" — "_s + card.description);
    }
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(MimeType), QJsonDocument(array).toJson(QJsonDocument::Compact));
    const QJsonObject tagged{{u"map"_s, map}, {u"personas"_s, tags}};
    mime->setData(QString::fromLatin1(TagsMimeType), QJsonDocument(tagged).toJson(QJsonDocument::Compact));
    mime->setText(text.join(u'\n'));
    return mime;
}

bool canPaste(const QMimeData *mime)
{
    return mime && (mime->hasFormat(QString::fromLatin1(MimeType)) || !mime->text().trimmed().isEmpty());
}

QList<Card> cards(const QMimeData *mime, CardKind defaultKind, const QString &map)
{
    QList<Card> list;
    if (!mime)
        return list;
    if (mime->hasFormat(QString::fromLatin1(MimeType))) {
        const QJsonArray array = QJsonDocument::fromJson(mime->data(QString::fromLatin1(MimeType))).array();
        const QJsonObject tagged = QJsonDocument::fromJson(mime->data(QString::fromLatin1(TagsMimeType))).object();
        const QJsonArray tags = tagged.value(u"map"_s).toString() == map && !map.isEmpty()
            ? tagged.value(u"personas"_s).toArray()
            : QJsonArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            try {
                Card card = MapJson::cardFromFields(array.at(i).toObject(), u"clipboard"_s);
                for (const QJsonValue persona : tags.at(i).toArray())
                    card.personas.append(Id(persona.toInteger()));
                list.append(card);
            } catch (const FormatError &) {
                // A card written by a newer Waymark with fields we do not know: skip it.
            }
        }
        return list;
    }
    const QStringList lines = mime->text().split(u'\n');
    for (const QString &line : lines) {
        const QString title = line.trimmed();
        if (title.isEmpty())
            continue;
        Card card;
        card.kind = defaultKind;
        card.title = title.left(500);
        list.append(card);
    }
    return list;
}

} // namespace Waymark::CardClipboard
