#pragma once

#include "model/mapdata.h"

#include <QByteArray>

namespace Waymark {

class Document;

// The cards table (docs/formats/cards-csv.md): one row per card with its stage, lane, kind,
// text and fields, the personas it concerns and the cards it is linked to, for spreadsheets.
// Stages, lanes and personas are made again from the values, in order of appearance.
namespace CardsTable {

// The columns, as the header names them.
QStringList columns();

QByteArray write(const Document &document);

// Throws FormatError "SOURCE:LINE: problem" naming the column, for the first bad cell.
// The map is titled `title` (the file's name, say).
MapData read(const QByteArray &data, const QString &source, const QString &title);

} // namespace CardsTable

} // namespace Waymark
