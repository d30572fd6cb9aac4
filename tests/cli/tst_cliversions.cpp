// `waymark snapshot`, `snapshots`, `diff` and `restore` end to end, as a user or a script runs
// them, and the living map's owner and review date in `waymark info`. An edit by another
// program stands for the workshop's edits (the command line has no editing commands).

#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using Waymark::Test::digest;
using Waymark::Test::fixture;
using Waymark::Test::Run;
using Waymark::Test::runWaymark;

namespace {

QJsonObject jsonOf(const Run &run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

} // namespace

class TestCliVersions : public QObject
{
    Q_OBJECT

private slots:
    void snapshotDiffRestore();
    void refusals_data();
    void refusals();
    void importTakesASnapshot();
    void hostileSnapshot();
    void infoShowsReview_data();
    void infoShowsReview();

private:
    QTemporaryDir *dir()
    {
        if (!m_dir)
            m_dir = Waymark::Test::scratchDir();
        return m_dir.get();
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliVersions::snapshotDiffRestore()
{
    const QString path = Waymark::Test::mapFileFromTemplate(dir()->filePath(u"store.waymark"_s));
    Run run = runWaymark({u"snapshot"_s, path, u"--label"_s, u"before workshop"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY2(run.out.contains(u"snapshot 'before workshop' taken"_s), qPrintable(run.out));

    run = runWaymark({u"diff"_s, path, u"--since"_s, u"before workshop"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QCOMPARE(run.out, u"no changes since 'before workshop'\n"_s);

    const qint64 card = Waymark::Test::querySql(path, u"SELECT min(id) FROM card WHERE kind = 'touchpoint'"_s).toLongLong();
    const QString oldTitle = Waymark::Test::querySql(path, u"SELECT title FROM card WHERE id = %1"_s.arg(card)).toString();
    QCOMPARE(Waymark::Test::runSql(path, {u"UPDATE card SET title = 'Pay at the till' WHERE id = %1"_s.arg(card),
                                          u"DELETE FROM emotion_point WHERE (persona_id, stage_id) = (SELECT persona_id, stage_id FROM emotion_point "
                                            "ORDER BY persona_id, stage_id LIMIT 1)"_s,
                                          u"UPDATE map SET owner = 'Ana'"_s}),
             QString());

    run = runWaymark({u"diff"_s, path, u"--since"_s, u"before workshop"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QJsonObject diff = jsonOf(run);
    QCOMPARE(diff.value(u"since"_s).toString(), u"before workshop"_s);
    const QJsonArray changes = diff.value(u"changes"_s).toArray();
    QCOMPARE(changes.size(), 3);
    QCOMPARE(changes.at(0).toObject().value(u"element"_s).toString(), u"map"_s);
    const QJsonObject cardChange = changes.at(1).toObject();
    QCOMPARE(cardChange.value(u"element"_s).toString(), u"card"_s);
    QCOMPARE(cardChange.value(u"change"_s).toString(), u"changed"_s);
    QCOMPARE(cardChange.value(u"id"_s).toInteger(), card);
    const QJsonObject field = cardChange.value(u"fields"_s).toArray().at(0).toObject();
    QCOMPARE(field.value(u"field"_s).toString(), u"title"_s);
    QCOMPARE(field.value(u"old"_s).toString(), oldTitle);
    QCOMPARE(field.value(u"new"_s).toString(), u"Pay at the till"_s);
    QCOMPARE(changes.at(2).toObject().value(u"element"_s).toString(), u"emotion"_s);
    QCOMPARE(changes.at(2).toObject().value(u"change"_s).toString(), u"removed"_s);

    run = runWaymark({u"diff"_s, path, u"--since"_s, u"before workshop"_s});
    QVERIFY2(run.out.contains(u"changed card %1 'Pay at the till': title '%2' \u2192 'Pay at the till'"_s.arg(card).arg(oldTitle)),
             qPrintable(run.out));
    QCOMPARE(run.out.count(u'\n'), 3);

    run = runWaymark({u"restore"_s, path, u"--to"_s, u"before workshop"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY2(run.out.contains(u"restored 'before workshop'; the map as it was is kept as snapshot 'before restore "_s),
             qPrintable(run.out));
    QCOMPARE(Waymark::Test::querySql(path, u"SELECT title FROM card WHERE id = %1"_s.arg(card)).toString(), oldTitle);
    run = runWaymark({u"diff"_s, path, u"--since"_s, u"before workshop"_s});
    QCOMPARE(run.out, u"no changes since 'before workshop'\n"_s);

    run = runWaymark({u"snapshots"_s, path, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QJsonArray list = jsonOf(run).value(u"snapshots"_s).toArray();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).toObject().value(u"label"_s).toString(), u"before workshop"_s);
    QVERIFY(list.at(1).toObject().value(u"label"_s).toString().startsWith(u"before restore "_s));
    QVERIFY(list.at(0).toObject().value(u"bytes"_s).toInteger() > 0);
    QVERIFY(!list.at(0).toObject().value(u"created_at"_s).toString().isEmpty());

    // The restore is undone with the snapshot it took.
    run = runWaymark({u"diff"_s, path, u"--since"_s, list.at(1).toObject().value(u"label"_s).toString(), u"--json"_s});
    QCOMPARE(jsonOf(run).value(u"changes"_s).toArray().size(), 3);

    run = runWaymark({u"snapshots"_s, path});
    QCOMPARE(run.out.count(u'\n'), 2);
    QVERIFY(run.out.contains(u"before workshop\n"_s));
}

void TestCliVersions::refusals_data()
{
    QTest::addColumn<QStringList>("arguments"); // FILE is inserted after the command
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("diff: unknown label") << QStringList{u"diff"_s, u"--since"_s, u"after"_s} << 1
                                         << u"has no snapshot labelled 'after'"_s;
    QTest::newRow("restore: unknown label") << QStringList{u"restore"_s, u"--to"_s, u"After"_s} << 1
                                            << u"has no snapshot labelled 'After'"_s;
    QTest::newRow("snapshot: label taken") << QStringList{u"snapshot"_s, u"--label"_s, u"before"_s} << 1
                                           << u"has a snapshot labelled 'before' already"_s;
    QTest::newRow("snapshot: empty label") << QStringList{u"snapshot"_s, u"--label"_s, u""_s} << 1 << u"needs a label"_s;
    QTest::newRow("snapshot: no label") << QStringList{u"snapshot"_s} << 2 << u"--label is required"_s;
    QTest::newRow("diff: no since") << QStringList{u"diff"_s, u"--json"_s} << 2 << u"--since is required"_s;
    QTest::newRow("restore: no to") << QStringList{u"restore"_s} << 2 << u"--to is required"_s;
}

void TestCliVersions::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString path = Waymark::Test::mapFileFromTemplate(dir()->filePath(u"refusals.waymark"_s));
    QCOMPARE(runWaymark({u"snapshot"_s, path, u"--label"_s, u"before"_s}).exitCode, 0);
    const QByteArray before = digest(path);
    arguments.insert(1, path);
    const Run run = runWaymark(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(describe(run)));
    if (exitCode == 1)
        QVERIFY2(run.err.startsWith(u"waymark: error: "_s), qPrintable(run.err));
    QCOMPARE(digest(path), before);
}

void TestCliVersions::importTakesASnapshot()
{
    const QString path = Waymark::Test::mapFileFromTemplate(dir()->filePath(u"import.waymark"_s));
    Run run = runWaymark({u"import"_s, path, fixture(u"csv/responses.csv"_s)});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    run = runWaymark({u"snapshots"_s, path, u"--json"_s});
    const QJsonArray list = jsonOf(run).value(u"snapshots"_s).toArray();
    QCOMPARE(list.size(), 1);
    QVERIFY(list.at(0).toObject().value(u"label"_s).toString().startsWith(u"before import 20"_s));
    // A dry run writes nothing, not even a snapshot.
    QVERIFY(runWaymark({u"import"_s, path, fixture(u"csv/responses.csv"_s), u"--dry-run"_s}).exitCode != 2);
    QCOMPARE(jsonOf(runWaymark({u"snapshots"_s, path, u"--json"_s})).value(u"snapshots"_s).toArray().size(), 1);
}

void TestCliVersions::hostileSnapshot()
{
    const QString path = Waymark::Test::mapFileFromTemplate(dir()->filePath(u"hostile.waymark"_s));
    QCOMPARE(Waymark::Test::runSql(path, {u"INSERT INTO snapshot (label, data) VALUES ('bomb', x'7fffffff789c0300000000')"_s}),
             QString());
    const QByteArray before = digest(path);
    for (const QStringList &arguments : {QStringList{u"diff"_s, path, u"--since"_s, u"bomb"_s},
                                         QStringList{u"restore"_s, path, u"--to"_s, u"bomb"_s}}) {
        const Run run = runWaymark(arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"snapshot 'bomb' cannot be read: it claims to hold"_s), qPrintable(describe(run)));
    }
    QCOMPARE(digest(path), before);
}

void TestCliVersions::infoShowsReview_data()
{
    QTest::addColumn<QString>("reviewDate");
    QTest::addColumn<bool>("due");
    QTest::newRow("long past") << u"2020-01-31"_s << true;
    QTest::newRow("far ahead") << u"2999-12-31"_s << false;
    QTest::newRow("none") << QString() << false;
}

void TestCliVersions::infoShowsReview()
{
    QFETCH(QString, reviewDate);
    QFETCH(bool, due);
    if (!m_dir)
        m_dir = Waymark::Test::scratchDir();
    QJsonObject json{{u"title"_s, u"Living"_s}, {u"owner"_s, u"Ana Lima"_s}, {u"stages"_s, QJsonArray{QJsonObject{{u"name"_s, u"A"_s}}}}};
    if (!reviewDate.isEmpty())
        json.insert(u"review_date"_s, reviewDate);
    const QString source = m_dir->filePath(u"living.json"_s);
    QFile file(source);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(json).toJson());
    file.close();
    const QString path = m_dir->filePath(u"living.waymark"_s);
    Run run = runWaymark({u"new"_s, path, u"--from"_s, source, u"--force"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));

    run = runWaymark({u"info"_s, path, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QJsonObject info = jsonOf(run);
    QCOMPARE(info.value(u"owner"_s).toString(), u"Ana Lima"_s);
    QCOMPARE(info.value(u"review_date"_s).isNull(), reviewDate.isEmpty());
    QCOMPARE(info.value(u"review_date"_s).toString(), reviewDate);
    QCOMPARE(info.value(u"review_due"_s).toBool(), due);
    QVERIFY(info.value(u"review_due"_s).isBool());

    run = runWaymark({u"info"_s, path});
    QVERIFY(run.out.contains(u"Owner:      Ana Lima\n"_s));
    QCOMPARE(run.out.contains(u"(review due)"_s), due);
    QCOMPARE(run.out.contains(u"Review:"_s), !reviewDate.isEmpty());

    // Exported and built again, the map keeps them.
    const QString exported = m_dir->filePath(u"living-out.json"_s);
    QCOMPARE(runWaymark({u"export"_s, path, u"-o"_s, exported}).exitCode, 0);
    QFile out(exported);
    QVERIFY(out.open(QIODevice::ReadOnly));
    const QJsonObject back = QJsonDocument::fromJson(out.readAll()).object();
    QCOMPARE(back.value(u"owner"_s).toString(), u"Ana Lima"_s);
    QCOMPARE(back.value(u"review_date"_s).toString(), reviewDate);
    QCOMPARE(back.contains(u"review_date"_s), !reviewDate.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliVersions)
#include "tst_cliversions.moc"
