#include "store.h"

#include "io/messagetext.h"
#include "io/translate.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QSqlError>

using namespace Qt::StringLiterals;

// How SQLite's result codes become the errors users read: each names the file and says what
// to do; "read-only" only when the file is.
namespace Waymark {

namespace {

// SQLite primary result codes, as the QSQLITE driver reports them in nativeErrorCode().
enum SqliteCode {
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteNoMem = 7,
    SqliteReadOnly = 8,
    SqliteInterrupt = 9,
    SqliteIoErr = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteTooBig = 18,
    SqliteConstraint = 19,
    SqliteNotADb = 26,
    // Extended codes: a journal or WAL left by a crash, which a read-only connection cannot
    // replay; the file was moved or deleted while open.
    SqliteReadOnlyRecovery = SqliteReadOnly | (1 << 8),
    SqliteReadOnlyRollback = SqliteReadOnly | (3 << 8),
    SqliteReadOnlyDbMoved = SqliteReadOnly | (4 << 8),
};

// A non-empty rollback journal beside the file: left by a crash (or by a writer at work).
bool hasJournal(const QString &path)
{
    const QFileInfo journal(path + u"-journal"_s);
    return journal.isFile() && journal.size() > 0;
}

} // namespace

void Store::fail(const QSqlError &error) const
{
    fail(error.nativeErrorCode().toInt(), error.databaseText().isEmpty() ? error.text() : error.databaseText());
}

void Store::fail(int nativeCode, const QString &detail) const
{
    const int code = nativeCode & 0xff;
    if (nativeCode == SqliteReadOnlyRollback || nativeCode == SqliteReadOnlyRecovery
        || (code == SqliteReadOnly && m_access == Access::ReadOnly && hasJournal(m_file)))
        throw StoreError(StoreError::Code::HotJournal,
                         tr("%1 was left half-written by a crash; open it in Waymark (or run any editing command) "
                            "to recover it").arg(quotedPath()));
    switch (code) {
    case SqliteBusy:
    case SqliteLocked:
        throw StoreError(StoreError::Code::Locked,
                         tr("%1 is locked by another program; close it there and try again").arg(quotedPath()));
    case SqliteReadOnly:
        if (nativeCode == SqliteReadOnlyDbMoved)
            throw StoreError(StoreError::Code::Io, tr("%1 was moved or deleted while Waymark had it open").arg(quotedPath()));
        throw StoreError(StoreError::Code::ReadOnly, tr("%1 is read-only; nothing was changed").arg(quotedPath()));
    case SqliteInterrupt:
        throw StoreError(StoreError::Code::TimedOut,
                         tr("%1 took too long to read (one step ran past %2 seconds); it may be damaged or crafted")
                             .arg(quotedPath(), QString::number(m_guard ? m_guard->budget().count() / 1000.0 : 0, 'g', 3)));
    case SqliteTooBig:
        throw StoreError(StoreError::Code::TooLarge,
                         tr("%1 holds a value larger than Waymark reads (%2); it may be damaged or crafted")
                             .arg(quotedPath(), QLocale().formattedDataSize(ConnectionGuard::MaxValueBytes, 0)));
    case SqliteNoMem:
        throw StoreError(StoreError::Code::TooLarge, tr("there is not enough memory to read %1").arg(quotedPath()));
    case SqliteCorrupt:
    case SqliteNotADb:
        throw StoreError(StoreError::Code::Corrupt,
                         tr("%1 is damaged (%2); restore it from a backup").arg(quotedPath(), MessageText::quoted(detail)));
    case SqliteFull:
        throw StoreError(StoreError::Code::DiskFull,
                         tr("cannot write %1: the disk is full; the map on disk is unchanged").arg(quotedPath()));
    case SqliteConstraint:
        throw StoreError(StoreError::Code::Invalid, tr("%1: %2").arg(quotedPath(), MessageText::quoted(detail)));
    case SqliteIoErr:
    case SqliteCantOpen:
    default:
        throw StoreError(StoreError::Code::Io, tr("cannot read or write %1: %2").arg(quotedPath(), MessageText::quoted(detail)));
    }
}

} // namespace Waymark
