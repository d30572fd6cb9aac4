#include "cardclipboard.h"

#include "io/formaterror.h"
#include "io/mapjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace Waymark::CardClipboard {

QMimeData *mimeData(const QList<Card> &cards)
{
    QJsonArray array;
    QStringList text;
    for (const Card &card : cards) {
        array.append(MapJson::cardFields(card));
        text.append(card.description.isEmpty() ? card.title : card.title + u" — "_s + card.description);
    }
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(MimeType), QJsonDocument(array).toJson(QJsonDocument::Compact));
    mime->setText(text.join(u'\n'));
    return mime;
}

bool canPaste(const QMimeData *mime)
{
    return mime && (mime->hasFormat(QString::fromLatin1(MimeType)) || !mime->text().trimmed().isEmpty());
}

QList<Card> cards(const QMimeData *mime, CardKind defaultKind)
{
    QList<Card> list;
    if (!mime)
        return list;
    if (mime->hasFormat(QString::fromLatin1(MimeType))) {
        const QJsonArray array = QJsonDocument::fromJson(mime->data(QString::fromLatin1(MimeType))).array();
        for (qsizetype i = 0; i < array.size(); ++i) {
            try {
                list.append(MapJson::cardFromFields(array.at(i).toObject(), u"clipboard"_s));
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
