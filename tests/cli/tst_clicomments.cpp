// `waymark comment` and `waymark comments` end to end, as a script or a facilitator after a
// workshop runs them, and the report's comments section (`export --report --comments`).

#include "support/runchecks.h"
#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using Waymark::Test::digest;
using Waymark::Test::Run;
using Waymark::Test::runWaymark;

class TestCliComments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void threadsAndReplies();
    void refusals_data();
    void refusals();
    void reportListsOpenThreads();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_card; // a touchpoint title of the template, unique in it
};

void TestCliComments::initTestCase()
{
    m_dir = Waymark::Test::scratchDir();
    const QString path = Waymark::Test::mapFileFromTemplate(m_dir->filePath(u"probe.waymark"_s));
    m_card = Waymark::Test::querySql(path, u"SELECT title FROM card WHERE kind = 'touchpoint' GROUP BY title HAVING count(*) = 1 "
                                             "ORDER BY min(id) LIMIT 1"_s)
                 .toString();
    QVERIFY(!m_card.isEmpty());
}

void TestCliComments::threadsAndReplies()
{
    const QString path = Waymark::Test::mapFileFromTemplate(m_dir->filePath(u"store.waymark"_s));
    Run run = runWaymark({u"comments"_s, path});
    COMPARE_EXIT(run, 0);
    QCOMPARE(run.out, u"no open comments\n"_s);

    run = runWaymark({u"comment"_s, path, u"--on"_s, u"card:"_s + m_card.toUpper(), u"--text"_s, u"Queue too long, @ana.lima."_s,
                      u"--author"_s, u"Bo"_s});
    COMPARE_EXIT(run, 0);
    VERIFY_SAYS(run.out, u"comment 1 left"_s);
    run = runWaymark({u"comment"_s, path, u"--reply-to"_s, u"1"_s, u"--text"_s, u"Agreed"_s, u"--author"_s, u"Ana Lima"_s});
    COMPARE_EXIT(run, 0);
    VERIFY_SAYS(run.out, u"in thread 1"_s);
    run = runWaymark({u"comment"_s, path, u"--text"_s, u"Review before Q3"_s});
    COMPARE_EXIT(run, 0);

    run = runWaymark({u"comments"_s, path, u"--json"_s});
    COMPARE_EXIT(run, 0);
    const QJsonArray threads = QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"comments"_s).toArray();
    QCOMPARE(threads.size(), 2);
    const QJsonObject first = threads.at(0).toObject();
    QCOMPARE(first.value(u"on"_s).toObject().value(u"kind"_s).toString(), u"card"_s);
    QCOMPARE(first.value(u"author"_s).toString(), u"Bo"_s);
    QCOMPARE(first.value(u"mentions"_s).toArray(), QJsonArray{u"ana.lima"_s});
    QCOMPARE(first.value(u"replies"_s).toArray().size(), 1);
    QCOMPARE(first.value(u"replies"_s).toArray().at(0).toObject().value(u"text"_s).toString(), u"Agreed"_s);
    QCOMPARE(threads.at(1).toObject().value(u"on"_s).toObject().value(u"kind"_s).toString(), u"map"_s);
    QVERIFY(!threads.at(1).toObject().value(u"author"_s).toString().isEmpty()); // the account's name

    run = runWaymark({u"comment"_s, path, u"--resolve"_s, u"1"_s});
    COMPARE_EXIT(run, 0);
    run = runWaymark({u"comments"_s, path});
    COMPARE_EXIT(run, 0);
    QVERIFY2(!run.out.contains(u"Queue too long"_s), qPrintable(run.out));
    VERIFY_SAYS(run.out, u"Review before Q3"_s);
    run = runWaymark({u"comments"_s, path, u"--all"_s});
    VERIFY_SAYS(run.out, u"(resolved)"_s);
    VERIFY_SAYS(run.out, u"Ana Lima"_s);

    // The JSON interchange carries them into a new map.
    const QString json = m_dir->filePath(u"store.json"_s);
    COMPARE_EXIT(runWaymark({u"export"_s, path, u"-o"_s, json}), 0);
    const QString rebuilt = m_dir->filePath(u"rebuilt.waymark"_s);
    COMPARE_EXIT(runWaymark({u"new"_s, rebuilt, u"--from"_s, json}), 0);
    run = runWaymark({u"comments"_s, rebuilt, u"--all"_s, u"--json"_s});
    COMPARE_EXIT(run, 0);
    QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"comments"_s).toArray().size(), 2);
}

void TestCliComments::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    QTest::newRow("no card of that title") << QStringList{u"--on"_s, u"card:Nothing like it"_s, u"--text"_s, u"x"_s} << 1
                                           << u"no card titled 'Nothing like it'"_s;
    QTest::newRow("no stage of that name") << QStringList{u"--on"_s, u"stage:Nowhere"_s, u"--text"_s, u"x"_s} << 1
                                           << u"no stage 'Nowhere' (its stages:"_s;
    QTest::newRow("a target of no kind") << QStringList{u"--on"_s, u"lane:Touchpoints"_s, u"--text"_s, u"x"_s} << 1
                                         << u"expected map, stage:NAME or card:TITLE"_s;
    QTest::newRow("reply to nothing") << QStringList{u"--reply-to"_s, u"42"_s, u"--text"_s, u"x"_s} << 1 << u"no comment '42'"_s;
    QTest::newRow("empty text") << QStringList{u"--text"_s, u"  "_s} << 1 << u"--text is empty"_s;
    QTest::newRow("two actions") << QStringList{u"--text"_s, u"x"_s, u"--resolve"_s, u"1"_s} << 2 << u"give one of"_s;
    QTest::newRow("nothing to do") << QStringList{} << 2 << u"give one of"_s;
    QTest::newRow("both --on and --reply-to") << QStringList{u"--on"_s, u"map"_s, u"--reply-to"_s, u"1"_s, u"--text"_s, u"x"_s} << 2
                                              << u"not both"_s;
}

void TestCliComments::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    const QString path = Waymark::Test::mapFileFromTemplate(m_dir->filePath(u"refused.waymark"_s));
    const QByteArray before = digest(path);
    const Run run = runWaymark(QStringList{u"comment"_s, path} + arguments);
    COMPARE_EXIT(run, exitCode);
    VERIFY_SAYS(run.err, says);
    QCOMPARE(digest(path), before);
}

void TestCliComments::reportListsOpenThreads()
{
    const QString path = Waymark::Test::mapFileFromTemplate(m_dir->filePath(u"report.waymark"_s));
    COMPARE_EXIT(runWaymark({u"comment"_s, path, u"--on"_s, u"card:"_s + m_card, u"--text"_s, u"Open thread for the room"_s}), 0);
    COMPARE_EXIT(runWaymark({u"comment"_s, path, u"--reply-to"_s, u"1"_s, u"--text"_s, u"A reply in the report"_s}), 0);
    COMPARE_EXIT(runWaymark({u"comment"_s, path, u"--text"_s, u"Settled already"_s}), 0);
    COMPARE_EXIT(runWaymark({u"comment"_s, path, u"--resolve"_s, u"3"_s}), 0);

    const auto pdfText = [](const QString &pdf) -> QString {
        QProcess process;
        process.start(u"pdftotext"_s, {pdf, u"-"_s});
        if (!process.waitForFinished(60000))
            return {};
        return QString::fromUtf8(process.readAllStandardOutput()).simplified();
    };
    const QString with = m_dir->filePath(u"with.pdf"_s);
    COMPARE_EXIT(runWaymark({u"export"_s, path, u"-o"_s, with, u"--report"_s, u"--comments"_s}), 0);
    const QString text = pdfText(with);
    VERIFY_SAYS(text, u"Open comments"_s);
    VERIFY_SAYS(text, u"Open thread for the room"_s);
    VERIFY_SAYS(text, u"A reply in the report"_s);
    QVERIFY2(!text.contains(u"Settled already"_s), qPrintable(text.right(2000)));

    const QString without = m_dir->filePath(u"without.pdf"_s);
    COMPARE_EXIT(runWaymark({u"export"_s, path, u"-o"_s, without, u"--report"_s}), 0);
    QVERIFY(!pdfText(without).contains(u"Open thread for the room"_s));

    // Only the report has a comments section.
    const Run png = runWaymark({u"export"_s, path, u"-o"_s, m_dir->filePath(u"map.png"_s), u"--comments"_s});
    QVERIFY2(png.exitCode != 0 || png.err.contains(u"comments"_s), qPrintable(describe(png)));
}

QTEST_GUILESS_MAIN(TestCliComments)
#include "tst_clicomments.moc"
