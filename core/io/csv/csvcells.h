#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Waymark {

// Writing CSV for spreadsheets: UTF-8 with a byte-order mark (Excel reads UTF-8 only then),
// CRLF, quotes where needed, and cells that a spreadsheet would run as a formula defused.
namespace CsvCells {

// A cell starting with =, +, -, @, a tab or a carriage return gets a leading apostrophe, which
// spreadsheets show as text and unguard() takes off again. Apostrophes already before such a
// character get one more, so that every text comes back exactly.
QString guard(const QString &cell);
QString unguard(const QString &cell);

// One record: cells guarded, quoted where they hold a comma, a quote, a line break or spaces
// at their ends, and ended with CRLF.
QByteArray record(const QStringList &cells);
// The byte-order mark a table starts with.
QByteArray byteOrderMark();

} // namespace CsvCells

} // namespace Waymark
