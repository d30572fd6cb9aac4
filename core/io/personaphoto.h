#pragma once

#include <QByteArray>
#include <QString>

class QImage;

namespace Waymark {

// A persona's photo as the document keeps it: scaled down to fit MaxSide pixels and encoded
// as JPEG (PNG when it has transparency), so that a map stays small enough to mail however
// large the picture a user picks.
namespace PersonaPhoto {

constexpr int MaxSide = 256;
// Pictures larger than this are refused before decoding: a camera's raw file or a poster.
constexpr qint64 MaxFileBytes = 25 * 1024 * 1024;
// What is stored never exceeds this; 256 px JPEG is far below it.
constexpr qint64 MaxStoredBytes = 512 * 1024;

// Reads, scales and encodes an image file. Throws FormatError with a message for users
// naming the file ("… is not an image Waymark can read", "… is too large").
QByteArray fromFile(const QString &path);
// The same for an image in memory (pasted, or from a test).
QByteArray fromImage(const QImage &image);

} // namespace PersonaPhoto

} // namespace Waymark
