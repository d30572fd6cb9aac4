#include "csvpreview.h"

#include "io/csvreader.h"

#include <QCoreApplication>

namespace Waymark {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Waymark", text);
}

} // namespace

CsvPreview CsvPreview::read(const QByteArray &data, int maxRows)
{
    CsvPreview preview;
    if (const qint64 line = CsvReader::firstInvalidUtf8Line(data)) {
        preview.error = tr("line %1: the file is not UTF-8 text; save it as UTF-8 (CSV UTF-8) and try again").arg(line);
        return preview;
    }
    CsvReader reader(data);
    preview.delimiter = reader.delimiter();
    if (!reader.next()) {
        preview.error = reader.error().isEmpty() ? tr("the file is empty: a header row is needed") : reader.error();
        return preview;
    }
    for (const QByteArrayView field : reader.fields())
        preview.header.append(QString::fromUtf8(field).trimmed());
    while (preview.rows.size() < maxRows && reader.next()) {
        QStringList row;
        for (const QByteArrayView field : reader.fields())
            row.append(QString::fromUtf8(field));
        preview.rows.append(row);
    }
    return preview;
}

QString CsvPreview::delimiterName() const
{
    switch (delimiter) {
    case ';': return tr("semicolon");
    case '\t': return tr("tab");
    default: return tr("comma");
    }
}

} // namespace Waymark
