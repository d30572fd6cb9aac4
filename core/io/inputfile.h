#pragma once

#include <QByteArray>
#include <QString>

namespace Waymark::InputFile {

// What the importers accept at most: a map's worth of text is a few megabytes.
constexpr qint64 MaxBytes = 32 * 1024 * 1024;

// The bytes of a file to import. Throws FormatError naming the file when it cannot be read,
// is a folder, or is larger than MaxBytes.
QByteArray read(const QString &path, qint64 maxBytes = MaxBytes);

// UTF-8 text without its byte-order mark. Throws FormatError "SOURCE:LINE: ..." at the first
// line that is not UTF-8.
QString utf8(const QByteArray &bytes, const QString &source);

} // namespace Waymark::InputFile
