#include "outlinedragpayload.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace Waymark {

QString OutlineDragPayload::mimeType()
{
    return u"application/x-waymark-outline-item"_s;
}

OutlineDragPayload OutlineDragPayload::forDocument(const void *document)
{
    OutlineDragPayload payload;
    payload.process = quint64(QCoreApplication::applicationPid());
    payload.document = quint64(quintptr(document));
    return payload;
}

bool OutlineDragPayload::isFrom(const void *document) const
{
    return process == quint64(QCoreApplication::applicationPid()) && this->document == quint64(quintptr(document));
}

QMimeData *OutlineDragPayload::toMimeData() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << process << document << qint32(entity) << ids;
    auto *mime = new QMimeData;
    mime->setData(mimeType(), bytes);
    return mime;
}

std::optional<OutlineDragPayload> OutlineDragPayload::fromMimeData(const QMimeData *data)
{
    if (!data || !data->hasFormat(mimeType()))
        return std::nullopt;
    QDataStream in(data->data(mimeType()));
    OutlineDragPayload payload;
    qint32 entity = 0;
    in >> payload.process >> payload.document >> entity >> payload.ids;
    if (in.status() != QDataStream::Ok || !in.atEnd() || payload.ids.isEmpty())
        return std::nullopt;
    payload.entity = Entity(entity);
    return payload;
}

} // namespace Waymark
