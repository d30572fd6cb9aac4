#include "workspaceschema.h"

#include "io/messagetext.h"
#include "io/translate.h"
#include "store/storeerror.h"
#include "workspaceconnection.h"

using namespace Qt::StringLiterals;

namespace Waymark::WorkspaceSchema {

// The same columns, defaults and checks as the file's tables (store/schema.cpp), in
// PostgreSQL's types: ids are bigint, REAL is double precision, BLOB is bytea. Every key
// starts with map_id and every foreign key names it, so that no row can point into another
// map. Deleting a map deletes everything of it: every table refers to the map directly, as
// the foreign keys between tables are checked only at the end of the statement (NO ACTION),
// after every cascade has run.
namespace {

// The integrity foreign keys would give the responses, checked per statement: the rows a
// statement inserts or updates must name a stage (and a card, if any) of their map, whose rows
// are locked FOR KEY SHARE as a foreign key's check locks them, so that a concurrent delete
// waits and then sees the new responses; a stage or card that responses still name cannot be
// deleted; deleting a map deletes its responses first.
QStringList responseChecks()
{
    return {
        uR"(CREATE FUNCTION waymark_response_parents() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM 1 FROM stage s WHERE (s.map_id, s.id) IN (SELECT DISTINCT map_id, stage_id FROM new_rows) FOR KEY SHARE;
                PERFORM 1 FROM card c WHERE (c.map_id, c.id) IN
                    (SELECT DISTINCT map_id, touchpoint_id FROM new_rows WHERE touchpoint_id IS NOT NULL) FOR KEY SHARE;
                IF EXISTS (SELECT 1 FROM new_rows n WHERE NOT EXISTS
                           (SELECT 1 FROM stage s WHERE s.map_id = n.map_id AND s.id = n.stage_id)) THEN
                    RAISE EXCEPTION 'a response names a stage that its map does not have' USING ERRCODE = 'foreign_key_violation';
                END IF;
                IF EXISTS (SELECT 1 FROM new_rows n WHERE n.touchpoint_id IS NOT NULL AND NOT EXISTS
                           (SELECT 1 FROM card c WHERE c.map_id = n.map_id AND c.id = n.touchpoint_id)) THEN
                    RAISE EXCEPTION 'a response names a card that its map does not have' USING ERRCODE = 'foreign_key_violation';
                END IF;
                RETURN NULL;
            END $$)"_s,
        uR"(CREATE TRIGGER response_parents_inserted AFTER INSERT ON response REFERENCING NEW TABLE AS new_rows
            FOR EACH STATEMENT EXECUTE FUNCTION waymark_response_parents())"_s,
        uR"(CREATE TRIGGER response_parents_updated AFTER UPDATE ON response REFERENCING NEW TABLE AS new_rows
            FOR EACH STATEMENT EXECUTE FUNCTION waymark_response_parents())"_s,
        uR"(CREATE FUNCTION waymark_response_children() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_TABLE_NAME = 'stage' AND EXISTS
                    (SELECT 1 FROM old_rows o JOIN response r ON r.map_id = o.map_id AND r.stage_id = o.id) THEN
                    RAISE EXCEPTION 'responses still name the stage' USING ERRCODE = 'foreign_key_violation';
                END IF;
                IF TG_TABLE_NAME = 'card' AND EXISTS
                    (SELECT 1 FROM old_rows o JOIN response r ON r.map_id = o.map_id AND r.touchpoint_id = o.id) THEN
                    RAISE EXCEPTION 'responses still name the card' USING ERRCODE = 'foreign_key_violation';
                END IF;
                RETURN NULL;
            END $$)"_s,
        uR"(CREATE TRIGGER stage_responses AFTER DELETE ON stage REFERENCING OLD TABLE AS old_rows
            FOR EACH STATEMENT EXECUTE FUNCTION waymark_response_children())"_s,
        uR"(CREATE TRIGGER card_responses AFTER DELETE ON card REFERENCING OLD TABLE AS old_rows
            FOR EACH STATEMENT EXECUTE FUNCTION waymark_response_children())"_s,
        // Before the map's row goes, and so before its stages and cards are deleted with it.
        uR"(CREATE FUNCTION waymark_map_responses() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                DELETE FROM response WHERE map_id = OLD.map_id;
                RETURN OLD;
            END $$)"_s,
        uR"(CREATE TRIGGER map_responses BEFORE DELETE ON map FOR EACH ROW EXECUTE FUNCTION waymark_map_responses())"_s,
    };
}

// The labelled versions of a map (waymark snapshot URL#NAME), as a file keeps them: the map's
// content compressed, written and read through the map's local copy like any other row.
QString snapshotTable()
{
    return uR"(CREATE TABLE snapshot (
            map_id bigint NOT NULL REFERENCES map(map_id) ON DELETE CASCADE,
            id bigint NOT NULL,
            label text NOT NULL,
            created_at text NOT NULL DEFAULT '',
            author text NOT NULL DEFAULT '',
            data bytea NOT NULL,
            PRIMARY KEY (map_id, id),
            UNIQUE (map_id, label)))"_s;
}

} // namespace

QStringList createStatements()
{
    return QStringList{
        uR"(CREATE TABLE waymark_workspace (
            version integer NOT NULL,
            created_at timestamptz NOT NULL DEFAULT now()))"_s,
        // A map of the workspace: its name (what URL#NAME and 'pull' use), the file's map row,
        // and the sequence number of its last change (change_log).
        uR"(CREATE TABLE map (
            map_id bigserial PRIMARY KEY,
            name text NOT NULL UNIQUE CHECK (name <> ''),
            title text NOT NULL DEFAULT '',
            description text NOT NULL DEFAULT '',
            owner text NOT NULL DEFAULT '',
            review_date text NOT NULL DEFAULT '',
            published_by text NOT NULL DEFAULT current_user,
            published_at timestamptz NOT NULL DEFAULT now(),
            change_seq bigint NOT NULL DEFAULT 0))"_s,
        uR"(CREATE TABLE stage (
            map_id bigint NOT NULL REFERENCES map(map_id) ON DELETE CASCADE,
            id bigint NOT NULL,
            position integer NOT NULL,
            name text NOT NULL DEFAULT '',
            description text NOT NULL DEFAULT '',
            color text NOT NULL DEFAULT '',
            width double precision NOT NULL DEFAULT 280,
            nps_target double precision CHECK (nps_target BETWEEN -100 AND 100),
            csat_target double precision CHECK (csat_target BETWEEN 0 AND 100),
            PRIMARY KEY (map_id, id)))"_s,
        uR"(CREATE TABLE lane (
            map_id bigint NOT NULL REFERENCES map(map_id) ON DELETE CASCADE,
            id bigint NOT NULL,
            position integer NOT NULL,
            name text NOT NULL DEFAULT '',
            kind text NOT NULL,
            color text NOT NULL DEFAULT '',
            PRIMARY KEY (map_id, id)))"_s,
        uR"(CREATE TABLE persona (
            map_id bigint NOT NULL REFERENCES map(map_id) ON DELETE CASCADE,
            id bigint NOT NULL,
            position integer NOT NULL,
            name text NOT NULL DEFAULT '',
            role text NOT NULL DEFAULT '',
            age integer NOT NULL DEFAULT 0 CHECK (age BETWEEN 0 AND 120),
            gender text NOT NULL DEFAULT '',
            segment text NOT NULL DEFAULT '',
            quote text NOT NULL DEFAULT '',
            goals text NOT NULL DEFAULT '',
            needs text NOT NULL DEFAULT '',
            pains text NOT NULL DEFAULT '',
            motivations text NOT NULL DEFAULT '',
            says text NOT NULL DEFAULT '',
            thinks text NOT NULL DEFAULT '',
            does text NOT NULL DEFAULT '',
            feels text NOT NULL DEFAULT '',
            color text NOT NULL DEFAULT '',
            photo bytea,
            PRIMARY KEY (map_id, id)))"_s,
        uR"(CREATE TABLE card (
            map_id bigint NOT NULL REFERENCES map(map_id) ON DELETE CASCADE,
            id bigint NOT NULL,
            stage_id bigint NOT NULL,
            lane_id bigint NOT NULL,
            position integer NOT NULL,
            kind text NOT NULL,
            title text NOT NULL DEFAULT '',
            description text NOT NULL DEFAULT '',
            color text NOT NULL DEFAULT '',
            evidence text NOT NULL DEFAULT 'assumed',
            channel text NOT NULL DEFAULT 'other',
            severity integer NOT NULL DEFAULT 3 CHECK (severity BETWEEN 1 AND 5),
            effort integer NOT NULL DEFAULT 3 CHECK (effort BETWEEN 1 AND 5),
            impact integer NOT NULL DEFAULT 3 CHECK (impact BETWEEN 1 AND 5),
            owner text NOT NULL DEFAULT '',
            status text NOT NULL DEFAULT 'idea',
            score integer CHECK (score BETWEEN 1 AND 5),
            PRIMARY KEY (map_id, id),
            FOREIGN KEY (map_id, stage_id) REFERENCES stage(map_id, id),
            FOREIGN KEY (map_id, lane_id) REFERENCES lane(map_id, id)))"_s,
        u"CREATE INDEX card_cell ON card (map_id, stage_id, lane_id, position)"_s,
        u"CREATE INDEX card_lane ON card (map_id, lane_id)"_s,
        uR"(CREATE TABLE card_persona (
            map_id bigint NOT NULL REFERENCES map(map_id) ON DELETE CASCADE,
            card_id bigint NOT NULL,
            persona_id bigint NOT NULL,
            PRIMARY KEY (map_id, card_id, persona_id),
            FOREIGN KEY (map_id, card_id) REFERENCES card(map_id, id) ON DELETE CASCADE,
            FOREIGN KEY (map_id, persona_id) REFERENCES persona(map_id, id)))"_s,
        u"CREATE INDEX card_persona_persona ON card_persona (map_id, persona_id)"_s,
        uR"(CREATE TABLE card_link (
            map_id bigint NOT NULL REFERENCES map(map_id) ON DELETE CASCADE,
            opportunity_id bigint NOT NULL,
            pain_point_id bigint NOT NULL,
            PRIMARY KEY (map_id, opportunity_id, pain_point_id),
            CHECK (opportunity_id <> pain_point_id),
            FOREIGN KEY (map_id, opportunity_id) REFERENCES card(map_id, id) ON DELETE CASCADE,
            FOREIGN KEY (map_id, pain_point_id) REFERENCES card(map_id, id) ON DELETE CASCADE))"_s,
        u"CREATE INDEX card_link_pain_point ON card_link (map_id, pain_point_id)"_s,
        uR"(CREATE TABLE emotion_point (
            map_id bigint NOT NULL REFERENCES map(map_id) ON DELETE CASCADE,
            persona_id bigint NOT NULL,
            stage_id bigint NOT NULL,
            score integer NOT NULL CHECK (score BETWEEN -5 AND 5),
            note text NOT NULL DEFAULT '',
            PRIMARY KEY (map_id, persona_id, stage_id),
            FOREIGN KEY (map_id, persona_id) REFERENCES persona(map_id, id),
            FOREIGN KEY (map_id, stage_id) REFERENCES stage(map_id, id)))"_s,
        u"CREATE INDEX emotion_point_stage ON emotion_point (map_id, stage_id)"_s,
        // The responses' stage and touchpoint are checked once per statement rather than per
        // row (see responseChecks()): a million-row COPY with per-row foreign keys spends three
        // quarters of its time in them. No foreign keys here, so that is the only check.
        uR"(CREATE TABLE response (
            map_id bigint NOT NULL,
            id bigint NOT NULL,
            stage_id bigint NOT NULL,
            touchpoint_id bigint,
            respondent text NOT NULL DEFAULT '',
            nps integer CHECK (nps BETWEEN 0 AND 10),
            csat integer CHECK (csat BETWEEN 1 AND 5),
            ces integer CHECK (ces BETWEEN 1 AND 7),
            fcr integer CHECK (fcr IN (0, 1)),
            response_minutes double precision CHECK (response_minutes >= 0),
            submitted_at text NOT NULL DEFAULT '',
            attributes text NOT NULL DEFAULT '{}',
            PRIMARY KEY (map_id, id)))"_s,
        u"CREATE INDEX response_stage ON response (map_id, stage_id)"_s,
        u"CREATE INDEX response_touchpoint ON response (map_id, touchpoint_id) WHERE touchpoint_id IS NOT NULL"_s,
        uR"(CREATE TABLE business_period (
            map_id bigint NOT NULL REFERENCES map(map_id) ON DELETE CASCADE,
            id bigint NOT NULL,
            position integer NOT NULL,
            period text NOT NULL DEFAULT '',
            customers_start bigint NOT NULL DEFAULT 0 CHECK (customers_start >= 0),
            customers_lost bigint NOT NULL DEFAULT 0 CHECK (customers_lost >= 0),
            average_order_value double precision NOT NULL DEFAULT 0 CHECK (average_order_value >= 0),
            purchases_per_year double precision NOT NULL DEFAULT 0 CHECK (purchases_per_year >= 0),
            expected_years double precision NOT NULL DEFAULT 0 CHECK (expected_years >= 0),
            PRIMARY KEY (map_id, id)))"_s,
        uR"(CREATE TABLE comment (
            map_id bigint NOT NULL REFERENCES map(map_id) ON DELETE CASCADE,
            id bigint NOT NULL,
            target_kind text NOT NULL CHECK (target_kind IN ('map', 'stage', 'card')),
            target_id bigint NOT NULL DEFAULT 0,
            parent_id bigint,
            author text NOT NULL DEFAULT '',
            created_at text NOT NULL DEFAULT '',
            text text NOT NULL DEFAULT '',
            resolved integer NOT NULL DEFAULT 0 CHECK (resolved IN (0, 1)),
            PRIMARY KEY (map_id, id),
            FOREIGN KEY (map_id, parent_id) REFERENCES comment(map_id, id) ON DELETE CASCADE))"_s,
        u"CREATE INDEX comment_target ON comment (map_id, target_kind, target_id)"_s,
        // The survey import mapping remembered per export layout, as a file keeps it.
        uR"(CREATE TABLE import_mapping (
            map_id bigint NOT NULL REFERENCES map(map_id) ON DELETE CASCADE,
            signature text NOT NULL,
            mapping text NOT NULL DEFAULT '{}',
            PRIMARY KEY (map_id, signature)))"_s,
        // One row per committed change of a map, in commit order: what a follower that was
        // away reads to catch up (from its last seq), and what NOTIFY announces.
        // changed_rows names the rows the change touched, so that a follower re-reads those
        // alone: a JSON object of the primary keys without map_id per table,
        // {"card": [[5], [7]], "card_persona": [[5, 2]]}, or "*" for every row of a table.
        // NULL is "anything in the map may have changed" (a publish, and every change that a
        // version 1 workspace logged), after which a follower re-reads the whole map.
        uR"(CREATE TABLE change_log (
            seq bigserial PRIMARY KEY,
            map_id bigint NOT NULL REFERENCES map(map_id) ON DELETE CASCADE,
            changed_at timestamptz NOT NULL DEFAULT now(),
            author text NOT NULL DEFAULT current_user,
            what text NOT NULL,
            changed_rows text))"_s,
        u"CREATE INDEX change_log_map ON change_log (map_id, seq)"_s,
        snapshotTable(),
    } + responseChecks();
}

QStringList migrationSteps(int fromVersion)
{
    switch (fromVersion) {
    case 1:
        // Nullable and without a default, so that the changes logged before stay "anything may
        // have changed", which is all they can say; PostgreSQL adds such a column in its
        // catalog alone, without rewriting the table, however long the change log.
        return {u"ALTER TABLE change_log ADD COLUMN changed_rows text"_s, snapshotTable()};
    default:
        return {};
    }
}

QStringList tables()
{
    return {u"waymark_workspace"_s, u"map"_s, u"stage"_s, u"lane"_s, u"persona"_s, u"card"_s, u"card_persona"_s,
            u"card_link"_s, u"emotion_point"_s, u"response"_s, u"business_period"_s, u"comment"_s, u"import_mapping"_s, u"change_log"_s, u"snapshot"_s};
}

namespace {

bool hasTable(WorkspaceConnection &connection, const QString &table)
{
    // to_regclass is NULL for a table the search path does not find.
    return !connection.scalar(u"SELECT to_regclass(?)::text"_s, {table}).isNull();
}

} // namespace

int version(WorkspaceConnection &connection)
{
    if (!hasTable(connection, u"waymark_workspace"_s))
        return 0;
    const QVariant value = connection.scalar(u"SELECT max(version) FROM waymark_workspace"_s);
    const int found = value.isNull() ? 0 : value.toInt();
    if (found > CurrentVersion)
        throw StoreError(StoreError::Code::Newer,
                         tr("%1 was made by a newer Waymark (workspace version %2; this one reads up to %3): "
                            "update Waymark to use it")
                             .arg(connection.describe())
                             .arg(found)
                             .arg(CurrentVersion));
    return found;
}

namespace {

// The tables of `names` there are that the connection's role may not read, comma-separated;
// none when the database is no workspace at all (the version check says that in its words).
QString unreadable(WorkspaceConnection &connection, const QStringList &names)
{
    return connection
        .scalar(u"SELECT string_agg(t, ', ' ORDER BY t) FROM unnest(string_to_array(?::text, ',')) AS t "
                "WHERE to_regclass('waymark_workspace') IS NOT NULL AND to_regclass(t) IS NOT NULL "
                "AND NOT has_table_privilege(t, 'SELECT')"_s,
                {names.join(u',')})
        .toString();
}

// A role without grants is told so in words, not with the first "permission denied" of
// whichever query happened to come first.
void requireAccess(WorkspaceConnection &connection, const QStringList &names)
{
    const QString missing = unreadable(connection, names);
    if (missing.isEmpty())
        return;
    throw StoreError(StoreError::Code::ReadOnly,
                     tr("the role %1 has no access to %2 (it may not read %3): ask whoever runs the "
                        "workspace to GRANT SELECT on its tables to read maps, and INSERT, UPDATE, DELETE too to edit them")
                         .arg(MessageText::quoted(connection.role()), connection.describe(), missing));
}

} // namespace

void require(WorkspaceConnection &connection)
{
    requireAccess(connection, tables()); // before the version, which a role without grants cannot read
    const int found = version(connection);
    if (found == 0)
        throw StoreError(StoreError::Code::NotWaymark,
                         tr("%1 is not a Waymark workspace yet (make it one with 'waymark workspace init %2')")
                             .arg(connection.describe(), connection.address().toString()));
    if (found < CurrentVersion)
        throw StoreError(StoreError::Code::Invalid,
                         tr("%1 is of an older version (%2): bring it forward with 'waymark workspace init %3'")
                             .arg(connection.describe())
                             .arg(found)
                             .arg(connection.address().toString()));
}

InitResult init(WorkspaceConnection &connection)
{
    WorkspaceConnection::Transaction transaction(connection);
    // Two inits at once: the second waits here, then finds the first one's tables.
    connection.run(u"SELECT pg_advisory_xact_lock(hashtext('waymark workspace init'))"_s);
    const int found = version(connection);
    if (found == CurrentVersion)
        return InitResult::AlreadyCurrent;
    if (found == 0) {
        for (const QString &table : tables()) {
            if (hasTable(connection, table))
                throw StoreError(StoreError::Code::Foreign,
                                 tr("%1 already has a table %2 that is not a Waymark workspace's; use an empty "
                                    "database (or schema) for the workspace")
                                     .arg(connection.describe(), table));
        }
        for (const QString &statement : createStatements())
            connection.execute(statement);
        connection.run(u"INSERT INTO waymark_workspace (version) VALUES (?)"_s, {CurrentVersion});
        transaction.commit();
        return InitResult::Created;
    }
    for (int from = found; from < CurrentVersion; ++from) {
        for (const QString &statement : migrationSteps(from))
            connection.execute(statement);
    }
    connection.run(u"UPDATE waymark_workspace SET version = ?"_s, {CurrentVersion});
    transaction.commit();
    return InitResult::Migrated;
}

} // namespace Waymark::WorkspaceSchema
