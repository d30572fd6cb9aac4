#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Waymark {

class Store;

// The import_mapping table: the survey import mapping remembered per export layout signature,
// as JSON (ImportMapping). A value longer than `maxBytes` is not read at all: a map is
// untrusted input.
namespace ImportMappingTable {

std::optional<QByteArray> read(Store &store, const QString &signature, qsizetype maxBytes);
// Replaces the mapping of the signature; an empty `json` removes it.
void write(Store &store, const QString &signature, const QByteArray &json);
// Every mapping (signature, JSON) by signature, those longer than `maxBytes` left out.
QList<QPair<QString, QByteArray>> readAll(Store &store, qsizetype maxBytes);

} // namespace ImportMappingTable

} // namespace Waymark
