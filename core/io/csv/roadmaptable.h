#pragma once

#include <QByteArray>
#include <QStringList>

namespace Waymark {

class Document;

// `waymark export -o roadmap.csv --roadmap`: the opportunities alone, ranked by impact ÷
// effort, in the columns Jira's and Trello's CSV importers map by their names (Summary,
// Description, Assignee, Status, Labels). See docs/formats/roadmap-csv.md.
namespace RoadmapTable {

QStringList columns();
QByteArray write(const Document &document);

} // namespace RoadmapTable

} // namespace Waymark
