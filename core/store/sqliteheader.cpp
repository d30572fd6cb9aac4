#include "sqliteheader.h"

#include <QFile>

namespace Waymark {

namespace {

quint32 bigEndian(const QByteArray &bytes, int offset, int length)
{
    quint32 value = 0;
    for (int i = 0; i < length; ++i)
        value = (value << 8) | quint8(bytes.at(offset + i));
    return value;
}

} // namespace

// Layout: https://www.sqlite.org/fileformat.html#the_database_header
SqliteHeader SqliteHeader::read(const QString &path)
{
    SqliteHeader header;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        header.detail = file.errorString();
        return header;
    }
    header.fileSize = file.size();
    if (header.fileSize == 0) {
        header.verdict = Verdict::Empty;
        return header;
    }
    const QByteArray bytes = file.read(100);
    if (bytes.size() < 100 || !bytes.startsWith(QByteArrayView("SQLite format 3\0", 16))) {
        header.verdict = Verdict::NotSqlite;
        return header;
    }

    quint32 pageSize = bigEndian(bytes, 16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 changeCounter = bigEndian(bytes, 24, 4);
    const quint32 pageCount = bigEndian(bytes, 28, 4);
    const quint32 validFor = bigEndian(bytes, 92, 4);
    header.userVersion = qint32(bigEndian(bytes, 60, 4));
    header.applicationId = bigEndian(bytes, 68, 4);
    header.walMode = quint8(bytes.at(18)) == 2 && quint8(bytes.at(19)) == 2;
    const bool powerOfTwo = pageSize >= 512 && (pageSize & (pageSize - 1)) == 0;
    if (!powerOfTwo) {
        header.verdict = Verdict::NotSqlite;
        return header;
    }
    // The in-header page count is only trusted when written by SQLite 3.7.0 or later and
    // since the last change (both counters equal).
    if (pageCount > 0 && validFor == changeCounter)
        header.expectedSize = qint64(pageSize) * pageCount;
    if (header.fileSize < header.expectedSize || header.fileSize % pageSize != 0) {
        header.verdict = Verdict::Truncated;
        return header;
    }
    header.verdict = Verdict::Ok;
    return header;
}

} // namespace Waymark
