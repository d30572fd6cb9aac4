#pragma once

#include "schemaproblem.h"

namespace Waymark {

class Store;

// Compares a file's sqlite_schema with the schema this version of Waymark creates, reading
// nothing but sqlite_schema and running nothing from the file.
//
// The expected schema is derived, never written down twice: Schema::createStatements() make
// a reference in memory; the file's own tables and indexes that bear Waymark's names are
// re-created in a second in-memory database (CREATE TABLE and CREATE INDEX only, enforced by
// an authorizer), migrated forward there with Schema::migrationSteps() from the file's
// version, and compared with the reference shape by shape (SqlShape). So a file migrated from
// any earlier version matches, however ALTER TABLE rewrote its statements, and a later schema
// version needs no change here.
namespace SchemaVerifier {

// Empty when the file holds exactly Waymark's tables and indexes for `version`.
QList<SchemaProblem> verify(Store &store, int version);

} // namespace SchemaVerifier

} // namespace Waymark
