#pragma once

#include "model/valuebounds.h"

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
constexpr qint64 MaxStoredBytes = ValueBounds::PhotoBytes;

// Reads, scales and encodes an image file. Throws FormatError with a message for users
// naming the file ("… is not an image Waymark can read", "… is too large").
QByteArray fromFile(const QString &path);
// The same for an image in memory (pasted, or from a test).
QByteArray fromImage(const QImage &image);

// A stored photo, decoded for showing; a null image for anything but a PNG or JPEG of at most
// ValueBounds::PhotoBytes that says it is at most ValueBounds::PhotoSide pixels a side. The
// size is read from the header before anything is decoded: a map may hold a "decompression
// bomb", a few bytes that claim to unpack to gigabytes.
QImage decode(const QByteArray &bytes);

} // namespace PersonaPhoto

} // namespace Waymark
