#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <QTemporaryDir>

#include <memory>

namespace Waymark {
class Document;
}

// Helpers shared by the tests; each test class stays in a file of its own.
namespace Waymark::Test {

// Every row of every table of a map file, in a stable order, as text: two files with the
// same dump hold the same data.
QString dumpTables(const QString &path);

// SHA-256 of a file's bytes, to show that a refused operation left it untouched.
QByteArray digest(const QString &path);

QString fixture(const QString &relativePath);

// A folder for a test's files, on tmpfs when the machine has one: the document commits with
// full fsync, which a test of hundreds of edits should not wait for on a real disk.
std::unique_ptr<QTemporaryDir> scratchDir();
QString artifactPath(const QString &fileName);

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the built waymark binary ($WAYMARK_BINARY) with the arguments, in `workingDir`.
Run runWaymark(const QStringList &arguments, const QString &workingDir = {});
// A run's exit code, stdout and stderr (each cut to its first 4,000 characters), for a
// failing check's message.
QString describe(const Run &run);

// Runs statements on a file through a plain SQLite connection (none of Waymark's guards), as
// another program or an attacker with the sqlite3 shell would; returns the first error, or an
// empty string. For crafting hostile files.
QString runSql(const QString &path, const QStringList &statements);
// The first column of the first row of `query` on the file, read the same way.
QVariant querySql(const QString &path, const QString &query);

// A valid PNG that says it is `width` x `height` 8-bit grey pixels in a few hundred bytes:
// decoded, it would take width x height bytes (a "decompression bomb").
QByteArray pngBomb(quint32 width, quint32 height);

// The names in a folder, hidden ones too, sorted: to show that nothing was left beside a file.
QStringList entriesOf(const QString &folder);

// A new map file made from a built-in template, opened for editing.
std::unique_ptr<Document> documentFromTemplate(const QString &path, const QString &templateName);
// The same file, replacing one at `path`, not left open: for a test of the command line.
QString mapFileFromTemplate(const QString &path, const QString &templateName = QStringLiteral("phone-store"));

// Another program's write lock on the file (BEGIN IMMEDIATE on a connection of its own):
// Waymark can still read the map, and every write it tries is refused as "locked". Since
// Waymark's connections run no triggers, this is how a test makes a write fail.
class ForeignWriteLock
{
public:
    explicit ForeignWriteLock(const QString &path);
    ~ForeignWriteLock();
    ForeignWriteLock(const ForeignWriteLock &) = delete;
    ForeignWriteLock &operator=(const ForeignWriteLock &) = delete;

    bool isHeld() const { return m_held; }
    void release();

private:
    QString m_connection;
    bool m_held = false;
};

} // namespace Waymark::Test
