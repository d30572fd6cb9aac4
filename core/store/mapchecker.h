#pragma once

#include <QStringList>

namespace Waymark {

class Store;

// What `waymark check` looks for beyond SQLite's own integrity check: the rules of the
// document that the schema cannot state (contiguous positions, known kinds, valid colours).
namespace MapChecker {

// Empty when the document is sound; otherwise one line per problem, for users.
QStringList problems(Store &store);

} // namespace MapChecker

} // namespace Waymark
