#include "testsupport.h"

#include "document/document.h"
#include "templates/templatelibrary.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUuid>

#include <functional>

#include <zlib.h>

using namespace Qt::StringLiterals;

namespace Waymark::Test {

namespace {

QString cellText(const QVariant &value)
{
    if (value.isNull())
        return u"NULL"_s;
    switch (value.metaType().id()) {
    case QMetaType::QByteArray:
        return u"x'"_s + QString::fromLatin1(value.toByteArray().toHex()) + u"'"_s;
    case QMetaType::Double:
        return QString::number(value.toDouble(), 'g', 17);
    default:
        return value.toString();
    }
}

} // namespace

QString dumpTables(const QString &path)
{
    const QString name = u"dump-"_s + QUuid::createUuid().toString();
    QString dump;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!db.open())
            return u"cannot open: "_s + db.lastError().text();
        QSqlQuery pragmas(db);
        pragmas.exec(u"SELECT (SELECT application_id FROM pragma_application_id), (SELECT user_version FROM pragma_user_version)"_s);
        pragmas.next();
        dump += u"application_id=%1 user_version=%2\n"_s.arg(pragmas.value(0).toString(), pragmas.value(1).toString());
        QSqlQuery tables(u"SELECT name, sql FROM sqlite_master ORDER BY type, name"_s, db);
        QStringList names;
        while (tables.next()) {
            dump += tables.value(1).toString() + u'\n';
            if (tables.value(1).toString().startsWith(u"CREATE TABLE"_s))
                names.append(tables.value(0).toString());
        }
        for (const QString &table : std::as_const(names)) {
            QSqlQuery rows(db);
            rows.exec(u"SELECT * FROM \"%1\""_s.arg(table));
            const int columns = rows.record().count();
            QStringList order;
            for (int i = 1; i <= columns; ++i)
                order.append(QString::number(i));
            rows.exec(u"SELECT * FROM \"%1\" ORDER BY %2"_s.arg(table, order.join(u", "_s)));
            dump += u"== "_s + table + u'\n';
            while (rows.next()) {
                QStringList cells;
                for (int i = 0; i < columns; ++i)
                    cells.append(cellText(rows.value(i)));
                dump += cells.join(u" | "_s) + u'\n';
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return dump;
}

QByteArray digest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QString fixture(const QString &relativePath)
{
    return QStringLiteral(WAYMARK_FIXTURES) + u'/' + relativePath;
}

std::unique_ptr<QTemporaryDir> scratchDir()
{
    const QFileInfo shm(u"/dev/shm"_s);
    if (shm.isDir() && shm.isWritable()) {
        auto dir = std::make_unique<QTemporaryDir>(u"/dev/shm/waymark-test-XXXXXX"_s);
        if (dir->isValid())
            return dir;
    }
    return std::make_unique<QTemporaryDir>();
}

QString artifactPath(const QString &fileName)
{
    return QStringLiteral(WAYMARK_TEST_ARTIFACTS) + u'/' + fileName;
}

Run runWaymark(const QStringList &arguments, const QString &workingDir)
{
    QProcess process;
    process.setProgram(qEnvironmentVariable("WAYMARK_BINARY"));
    process.setArguments(arguments);
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
    process.start();
    Run run;
    if (!process.waitForFinished(120000)) {
        run.err = u"did not finish: "_s + process.errorString();
        process.kill();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

namespace {

// Runs `work` on a plain connection to `path` (named uniquely, removed after); returns the
// connection's error when it cannot open.
QString withConnection(const QString &path, bool readOnly, const std::function<void(QSqlDatabase &)> &work)
{
    const QString name = u"craft-"_s + QUuid::createUuid().toString();
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            work(db);
            db.close();
        } else {
            error = db.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace

QString runSql(const QString &path, const QStringList &statements)
{
    QString failed;
    const QString error = withConnection(path, false, [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        for (const QString &statement : statements) {
            if (!query.exec(statement)) {
                failed = statement.left(200) + u": "_s + query.lastError().text();
                break;
            }
        }
    });
    return error.isEmpty() ? failed : error;
}

QVariant querySql(const QString &path, const QString &sql)
{
    QVariant value;
    withConnection(path, true, [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        if (query.exec(sql) && query.next())
            value = query.value(0);
    });
    return value;
}

namespace {

QByteArray bigEndian(quint32 value)
{
    return QByteArray(1, char(value >> 24)) + char(value >> 16) + char(value >> 8) + char(value);
}

QByteArray pngChunk(const QByteArray &type, const QByteArray &data)
{
    const QByteArray body = type + data;
    const uLong crc = crc32(0, reinterpret_cast<const Bytef *>(body.constData()), uInt(body.size()));
    return bigEndian(quint32(data.size())) + body + bigEndian(quint32(crc));
}

} // namespace

QByteArray pngBomb(quint32 width, quint32 height)
{
    const QByteArray header = bigEndian(width) + bigEndian(height) + QByteArray::fromHex("0800000000"); // 8-bit grey
    const QByteArray rows(64 * 1024, '\0'); // the first rows only: a decoder would read on
    uLongf size = compressBound(uLong(rows.size()));
    QByteArray packed(qsizetype(size), '\0');
    compress2(reinterpret_cast<Bytef *>(packed.data()), &size, reinterpret_cast<const Bytef *>(rows.constData()),
              uLong(rows.size()), 9);
    packed.resize(qsizetype(size));
    return QByteArray::fromHex("89504e470d0a1a0a") + pngChunk("IHDR", header) + pngChunk("IDAT", packed) + pngChunk("IEND", {});
}

QString describe(const Run &run)
{
    constexpr qsizetype shown = 4000;
    return QStringLiteral("exit %1\n--- stdout:\n%2\n--- stderr:\n%3")
        .arg(QString::number(run.exitCode), run.out.left(shown), run.err.left(shown));
}

QStringList entriesOf(const QString &folder)
{
    QStringList entries = QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    entries.sort();
    return entries;
}

std::unique_ptr<Document> documentFromTemplate(const QString &path, const QString &templateName)
{
    return Document::create(path, TemplateLibrary::load(templateName));
}

QString mapFileFromTemplate(const QString &path, const QString &templateName)
{
    QFile::remove(path);
    Document::write(path, TemplateLibrary::load(templateName));
    return path;
}

ForeignWriteLock::ForeignWriteLock(const QString &path)
    : m_connection(u"foreign-lock-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(path);
    m_held = db.open() && QSqlQuery(db).exec(u"BEGIN IMMEDIATE"_s);
}

ForeignWriteLock::~ForeignWriteLock()
{
    release();
    QSqlDatabase::removeDatabase(m_connection);
}

void ForeignWriteLock::release()
{
    if (!m_held)
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        db.close();
    }
    m_held = false;
}

} // namespace Waymark::Test
