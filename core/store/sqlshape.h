#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace Waymark {

// The shape of a CREATE statement as SQLite keeps it in sqlite_schema, independent of how it
// was typed: spacing, comments, letter case and identifier quoting do not count, and the
// columns and constraints of a table form a set. ALTER TABLE ADD COLUMN appends its column
// text to the stored statement, after any table constraint, so that a table migrated forward
// reads differently from a new one but has the same shape. The tokenizer follows
// https://www.sqlite.org/lang_keywords.html and never executes anything.
class SqlShape
{
public:
    // Shapes `sql`; invalid() when it is not one statement SQLite could have stored.
    explicit SqlShape(QStringView sql);

    bool isValid() const { return m_valid; }
    // "table", "index", "view", "trigger" or "virtual table"; empty when invalid.
    const QString &kind() const { return m_kind; }
    // The canonical text: equal for statements of the same shape.
    const QString &canonical() const { return m_canonical; }

    // Lower-case tokens, identifiers unquoted (for tests and for the kind).
    static QStringList tokens(QStringView sql, bool *ok = nullptr);

private:
    bool m_valid = false;
    QString m_kind;
    QString m_canonical;
};

} // namespace Waymark
