#include "maplock.h"

#include "io/messagetext.h"
#include "model/valuebounds.h"
#include "storeerror.h"
#include "io/translate.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QThread>

#include <cerrno>
#include <climits>
#include <cstring>
#include <optional>

#include <fcntl.h>
#include <pwd.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Waymark {

namespace {

constexpr qsizetype MaxNameLength = 256;
// A takeover guard left by a process that died while taking a lock over.
constexpr int GuardStaleSeconds = 10;
constexpr int GuardWaitMs = 1000;
constexpr int GuardPollMs = 25;

QByteArray encoded(const QString &path)
{
    return QFile::encodeName(path);
}

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// Names from a lock file go into messages: bounded, on one line, escaped.
QString shown(const QString &text)
{
    QString line = ValueBounds::forDisplay(text, 64);
    line.replace(u'\n', u' ').replace(u'\t', u' ');
    return MessageText::escaped(line.isEmpty() ? tr("someone") : line);
}

QString shownTime(const QDateTime &time)
{
    const QDateTime local = time.toLocalTime();
    return local.date() == QDate::currentDate() ? local.toString(u"HH:mm"_s) : local.toString(u"yyyy-MM-dd HH:mm"_s);
}

QString userName()
{
    if (const passwd *entry = ::getpwuid(::getuid()); entry && entry->pw_name && *entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? u"someone"_s : user;
}

QString newToken()
{
    quint64 words[2];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex());
}

QByteArray record(const MapLock::Holder &holder)
{
    const QJsonObject object{
        {u"app"_s, u"Waymark"_s},
        {u"user"_s, holder.user},
        {u"host"_s, holder.host},
        {u"pid"_s, holder.pid},
        {u"since"_s, holder.since.toUTC().toString(Qt::ISODate)},
        {u"heartbeat"_s, holder.heartbeat.toUTC().toString(Qt::ISODate)},
        {u"token"_s, holder.token},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

// Reads a record Waymark wrote; an empty optional and `why` for anything else.
std::optional<MapLock::Holder> parseRecord(const QByteArray &bytes, QString *why)
{
    QJsonParseError error{};
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !json.isObject()) {
        *why = tr("it is not a lock record");
        return std::nullopt;
    }
    const QJsonObject object = json.object();
    const auto text = [&object](const QString &key, bool required) -> std::optional<QString> {
        const QJsonValue value = object.value(key);
        if (!value.isString() || value.toString().size() > MaxNameLength || (required && value.toString().isEmpty()))
            return std::nullopt;
        return value.toString();
    };
    const auto time = [&object](const QString &key) -> QDateTime {
        const QJsonValue value = object.value(key);
        return value.isString() && value.toString().size() <= 64 ? QDateTime::fromString(value.toString(), Qt::ISODate) : QDateTime();
    };
    MapLock::Holder holder;
    const std::optional<QString> user = text(u"user"_s, false);
    const std::optional<QString> host = text(u"host"_s, true);
    const std::optional<QString> token = text(u"token"_s, true);
    const QJsonValue pid = object.value(u"pid"_s);
    const double pidValue = pid.toDouble(-1);
    holder.since = time(u"since"_s);
    holder.heartbeat = time(u"heartbeat"_s);
    if (!user || !host || !token || !pid.isDouble() || pidValue < 1 || pidValue > INT_MAX || pidValue != qint64(pidValue)
        || !holder.since.isValid() || !holder.heartbeat.isValid()) {
        *why = tr("its record is incomplete or has values of the wrong kind");
        return std::nullopt;
    }
    holder.user = *user;
    holder.host = *host;
    holder.token = *token;
    holder.pid = qint64(pidValue);
    return holder;
}

bool processIsGone(qint64 pid)
{
    return ::kill(pid_t(pid), 0) == -1 && errno == ESRCH;
}

// Writes `bytes` to a new file at `path`; false with `error` set when that fails.
bool writeNew(const QString &path, const QByteArray &bytes, int *error)
{
    const int fd = ::open(encoded(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (fd < 0) {
        *error = errno;
        return false;
    }
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + written, size_t(bytes.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            *error = n < 0 ? errno : ENOSPC;
            ::close(fd);
            ::unlink(encoded(path).constData());
            return false;
        }
        written += n;
    }
    ::close(fd);
    return true;
}

[[noreturn]] void cannotWrite(const QString &lockPath, const QString &mapPath, int error)
{
    const StoreError::Code code = (error == EACCES || error == EROFS || error == EPERM) ? StoreError::Code::ReadOnly
                                                                                       : StoreError::Code::Io;
    throw StoreError(code, tr("cannot write the lock file %1 beside %2: %3; nothing was changed")
                               .arg(MessageText::quotedPath(lockPath), MessageText::quotedPath(mapPath), systemError(error)));
}

// Puts `bytes` at `lockPath` unless a file is there: false when one is. A complete temporary
// file is hard-linked into place, so that a reader never sees half a record and of two
// writers exactly one wins; where the file system has no hard links, O_EXCL decides.
bool createExclusive(const QString &lockPath, const QString &mapPath, const QByteArray &bytes, const QString &token)
{
    const QString temporary = lockPath + u".tmp-"_s + token;
    int error = 0;
    if (!writeNew(temporary, bytes, &error))
        cannotWrite(lockPath, mapPath, error);
    const int linked = ::link(encoded(temporary).constData(), encoded(lockPath).constData());
    const int linkError = errno;
    ::unlink(encoded(temporary).constData());
    if (linked == 0)
        return true;
    if (linkError == EEXIST)
        return false;
    if (linkError != EPERM && linkError != EOPNOTSUPP && linkError != ENOSYS && linkError != EXDEV && linkError != EMLINK)
        cannotWrite(lockPath, mapPath, linkError);
    if (writeNew(lockPath, bytes, &error))
        return true;
    if (error == EEXIST)
        return false;
    cannotWrite(lockPath, mapPath, error);
}

// Held while a dead or stale lock is replaced, so that of two processes taking it over at the
// same time one does and the other then finds the new, live lock.
class TakeoverGuard
{
public:
    explicit TakeoverGuard(const QString &lockPath)
        : m_path(lockPath + u".takeover"_s)
    {
        for (int waited = 0;; waited += GuardPollMs) {
            int error = 0;
            if (writeNew(m_path, QByteArray::number(QCoreApplication::applicationPid()), &error)) {
                m_held = true;
                return;
            }
            if (error != EEXIST)
                return; // cannot write here at all: the lock itself reports it
            const QFileInfo guard(m_path);
            if (guard.lastModified().secsTo(QDateTime::currentDateTime()) > GuardStaleSeconds)
                ::unlink(encoded(m_path).constData());
            else if (waited >= GuardWaitMs)
                return;
            else
                QThread::msleep(GuardPollMs);
        }
    }
    ~TakeoverGuard()
    {
        if (m_held)
            ::unlink(encoded(m_path).constData());
    }
    TakeoverGuard(const TakeoverGuard &) = delete;
    TakeoverGuard &operator=(const TakeoverGuard &) = delete;
    bool isHeld() const { return m_held; }

private:
    QString m_path;
    bool m_held = false;
};

QString noteOnTakeover(const QString &mapPath, const MapLock::Status &status)
{
    const MapLock::Holder &holder = status.holder;
    if (status.state == MapLock::State::Dead)
        return tr("took over the lock of %1 left by %2 on %3 (its process %4 is no longer running)")
            .arg(MessageText::quotedPath(mapPath), shown(holder.user), shown(holder.host), QString::number(holder.pid));
    if (holder.token.isEmpty())
        return tr("replaced the lock file of %1, which could not be read (%2) and had not changed for %3 minutes")
            .arg(MessageText::quotedPath(mapPath), status.detail,
                 QString::number(QFileInfo(MapLock::lockPathFor(mapPath)).lastModified().secsTo(QDateTime::currentDateTime()) / 60));
    return tr("took over the lock of %1 held by %2 on %3 since %4: it had no heartbeat for %5 minutes")
        .arg(MessageText::quotedPath(mapPath), shown(holder.user), shown(holder.host), shownTime(holder.since),
             QString::number(holder.heartbeat.secsTo(QDateTime::currentDateTimeUtc()) / 60));
}

} // namespace

QString MapLock::lockPathFor(const QString &mapPath)
{
    const QFileInfo info(mapPath);
    return info.absolutePath() + u"/.~lock."_s + info.fileName() + u'#';
}

MapLock::Status MapLock::inspect(const QString &mapPath)
{
    const QString lockPath = lockPathFor(mapPath);
    Status status;
    struct stat info {};
    if (::lstat(encoded(lockPath).constData(), &info) != 0) {
        if (errno == ENOENT)
            return status;
        status.state = State::Unreadable;
        status.detail = systemError(errno);
        return status;
    }
    // Never followed nor read: a link, a folder or a pipe put where the lock goes.
    if (!S_ISREG(info.st_mode)) {
        status.state = State::Unreadable;
        status.detail = tr("it is not a regular file");
        return status;
    }
    const bool oldFile = QDateTime::fromSecsSinceEpoch(info.st_mtime).secsTo(QDateTime::currentDateTime()) > StaleSeconds;
    QByteArray bytes;
    if (info.st_size > MaxRecordBytes) {
        status.detail = tr("it is too large to be a lock record");
    } else {
        QFile file(lockPath);
        if (!file.open(QIODevice::ReadOnly)) {
            status.detail = file.errorString();
        } else {
            bytes = file.read(MaxRecordBytes + 1);
            if (bytes.size() > MaxRecordBytes)
                status.detail = tr("it is too large to be a lock record");
        }
    }
    if (status.detail.isEmpty()) {
        if (const std::optional<Holder> holder = parseRecord(bytes, &status.detail)) {
            status.holder = *holder;
            if (holder->host == QSysInfo::machineHostName() && holder->pid != QCoreApplication::applicationPid()
                && processIsGone(holder->pid))
                status.state = State::Dead;
            else if (holder->heartbeat.secsTo(QDateTime::currentDateTimeUtc()) > StaleSeconds)
                status.state = State::Stale;
            else
                status.state = State::Held;
            return status;
        }
    }
    status.state = oldFile ? State::Stale : State::Unreadable;
    return status;
}

QString MapLock::refusal(const QString &mapPath, const Status &status)
{
    const QString map = MessageText::quotedPath(mapPath);
    if (status.state == State::Unreadable)
        return tr("%1 may be open in Waymark elsewhere: its lock file %2 cannot be read (%3); if no one has the map open, "
                  "delete that file and try again")
            .arg(map, MessageText::quotedPath(lockPathFor(mapPath)), status.detail);
    return tr("%1 is open in Waymark by %2; try again when it is closed").arg(map, heldBy(status));
}

QString MapLock::heldBy(const Status &status)
{
    return tr("%1 on %2 since %3").arg(shown(status.holder.user), shown(status.holder.host), shownTime(status.holder.since));
}

std::unique_ptr<MapLock> MapLock::acquire(const QString &mapPath)
{
    const QString lockPath = lockPathFor(mapPath);
    Holder me;
    me.user = userName();
    me.host = QSysInfo::machineHostName();
    me.pid = QCoreApplication::applicationPid();
    me.since = QDateTime::currentDateTimeUtc();
    me.heartbeat = me.since;
    me.token = newToken();
    const QByteArray bytes = record(me);

    QString note;
    // A few rounds: a lock may be released, or taken over by another, between two looks.
    for (int round = 0; round < 4; ++round) {
        if (createExclusive(lockPath, mapPath, bytes, me.token))
            return std::unique_ptr<MapLock>(new MapLock(mapPath, me, note));
        const Status status = inspect(mapPath);
        if (status.state == State::Free)
            continue;
        if (status.state == State::Held || status.state == State::Unreadable)
            throw StoreError(StoreError::Code::Locked, refusal(mapPath, status));
        TakeoverGuard guard(lockPath);
        if (!guard.isHeld())
            throw StoreError(StoreError::Code::Locked,
                             tr("%1 is being opened by another program; try again in a moment").arg(MessageText::quotedPath(mapPath)));
        // Under the guard: still the very lock judged above, or another process got there first.
        const Status again = inspect(mapPath);
        if ((again.state == State::Dead || again.state == State::Stale) && again.holder.token == status.holder.token) {
            note = noteOnTakeover(mapPath, again);
            if (::unlink(encoded(lockPath).constData()) != 0 && errno != ENOENT)
                cannotWrite(lockPath, mapPath, errno);
        }
    }
    throw StoreError(StoreError::Code::Locked,
                     tr("%1 is being opened by another program; try again in a moment").arg(MessageText::quotedPath(mapPath)));
}

MapLock::MapLock(const QString &mapPath, Holder holder, QString note)
    : m_mapPath(mapPath)
    , m_path(lockPathFor(mapPath))
    , m_holder(std::move(holder))
    , m_note(std::move(note))
{
}

MapLock::~MapLock()
{
    release();
}

bool MapLock::refresh()
{
    if (!m_held)
        return false;
    const Status status = inspect(m_mapPath);
    if (status.holder.token != m_holder.token) {
        m_held = false;
        return false;
    }
    Holder next = m_holder;
    next.heartbeat = QDateTime::currentDateTimeUtc();
    const QString temporary = m_path + u".tmp-"_s + m_holder.token;
    int error = 0;
    // A failed heartbeat (a full disk, a network hiccup) is tried again next time.
    if (!writeNew(temporary, record(next), &error))
        return true;
    if (::rename(encoded(temporary).constData(), encoded(m_path).constData()) != 0) {
        ::unlink(encoded(temporary).constData());
        return true;
    }
    m_holder = next;
    return true;
}

void MapLock::release()
{
    if (!m_held)
        return;
    m_held = false;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    QString why;
    const std::optional<Holder> holder = parseRecord(file.read(MaxRecordBytes + 1), &why);
    file.close();
    if (holder && holder->token == m_holder.token)
        ::unlink(encoded(m_path).constData());
}

} // namespace Waymark
