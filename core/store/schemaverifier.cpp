#include "schemaverifier.h"

#include "connectionguard.h"
#include "schema.h"
#include "sqlshape.h"
#include "store.h"

#include <QHash>
#include <QSet>

#include <sqlite3.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace Waymark::SchemaVerifier {

namespace {

// Objects beyond this are not listed one by one: a file with thousands is crafted anyway.
constexpr int MaxObjects = 2000;
// Waymark's statements are under 2 KiB; a longer one in a file is not one of them.
constexpr int MaxStatementLength = 64 * 1024;

struct Object {
    QString type;
    QString name;
    QString table; // tbl_name
    QString sql;
    bool tooLong = false;
};

// A private in-memory database under the same guard as a map's connection.
class MemoryDatabase
{
public:
    MemoryDatabase()
    {
        if (sqlite3_open_v2(":memory:", &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_PRIVATECACHE,
                            nullptr) == SQLITE_OK)
            m_guard = std::make_unique<ConnectionGuard>(m_db);
    }
    ~MemoryDatabase()
    {
        m_guard.reset();
        sqlite3_close(m_db);
    }
    MemoryDatabase(const MemoryDatabase &) = delete;
    MemoryDatabase &operator=(const MemoryDatabase &) = delete;

    bool isOpen() const { return m_guard && m_guard->isApplied(); }
    sqlite3 *handle() const { return m_db; }

    // Runs one statement; false when it fails or is more than one statement.
    bool run(const QString &sql)
    {
        const QByteArray utf8 = sql.toUtf8();
        sqlite3_stmt *statement = nullptr;
        const char *tail = nullptr;
        m_guard->arm();
        if (sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &statement, &tail) != SQLITE_OK || !statement) {
            sqlite3_finalize(statement);
            return false;
        }
        const bool single = QByteArrayView(tail, utf8.constData() + utf8.size() - tail).trimmed().isEmpty();
        int code = SQLITE_DONE;
        if (single) {
            while ((code = sqlite3_step(statement)) == SQLITE_ROW) {
            }
        }
        sqlite3_finalize(statement);
        return single && code == SQLITE_DONE;
    }

    QList<Object> objects() const
    {
        QList<Object> list;
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(m_db, "SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE sql IS NOT NULL", -1,
                               &statement, nullptr) != SQLITE_OK)
            return list;
        const auto text = [statement](int column) {
            return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, column)),
                                     sqlite3_column_bytes(statement, column));
        };
        while (sqlite3_step(statement) == SQLITE_ROW)
            list.append({text(0), text(1), text(2), text(3)});
        sqlite3_finalize(statement);
        return list;
    }

private:
    sqlite3 *m_db = nullptr;
    std::unique_ptr<ConnectionGuard> m_guard;
};

// While the file's statements are re-created: CREATE TABLE and CREATE INDEX, and SQLite's
// own bookkeeping for them; nothing that reads data, runs a query or changes a setting.
int onlyCreate(void *, int action, const char *first, const char *, const char *, const char *)
{
    const auto isSchemaTable = [first] {
        return first && (qstrcmp(first, "sqlite_master") == 0 || qstrcmp(first, "sqlite_schema") == 0);
    };
    switch (action) {
    case SQLITE_CREATE_TABLE:
    case SQLITE_CREATE_INDEX:
    case SQLITE_REINDEX:  // the new index, of an empty table
    case SQLITE_READ:     // a column named in a CHECK or an index: resolved, nothing is read
    case SQLITE_FUNCTION: // in a CHECK or an index expression: resolved, not called
        return SQLITE_OK;
    case SQLITE_INSERT:
    case SQLITE_UPDATE:
    case SQLITE_DELETE:
        return isSchemaTable() ? SQLITE_OK : SQLITE_DENY;
    default: // SQLITE_SELECT (CREATE TABLE … AS SELECT), PRAGMA, ATTACH, …
        return SQLITE_DENY;
    }
}

struct Expected {
    QString type;
    QString table;
    QString canonical;
};

// The shapes this version creates, by lower-case name; made once.
const QHash<QString, Expected> &expectedObjects()
{
    static const QHash<QString, Expected> expected = [] {
        QHash<QString, Expected> objects;
        MemoryDatabase fresh;
        if (!fresh.isOpen())
            return objects;
        for (const QString &statement : Schema::createStatements())
            fresh.run(statement);
        for (const Object &object : fresh.objects())
            objects.insert(object.name.toLower(), {object.type, object.table.toLower(), SqlShape(object.sql).canonical()});
        return objects;
    }();
    return expected;
}

QList<Object> fileObjects(Store &store)
{
    QList<Object> list;
    QSqlQuery &query = store.select(u"SELECT type, substr(name, 1, 256), substr(tbl_name, 1, 256), "
                                    "length(sql) > %1, substr(sql, 1, %1) FROM sqlite_schema ORDER BY rowid LIMIT %2"_s
                                        .arg(QString::number(MaxStatementLength), QString::number(MaxObjects)));
    while (store.next(query)) {
        list.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                     query.value(4).toString(), query.value(3).toBool()});
        if (query.value(4).isNull())
            list.last().sql = QString(); // an internal index (sqlite_autoindex_...)
    }
    return list;
}

// The index SQLite makes for a PRIMARY KEY or UNIQUE constraint: part of its table, which is
// checked as a whole.
bool isInternalIndex(const Object &object)
{
    return object.type == u"index"_s && object.sql.isNull() && object.name.startsWith(u"sqlite_autoindex_"_s);
}

} // namespace

QList<SchemaProblem> verify(Store &store, int version)
{
    using Kind = SchemaProblem::Kind;
    const QHash<QString, Expected> &expected = expectedObjects();
    QList<SchemaProblem> problems;
    MemoryDatabase replay;
    if (expected.isEmpty() || !replay.isOpen())
        return {{Kind::Mismatch, u"table"_s, u"cannot build the reference schema"_s, {}}};

    // Waymark's names, replayed tables first so that their indexes find them.
    QList<Object> ours;
    QSet<QString> replaced; // names held by an object of another type
    for (const Object &object : fileObjects(store)) {
        const QString key = object.name.toLower();
        const auto it = expected.constFind(key);
        if (isInternalIndex(object))
            continue;
        if (it == expected.constEnd()) {
            problems.append({Kind::Extra, object.type, object.name, {}});
            continue;
        }
        const SqlShape shape(object.sql);
        if (object.type != it->type || (shape.isValid() && shape.kind() != it->type)) {
            problems.append({Kind::InPlaceOf, shape.isValid() ? shape.kind() : object.type, object.name, it->type});
            replaced.insert(key);
            continue;
        }
        if (object.tooLong || !shape.isValid()) {
            problems.append({Kind::Altered, it->type, object.name, {}});
            replaced.insert(key);
            continue;
        }
        ours.append(object);
    }
    std::stable_sort(ours.begin(), ours.end(), [](const Object &a, const Object &b) {
        return a.type == u"table"_s && b.type != u"table"_s;
    });
    sqlite3_set_authorizer(replay.handle(), onlyCreate, nullptr);
    for (const Object &object : std::as_const(ours)) {
        if (!replay.run(object.sql)) {
            problems.append({Kind::Altered, object.type, object.name, {}});
            replaced.insert(object.name.toLower());
        }
    }
    sqlite3_set_authorizer(replay.handle(), nullptr, nullptr);

    // Forward to this version, as the file itself would be.
    for (int from = version; from < Schema::CurrentVersion; ++from) {
        for (const QString &statement : Schema::migrationSteps(from)) {
            if (!replay.run(statement)) {
                problems.append({Kind::Mismatch, u"table"_s,
                                 u"format %1 cannot be upgraded: %2"_s.arg(QString::number(from),
                                                                           QString::fromUtf8(sqlite3_errmsg(replay.handle()))),
                                 {}});
                return problems;
            }
        }
    }

    QSet<QString> present;
    for (const Object &object : replay.objects()) {
        const QString key = object.name.toLower();
        present.insert(key);
        const Expected want = expected.value(key);
        if (SqlShape(object.sql).canonical() != want.canonical && !replaced.contains(key))
            problems.append({Kind::Altered, want.type, object.name, {}});
    }
    QList<SchemaProblem> missing;
    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
        // An index of a table that is missing or replaced goes without saying.
        if (!present.contains(it.key()) && !replaced.contains(it.key())
            && !(it->type == u"index"_s && (replaced.contains(it->table) || !present.contains(it->table))))
            missing.append({Kind::Missing, it->type, it.key(), {}});
    }
    std::sort(missing.begin(), missing.end(), [](const SchemaProblem &a, const SchemaProblem &b) {
        return a.type != b.type ? a.type > b.type : a.name < b.name; // tables before indexes
    });
    return problems + missing;
}

} // namespace Waymark::SchemaVerifier
