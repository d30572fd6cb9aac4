#include "schema.h"

using namespace Qt::StringLiterals;

namespace Waymark::Schema {

// Text columns are NOT NULL DEFAULT '' so that "no text" has one spelling in the file.
// Positions are 0-based and contiguous per list (per cell for cards); they are not UNIQUE
// because shifting a range with one UPDATE passes through duplicates.
namespace {

// Sums of the responses per stage, touchpoint (0: none) and segment (attribute '' and value
// '': all of them), kept up to date with every change of the responses: metrics add these up
// instead of reading every response. Every column is additive.
QString summaryTable()
{
    return uR"(CREATE TABLE response_summary (
            stage_id INTEGER NOT NULL REFERENCES stage(id),
            touchpoint_id INTEGER NOT NULL,
            attribute TEXT NOT NULL,
            value TEXT NOT NULL,
            responses INTEGER NOT NULL,
            nps_n INTEGER NOT NULL,
            promoters INTEGER NOT NULL,
            passives INTEGER NOT NULL,
            detractors INTEGER NOT NULL,
            csat_n INTEGER NOT NULL,
            csat_satisfied INTEGER NOT NULL,
            csat_sum INTEGER NOT NULL,
            ces_n INTEGER NOT NULL,
            ces_sum INTEGER NOT NULL,
            fcr_n INTEGER NOT NULL,
            fcr_yes INTEGER NOT NULL,
            minutes_n INTEGER NOT NULL,
            minutes_sum REAL NOT NULL,
            PRIMARY KEY (stage_id, touchpoint_id, attribute, value)) WITHOUT ROWID)"_s;
}

// Opportunities and the pain points they address. Deleting either card deletes its links in
// the file; undo puts them back with the card.
QStringList linkTable()
{
    return {
        uR"(CREATE TABLE card_link (
            opportunity_id INTEGER NOT NULL REFERENCES card(id) ON DELETE CASCADE,
            pain_point_id INTEGER NOT NULL REFERENCES card(id) ON DELETE CASCADE,
            PRIMARY KEY (opportunity_id, pain_point_id),
            CHECK (opportunity_id <> pain_point_id)) WITHOUT ROWID)"_s,
        // The primary key serves lookups by opportunity; this one those by pain point and
        // the cascade when a pain point is deleted.
        u"CREATE INDEX card_link_pain_point ON card_link (pain_point_id)"_s,
    };
}

// The column mapping each survey export layout was last imported with (by its signature), so
// that next month's export of the same survey imports with no options. The mapping is JSON
// (ImportMapping): untrusted, bounded when read.
QString importMappingTable()
{
    return uR"(CREATE TABLE import_mapping (
            signature TEXT PRIMARY KEY,
            mapping TEXT NOT NULL DEFAULT '{}') WITHOUT ROWID)"_s;
}

// Labelled versions of the map inside the file (MapSnapshot): the JSON interchange with ids,
// compressed. Untrusted: its size is checked before it is inflated.
QString snapshotTable()
{
    return uR"(CREATE TABLE snapshot (
            id INTEGER PRIMARY KEY,
            label TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL DEFAULT '',
            data BLOB NOT NULL))"_s;
}

// Comments on a card, a stage or the map (target_id 0), with replies (parent_id). The target
// is not a foreign key: a comment outlives its card's deletion, so that undoing the deletion
// brings the card back with its thread.
QStringList commentTable()
{
    return {
        uR"(CREATE TABLE comment (
            id INTEGER PRIMARY KEY,
            target_kind TEXT NOT NULL CHECK (target_kind IN ('map', 'stage', 'card')),
            target_id INTEGER NOT NULL DEFAULT 0,
            parent_id INTEGER REFERENCES comment(id) ON DELETE CASCADE,
            author TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL DEFAULT '',
            resolved INTEGER NOT NULL DEFAULT 0 CHECK (resolved IN (0, 1))))"_s,
        u"CREATE INDEX comment_target ON comment (target_kind, target_id)"_s,
        u"CREATE INDEX comment_parent ON comment (parent_id) WHERE parent_id IS NOT NULL"_s,
    };
}

} // namespace

QStringList createStatements()
{
    const QStringList statements = {
        uR"(CREATE TABLE map (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            title TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            owner TEXT NOT NULL DEFAULT '',
            review_date TEXT NOT NULL DEFAULT ''))"_s,
        uR"(CREATE TABLE stage (
            id INTEGER PRIMARY KEY,
            position INTEGER NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            color TEXT NOT NULL DEFAULT '',
            width REAL NOT NULL DEFAULT 280,
            nps_target REAL CHECK (nps_target BETWEEN -100 AND 100),
            csat_target REAL CHECK (csat_target BETWEEN 0 AND 100)))"_s,
        uR"(CREATE TABLE lane (
            id INTEGER PRIMARY KEY,
            position INTEGER NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL,
            color TEXT NOT NULL DEFAULT ''))"_s,
        uR"(CREATE TABLE persona (
            id INTEGER PRIMARY KEY,
            position INTEGER NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            role TEXT NOT NULL DEFAULT '',
            age INTEGER NOT NULL DEFAULT 0 CHECK (age BETWEEN 0 AND 120),
            gender TEXT NOT NULL DEFAULT '',
            segment TEXT NOT NULL DEFAULT '',
            quote TEXT NOT NULL DEFAULT '',
            goals TEXT NOT NULL DEFAULT '',
            needs TEXT NOT NULL DEFAULT '',
            pains TEXT NOT NULL DEFAULT '',
            motivations TEXT NOT NULL DEFAULT '',
            says TEXT NOT NULL DEFAULT '',
            thinks TEXT NOT NULL DEFAULT '',
            does TEXT NOT NULL DEFAULT '',
            feels TEXT NOT NULL DEFAULT '',
            color TEXT NOT NULL DEFAULT '',
            photo BLOB))"_s,
        uR"(CREATE TABLE card (
            id INTEGER PRIMARY KEY,
            stage_id INTEGER NOT NULL REFERENCES stage(id),
            lane_id INTEGER NOT NULL REFERENCES lane(id),
            position INTEGER NOT NULL,
            kind TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            color TEXT NOT NULL DEFAULT '',
            evidence TEXT NOT NULL DEFAULT 'assumed',
            channel TEXT NOT NULL DEFAULT 'other',
            severity INTEGER NOT NULL DEFAULT 3 CHECK (severity BETWEEN 1 AND 5),
            effort INTEGER NOT NULL DEFAULT 3 CHECK (effort BETWEEN 1 AND 5),
            impact INTEGER NOT NULL DEFAULT 3 CHECK (impact BETWEEN 1 AND 5),
            owner TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'idea',
            score INTEGER CHECK (score BETWEEN 1 AND 5)))"_s,
        u"CREATE INDEX card_cell ON card (stage_id, lane_id, position)"_s,
        u"CREATE INDEX card_lane ON card (lane_id)"_s,
        uR"(CREATE TABLE card_persona (
            card_id INTEGER NOT NULL REFERENCES card(id) ON DELETE CASCADE,
            persona_id INTEGER NOT NULL REFERENCES persona(id),
            PRIMARY KEY (card_id, persona_id)) WITHOUT ROWID)"_s,
        u"CREATE INDEX card_persona_persona ON card_persona (persona_id)"_s,
        uR"(CREATE TABLE emotion_point (
            persona_id INTEGER NOT NULL REFERENCES persona(id),
            stage_id INTEGER NOT NULL REFERENCES stage(id),
            score INTEGER NOT NULL CHECK (score BETWEEN -5 AND 5),
            note TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (persona_id, stage_id)) WITHOUT ROWID)"_s,
        u"CREATE INDEX emotion_point_stage ON emotion_point (stage_id)"_s,
        uR"(CREATE TABLE response (
            id INTEGER PRIMARY KEY,
            stage_id INTEGER NOT NULL REFERENCES stage(id),
            touchpoint_id INTEGER REFERENCES card(id),
            respondent TEXT NOT NULL DEFAULT '',
            nps INTEGER CHECK (nps BETWEEN 0 AND 10),
            csat INTEGER CHECK (csat BETWEEN 1 AND 5),
            ces INTEGER CHECK (ces BETWEEN 1 AND 7),
            fcr INTEGER CHECK (fcr IN (0, 1)),
            response_minutes REAL CHECK (response_minutes >= 0),
            submitted_at TEXT NOT NULL DEFAULT '',
            attributes TEXT NOT NULL DEFAULT '{}'))"_s,
        // Only responses that name a touchpoint pay for this index; one on stage_id would slow
        // every import for the sake of deleting a stage, which can afford a scan.
        u"CREATE INDEX response_touchpoint ON response (touchpoint_id) WHERE touchpoint_id IS NOT NULL"_s,
        summaryTable(),
        uR"(CREATE TABLE business_period (
            id INTEGER PRIMARY KEY,
            position INTEGER NOT NULL,
            period TEXT NOT NULL DEFAULT '',
            customers_start INTEGER NOT NULL DEFAULT 0 CHECK (customers_start >= 0),
            customers_lost INTEGER NOT NULL DEFAULT 0 CHECK (customers_lost >= 0),
            average_order_value REAL NOT NULL DEFAULT 0 CHECK (average_order_value >= 0),
            purchases_per_year REAL NOT NULL DEFAULT 0 CHECK (purchases_per_year >= 0),
            expected_years REAL NOT NULL DEFAULT 0 CHECK (expected_years >= 0)))"_s,
        u"INSERT INTO map (id, title, description) VALUES (1, '', '')"_s,
    };
    // The same text as the migration's, so that a new file and an upgraded one are alike.
    return statements + linkTable() + QStringList{importMappingTable(), snapshotTable()} + commentTable();
}

QStringList migrationSteps(int from)
{
    switch (from) {
    case 1: // stage targets for the metrics badges; the response summary and its indexes
        return {
            u"ALTER TABLE stage ADD COLUMN nps_target REAL CHECK (nps_target BETWEEN -100 AND 100)"_s,
            u"ALTER TABLE stage ADD COLUMN csat_target REAL CHECK (csat_target BETWEEN 0 AND 100)"_s,
            u"CREATE INDEX response_touchpoint ON response (touchpoint_id) WHERE touchpoint_id IS NOT NULL"_s,
            summaryTable(),
        };
    case 2: // links between opportunities and the pain points they address
        return linkTable();
    case 3: // a mermaid task's score kept on its card, so that a round trip writes it back; the
            // mapping remembered per survey export layout
        return {u"ALTER TABLE card ADD COLUMN score INTEGER CHECK (score BETWEEN 1 AND 5)"_s, importMappingTable()};
    case 4: // living maps (an owner and a next-review date, ISO yyyy-mm-dd or empty), labelled
            // versions and comments
        return QStringList{u"ALTER TABLE map ADD COLUMN owner TEXT NOT NULL DEFAULT ''"_s,
                           u"ALTER TABLE map ADD COLUMN review_date TEXT NOT NULL DEFAULT ''"_s, snapshotTable()}
            + commentTable();
    default:
        break;
    }
    return {};
}

bool migrationRebuildsSummary(int from)
{
    return from == 1;
}

QStringList tables()
{
    return {u"map"_s, u"stage"_s, u"lane"_s, u"persona"_s, u"card"_s, u"card_persona"_s,
            u"card_link"_s, u"emotion_point"_s, u"response"_s, u"response_summary"_s, u"business_period"_s,
            u"import_mapping"_s, u"snapshot"_s, u"comment"_s};
}

} // namespace Waymark::Schema
