#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace Waymark {

// The delimiter of CSV text, chosen by consistent field counts over its first records: the
// candidate (comma, semicolon, tab, pipe) that splits them into one number of fields most
// often wins, not the one the first line holds most of (question texts are full of commas,
// German decimals too).
namespace CsvDialect {

constexpr int SniffRecords = 40;

// `text` is the start of the file (all of it when `complete`).
char sniff(QByteArrayView text, bool complete);

// "comma", "semicolon", "tab", "pipe" (or the character itself), for messages.
QString delimiterName(char delimiter);
// What --delimiter accepts: the character, or "comma", "semicolon", "tab", "pipe".
std::optional<char> delimiterFromName(const QString &name);

} // namespace CsvDialect

} // namespace Waymark
