// `waymark workspace init|list`, `publish` and `pull` against a real PostgreSQL server (the one
// run-tests.sh starts): round trips of every template and of a map with responses and
// comments, and every refusal said clearly with nothing changed (issue 16).

#include "io/messagetext.h"
#include "support/runchecks.h"
#include "support/scratchworkspace.h"
#include "support/testsupport.h"
#include "templates/templatelibrary.h"
#include "document/document.h"
#include "workspace/workspaceaddress.h"
#include "workspace/workspacelink.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using Waymark::Test::digest;
using Waymark::Test::Run;
using Waymark::Test::runWaymark;
using Waymark::Test::ScratchWorkspace;

class TestCliWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void initAndList();
    void roundTripOfEveryTemplate_data();
    void roundTripOfEveryTemplate();
    void roundTripWithResponsesAndComments();
    void refusals_data();
    void refusals();
    void readOnlyRole();
    void readingCommandsTakeWorkspaceMaps_data();
    void readingCommandsTakeWorkspaceMaps();
    void importIntoAWorkspaceMap_data();
    void importIntoAWorkspaceMap();
    void killedImportLeavesTheWorkspaceSound_data();
    void killedImportLeavesTheWorkspaceSound();
    void fileCommandsRefuseWorkspaceMaps_data();
    void fileCommandsRefuseWorkspaceMaps();
    void versionsOfWorkspaceMaps();

private:
    // The outputs that say what a map holds: the JSON interchange, the metrics, the comments.
    QStringList describeMap(const QString &path) const;
    QString initialised(ScratchWorkspace &workspace) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliWorkspace::initTestCase()
{
    m_dir = Waymark::Test::scratchDir();
}

QStringList TestCliWorkspace::describeMap(const QString &path) const
{
    QStringList outputs;
    const QString json = m_dir->filePath(QFileInfo(path).completeBaseName() + u".json"_s);
    QFile::remove(json);
    Run run = runWaymark({u"export"_s, path, u"-o"_s, json});
    if (run.exitCode != 0)
        return {Waymark::Test::describe(run)};
    QFile file(json);
    outputs.append(file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : u"no JSON"_s);
    for (const QStringList &command : {QStringList{u"metrics"_s, path, u"--json"_s}, QStringList{u"comments"_s, path, u"--all"_s, u"--json"_s}}) {
        run = runWaymark(command);
        outputs.append(run.exitCode == 0 ? run.out : Waymark::Test::describe(run));
    }
    return outputs;
}

QString TestCliWorkspace::initialised(ScratchWorkspace &workspace) const
{
    const Run run = runWaymark({u"workspace"_s, u"init"_s, workspace.url()});
    return run.exitCode == 0 ? QString() : Waymark::Test::describe(run);
}

void TestCliWorkspace::initAndList()
{
    REQUIRE_POSTGRES();
    ScratchWorkspace workspace;
    Run run = runWaymark({u"workspace"_s, u"list"_s, workspace.url()});
    COMPARE_EXIT(run, 1);
    VERIFY_SAYS(run.err, u"is not a Waymark workspace yet (make it one with 'waymark workspace init"_s);

    run = runWaymark({u"workspace"_s, u"init"_s, workspace.url()});
    COMPARE_EXIT(run, 0);
    VERIFY_SAYS(run.out, u"Created the workspace"_s);
    QVERIFY2(!run.out.contains(u"password"_s), qPrintable(run.out));
    run = runWaymark({u"workspace"_s, u"init"_s, workspace.url()});
    COMPARE_EXIT(run, 0);
    VERIFY_SAYS(run.out, u"is a workspace already (version 2); nothing was changed"_s);

    run = runWaymark({u"workspace"_s, u"list"_s, workspace.url()});
    COMPARE_EXIT(run, 0);
    VERIFY_SAYS(run.out, u"no maps yet"_s);
    run = runWaymark({u"workspace"_s, u"list"_s, workspace.url(), u"--json"_s});
    COMPARE_EXIT(run, 0);
    QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"maps"_s).toArray().size(), 0);
}

void TestCliWorkspace::roundTripOfEveryTemplate_data()
{
    QTest::addColumn<QString>("templateName");
    for (const Waymark::TemplateLibrary::Entry &entry : Waymark::TemplateLibrary::entries())
        QTest::newRow(qPrintable(entry.name)) << entry.name;
}

void TestCliWorkspace::roundTripOfEveryTemplate()
{
    REQUIRE_POSTGRES();
    QFETCH(QString, templateName);
    ScratchWorkspace workspace;
    QCOMPARE(initialised(workspace), QString());
    const QString map = Waymark::Test::mapFileFromTemplate(m_dir->filePath(templateName + u".waymark"_s), templateName);
    const QByteArray before = digest(map);
    Run run = runWaymark({u"publish"_s, map, workspace.url()});
    COMPARE_EXIT(run, 0);
    VERIFY_SAYS(run.out, u"as '%1'"_s.arg(templateName));
    QCOMPARE(digest(map), before); // publishing only reads the file

    const QString pulled = m_dir->filePath(templateName + u"-pulled.waymark"_s);
    run = runWaymark({u"pull"_s, workspace.url(), templateName, u"-o"_s, pulled});
    COMPARE_EXIT(run, 0);
    QCOMPARE(describeMap(pulled), describeMap(map));

    run = runWaymark({u"workspace"_s, u"list"_s, workspace.url(), u"--json"_s});
    COMPARE_EXIT(run, 0);
    const QJsonArray maps = QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"maps"_s).toArray();
    QCOMPARE(maps.size(), 1);
    QCOMPARE(maps.at(0)[u"name"_s].toString(), templateName);
    QCOMPARE(maps.at(0)[u"change_seq"_s].toInt(), 1);
}

void TestCliWorkspace::roundTripWithResponsesAndComments()
{
    REQUIRE_POSTGRES();
    ScratchWorkspace workspace;
    QCOMPARE(initialised(workspace), QString());
    const QString map = Waymark::Test::mapFileFromTemplate(m_dir->filePath(u"store visits.waymark"_s));
    COMPARE_EXIT(runWaymark({u"import"_s, map, Waymark::Test::fixture(u"survey/qualtrics.csv"_s)}), 0);
    COMPARE_EXIT(runWaymark({u"import"_s, map, Waymark::Test::fixture(u"survey/excel-german.csv"_s)}), 0);
    COMPARE_EXIT(runWaymark({u"comment"_s, map, u"--on"_s, u"stage:Store visit"_s, u"--text"_s, u"Queue too long, @ana"_s,
                             u"--author"_s, u"Bo"_s}),
                 0);
    COMPARE_EXIT(runWaymark({u"comment"_s, map, u"--reply-to"_s, u"1"_s, u"--text"_s, u"Agreed — ünïcödé ✓"_s}), 0);
    COMPARE_EXIT(runWaymark({u"comment"_s, map, u"--text"_s, u"Done"_s}), 0);
    COMPARE_EXIT(runWaymark({u"comment"_s, map, u"--resolve"_s, u"3"_s}), 0);

    Run run = runWaymark({u"publish"_s, map, workspace.url(), u"--name"_s, u"Store visits (Q3)"_s});
    COMPARE_EXIT(run, 0);
    run = runWaymark({u"workspace"_s, u"list"_s, workspace.url()});
    COMPARE_EXIT(run, 0);
    VERIFY_SAYS(run.out, u"Store visits (Q3)"_s);
    VERIFY_SAYS(run.out, u"1 open comments"_s);

    const QString pulled = m_dir->filePath(u"pulled.waymark"_s);
    run = runWaymark({u"pull"_s, workspace.url(), u"Store visits (Q3)"_s, u"-o"_s, pulled});
    COMPARE_EXIT(run, 0);
    const QStringList original = describeMap(map), back = describeMap(pulled);
    QCOMPARE(back.size(), 3);
    QVERIFY2(back.at(1).contains(u"\"nps\""_s), qPrintable(back.at(1).left(400))); // the metrics have figures
    QCOMPARE(back, original);
    // The responses themselves, row for row.
    const QString rows = u"SELECT group_concat(id || '|' || stage_id || '|' || ifnull(touchpoint_id, '') || '|' || respondent || '|' || "
                         "ifnull(nps, '') || '|' || ifnull(csat, '') || '|' || ifnull(ces, '') || '|' || ifnull(fcr, '') || '|' || "
                         "ifnull(response_minutes, '') || '|' || submitted_at || '|' || attributes, '\n') FROM (SELECT * FROM response ORDER BY id)"_s;
    QCOMPARE(Waymark::Test::querySql(pulled, rows).toString(), Waymark::Test::querySql(map, rows).toString());

    // Published again over it: one more change, the same map.
    run = runWaymark({u"publish"_s, pulled, workspace.url(), u"--name"_s, u"Store visits (Q3)"_s, u"--replace"_s});
    COMPARE_EXIT(run, 0);
    VERIFY_SAYS(run.out, u"(change 2)"_s);
}

void TestCliWorkspace::refusals_data()
{
    QTest::addColumn<QString>("setup"); // what is done to the workspace first
    QTest::addColumn<QStringList>("arguments"); // URL and NAME stand for the workspace and a map in it
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");

    QTest::newRow("a name taken") << u"publish"_s << QStringList{u"publish"_s, u"MAP"_s, u"URL"_s, u"--name"_s, u"NAME"_s} << 1
                                  << u"already has a map named 'NAME'; publish under another --name, or --replace it"_s;
    QTest::newRow("no such map") << u"publish"_s << QStringList{u"pull"_s, u"URL"_s, u"elsewhere"_s, u"-o"_s, u"OUT"_s} << 1
                                 << u"has no map named 'elsewhere' (its maps: 'NAME')"_s;
    QTest::newRow("no maps at all") << QString() << QStringList{u"pull"_s, u"URL"_s, u"NAME"_s, u"-o"_s, u"OUT"_s} << 1
                                    << u"(it has no maps yet)"_s;
    QTest::newRow("pull over a file") << u"publish"_s << QStringList{u"pull"_s, u"URL"_s, u"NAME"_s, u"-o"_s, u"MAP"_s} << 1
                                      << u"already exists; use --force to replace it"_s;
    QTest::newRow("pull without -o") << u"publish"_s << QStringList{u"pull"_s, u"URL"_s, u"NAME"_s} << 2 << u"-o FILE"_s;
    QTest::newRow("a password in the URL") << QString()
                                           << QStringList{u"workspace"_s, u"list"_s, u"postgresql://ana:secret@127.0.0.1/db"_s} << 1
                                           << u"keep the password in ~/.pgpass or PGPASSWORD instead"_s;
    QTest::newRow("a password parameter") << QString()
                                          << QStringList{u"workspace"_s, u"list"_s, u"postgresql://127.0.0.1/db?password=x"_s} << 1
                                          << u"holds a password"_s;
    QTest::newRow("not a URL") << QString() << QStringList{u"workspace"_s, u"list"_s, u"team.waymark"_s} << 1
                               << u"does not start with postgresql://"_s;
    QTest::newRow("a server that is not there") << QString()
                                                << QStringList{u"workspace"_s, u"list"_s, u"postgresql://127.0.0.1:1/db"_s} << 1
                                                << u"cannot connect to the workspace postgresql://127.0.0.1:1/db"_s;
    QTest::newRow("a newer workspace") << u"newer"_s << QStringList{u"workspace"_s, u"list"_s, u"URL"_s} << 1
                                       << u"was made by a newer Waymark (workspace version 99"_s;
    QTest::newRow("init over another program's tables") << u"foreign"_s << QStringList{u"workspace"_s, u"init"_s, u"URL"_s} << 1
                                                        << u"already has a table card that is not a Waymark workspace's"_s;
    QTest::newRow("an unknown action") << QString() << QStringList{u"workspace"_s, u"drop"_s, u"URL"_s} << 2
                                       << u"unknown action 'drop' (known: init, list)"_s;
}

void TestCliWorkspace::refusals()
{
    REQUIRE_POSTGRES();
    QFETCH(QString, setup);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    ScratchWorkspace workspace;
    const QString map = Waymark::Test::mapFileFromTemplate(m_dir->filePath(u"refused.waymark"_s));
    if (setup == u"foreign"_s)
        workspace.execute(u"CREATE TABLE card (id integer PRIMARY KEY, what text)"_s);
    else
        QCOMPARE(initialised(workspace), QString());
    if (setup == u"publish"_s)
        COMPARE_EXIT(runWaymark({u"publish"_s, map, workspace.url(), u"--name"_s, u"NAME"_s}), 0);
    if (setup == u"newer"_s)
        workspace.execute(u"UPDATE waymark_workspace SET version = 99"_s);

    const QString out = m_dir->filePath(u"out.waymark"_s);
    QFile::remove(out);
    for (QString &argument : arguments) {
        if (argument == u"URL"_s)
            argument = workspace.url();
        else if (argument == u"MAP"_s)
            argument = map;
        else if (argument == u"OUT"_s)
            argument = out;
    }
    const QByteArray before = digest(map);
    const Run run = runWaymark(arguments);
    COMPARE_EXIT(run, exitCode);
    VERIFY_SAYS(run.err, says);
    QVERIFY2(run.err.count(u'\n') <= 3, qPrintable(run.err)); // a message, not a dump
    QCOMPARE(digest(map), before);
    QVERIFY(!QFile::exists(out));
}

void TestCliWorkspace::readOnlyRole()
{
    REQUIRE_POSTGRES();
    ScratchWorkspace workspace;
    QCOMPARE(initialised(workspace), QString());
    const QString map = Waymark::Test::mapFileFromTemplate(m_dir->filePath(u"shared.waymark"_s));
    COMPARE_EXIT(runWaymark({u"publish"_s, map, workspace.url()}), 0);
    const QString viewer = workspace.addRole(u"viewer"_s, false);
    const QString editor = workspace.addRole(u"editor"_s, true);

    // A reader lists and pulls...
    Run run = runWaymark({u"workspace"_s, u"list"_s, workspace.urlAs(viewer)});
    COMPARE_EXIT(run, 0);
    VERIFY_SAYS(run.out, u"shared"_s);
    const QString pulled = m_dir->filePath(u"viewer.waymark"_s);
    COMPARE_EXIT(runWaymark({u"pull"_s, workspace.urlAs(viewer), u"shared"_s, u"-o"_s, pulled}), 0);
    // ...and is told, clearly, that it may not publish; the workspace keeps its one map.
    run = runWaymark({u"publish"_s, map, workspace.urlAs(viewer), u"--name"_s, u"mine"_s});
    COMPARE_EXIT(run, 1);
    VERIFY_SAYS(run.err, u"the role '%1' may not do this"_s.arg(viewer));
    run = runWaymark({u"workspace"_s, u"list"_s, workspace.url(), u"--json"_s});
    QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"maps"_s).toArray().size(), 1);
    // An editor may.
    run = runWaymark({u"publish"_s, map, workspace.urlAs(editor), u"--name"_s, u"mine"_s});
    COMPARE_EXIT(run, 0);
    run = runWaymark({u"workspace"_s, u"list"_s, workspace.url(), u"--json"_s});
    const QJsonArray maps = QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"maps"_s).toArray();
    QCOMPARE(maps.size(), 2);
    QCOMPARE(maps.at(0)[u"published_by"_s].toString(), editor);
    // A role with no grants at all is told so, whatever it asks for.
    const QString stranger = workspace.addRoleWithoutGrants(u"stranger"_s);
    for (const QStringList &arguments : {QStringList{u"workspace"_s, u"list"_s, workspace.urlAs(stranger)},
                                         QStringList{u"pull"_s, workspace.urlAs(stranger), u"shared"_s, u"-o"_s,
                                                     m_dir->filePath(u"stranger.waymark"_s)}}) {
        run = runWaymark(arguments);
        COMPARE_EXIT(run, 1);
        VERIFY_SAYS(run.err, u"the role '%1' has no access to the workspace"_s.arg(stranger));
    }
    QVERIFY(!QFile::exists(m_dir->filePath(u"stranger.waymark"_s)));
}

void TestCliWorkspace::readingCommandsTakeWorkspaceMaps_data()
{
    QTest::addColumn<QStringList>("arguments"); // MAP: the file, or the workspace's URL#NAME
    QTest::newRow("info --json") << QStringList{u"info"_s, u"MAP"_s, u"--json"_s};
    QTest::newRow("metrics --json") << QStringList{u"metrics"_s, u"MAP"_s, u"--json"_s};
    QTest::newRow("metrics --by") << QStringList{u"metrics"_s, u"MAP"_s, u"--by"_s, u"Geschlecht"_s};
    QTest::newRow("comments --json") << QStringList{u"comments"_s, u"MAP"_s, u"--all"_s, u"--json"_s};
    QTest::newRow("export as JSON") << QStringList{u"export"_s, u"MAP"_s, u"-o"_s, u"OUT.json"_s};
    QTest::newRow("export as mermaid") << QStringList{u"export"_s, u"MAP"_s, u"-o"_s, u"OUT.mmd"_s};
}

void TestCliWorkspace::readingCommandsTakeWorkspaceMaps()
{
    REQUIRE_POSTGRES();
    QFETCH(QStringList, arguments);
    ScratchWorkspace workspace;
    QCOMPARE(initialised(workspace), QString());
    const QString map = Waymark::Test::mapFileFromTemplate(m_dir->filePath(u"read.waymark"_s));
    COMPARE_EXIT(runWaymark({u"import"_s, map, Waymark::Test::fixture(u"survey/excel-german.csv"_s)}), 0);
    COMPARE_EXIT(runWaymark({u"comment"_s, map, u"--text"_s, u"Before the review"_s}), 0);
    COMPARE_EXIT(runWaymark({u"publish"_s, map, workspace.url(), u"--name"_s, u"Read me"_s}), 0);

    // What a run said, and what it wrote to OUT.
    const auto outputs = [&](const QString &target, const QString &out) {
        QStringList list = arguments;
        list.replaceInStrings(u"MAP"_s, target);
        list.replaceInStrings(u"OUT"_s, m_dir->filePath(out));
        const Run run = runWaymark(list);
        QString written;
        for (const QString &argument : std::as_const(list)) {
            QFile file(argument);
            if (argument.startsWith(m_dir->filePath(out)) && file.open(QIODevice::ReadOnly))
                written = QString::fromUtf8(file.readAll());
        }
        return QStringList{Waymark::Test::describe(run), written};
    };
    const QStringList fromFile = outputs(map, u"from-file"_s);
    QVERIFY2(fromFile.at(0).startsWith(u"exit 0"_s), qPrintable(fromFile.at(0)));
    QVERIFY(fromFile.at(0).size() > 40 || !fromFile.at(1).isEmpty()); // it said or wrote something
    QCOMPARE(outputs(workspace.url() + u"#Read%20me"_s, u"from-workspace"_s), fromFile);
}

void TestCliWorkspace::importIntoAWorkspaceMap_data()
{
    QTest::addColumn<QStringList>("exports"); // imported in turn, into the file and the workspace
    QTest::addColumn<QStringList>("options");
    QTest::newRow("Qualtrics") << QStringList{u"survey/qualtrics.csv"_s} << QStringList();
    QTest::newRow("two exports") << QStringList{u"survey/qualtrics.csv"_s, u"survey/excel-german.csv"_s} << QStringList();
    QTest::newRow("the same export twice") << QStringList{u"survey/google-forms.csv"_s, u"survey/google-forms.csv"_s} << QStringList();
    QTest::newRow("again, replacing") << QStringList{u"survey/google-forms.csv"_s, u"survey/google-forms.csv"_s}
                                      << QStringList{u"--replace-duplicates"_s};
}

void TestCliWorkspace::importIntoAWorkspaceMap()
{
    REQUIRE_POSTGRES();
    QFETCH(QStringList, exports);
    QFETCH(QStringList, options);
    ScratchWorkspace workspace;
    QCOMPARE(initialised(workspace), QString());
    const QString map = Waymark::Test::mapFileFromTemplate(m_dir->filePath(u"imports.waymark"_s));
    COMPARE_EXIT(runWaymark({u"publish"_s, map, workspace.url()}), 0);
    const QString remote = workspace.url() + u"#imports"_s;

    // A dry run writes nothing.
    Run run = runWaymark({u"import"_s, remote, Waymark::Test::fixture(exports.first()), u"--dry-run"_s});
    COMPARE_EXIT(run, 0);
    VERIFY_SAYS(run.out, u"nothing was written"_s);
    int changes = 1;
    for (const QString &csv : std::as_const(exports)) {
        const Run local = runWaymark(QStringList{u"import"_s, map, Waymark::Test::fixture(csv)} + options);
        COMPARE_EXIT(local, 0);
        run = runWaymark(QStringList{u"import"_s, remote, Waymark::Test::fixture(csv)} + options);
        COMPARE_EXIT(run, 0);
        // The same plan, problems and outcome, the workspace's map named where the file is;
        // the second import of a layout uses the mapping remembered for it in both.
        QString said = run.out;
        QCOMPARE(said.replace(Waymark::MessageText::quoted(remote), Waymark::MessageText::quotedPath(map)), local.out);
        if (run.out.contains(u"Imported"_s))
            ++changes;
    }
    // The workspace's map has the responses the file has, and one change per import.
    const QString pulled = m_dir->filePath(u"imports-pulled.waymark"_s);
    QFile::remove(pulled);
    COMPARE_EXIT(runWaymark({u"pull"_s, workspace.url(), u"imports"_s, u"-o"_s, pulled}), 0);
    QCOMPARE(describeMap(pulled).at(1), describeMap(map).at(1));
    const QString rows = u"SELECT group_concat(id || '|' || respondent || '|' || ifnull(nps, '') || '|' || attributes, '\n') "
                         "FROM (SELECT * FROM response ORDER BY id)"_s;
    QCOMPARE(Waymark::Test::querySql(pulled, rows).toString(), Waymark::Test::querySql(map, rows).toString());
    run = runWaymark({u"workspace"_s, u"list"_s, workspace.url(), u"--json"_s});
    QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"maps"_s).toArray().at(0)[u"change_seq"_s].toInt(), changes);
}

void TestCliWorkspace::killedImportLeavesTheWorkspaceSound_data()
{
    QTest::addColumn<int>("afterMs"); // when the import is killed
    // Reading the export, connecting, copying, committing: one of these is cut short, whatever
    // the machine's speed; the last row lets it finish.
    for (const int ms : {30, 150, 400, 900, 1800})
        QTest::newRow(qPrintable(u"after %1 ms"_s.arg(ms))) << ms;
    QTest::newRow("not killed") << 60000;
}

void TestCliWorkspace::killedImportLeavesTheWorkspaceSound()
{
    REQUIRE_POSTGRES();
    QFETCH(int, afterMs);
    ScratchWorkspace workspace;
    QCOMPARE(initialised(workspace), QString());
    const QString map = Waymark::Test::mapFileFromTemplate(m_dir->filePath(u"killed.waymark"_s));
    COMPARE_EXIT(runWaymark({u"publish"_s, map, workspace.url()}), 0);
    const QString csv = m_dir->filePath(u"big.csv"_s);
    if (!QFile::exists(csv)) {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("respondent,stage,nps,csat\n");
        for (int i = 0; i < 150000; ++i)
            file.write(QByteArray("R") + QByteArray::number(i) + ",Store visit," + QByteArray::number(i % 11) + ","
                       + QByteArray::number(1 + i % 5) + "\n");
    }

    QProcess import;
    import.setProgram(qEnvironmentVariable("WAYMARK_BINARY"));
    import.setArguments({u"import"_s, workspace.url() + u"#killed"_s, csv});
    import.start();
    QVERIFY(import.waitForStarted());
    if (!import.waitForFinished(afterMs)) {
        import.kill(); // SIGKILL: no cleanup of any kind
        QVERIFY(import.waitForFinished(10000));
    }

    // All of the import or none of it, and the change log agrees with what is there.
    const auto count = [&workspace](const QString &sql) { return workspace.count(sql); };
    const qint64 responses = count(u"SELECT count(*) FROM response"_s);
    const qint64 changes = count(u"SELECT count(*) FROM change_log"_s);
    QVERIFY2(responses == 0 || responses == 150000, qPrintable(QString::number(responses)));
    QCOMPARE(changes, responses == 0 ? 1 : 2);
    QCOMPARE(count(u"SELECT change_seq FROM map"_s), count(u"SELECT max(seq) FROM change_log"_s));
    if (afterMs == 60000)
        QCOMPARE(responses, 150000);
    // Nothing is left locked: the next import goes through (the killed session is gone).
    const Run again = runWaymark({u"import"_s, workspace.url() + u"#killed"_s, Waymark::Test::fixture(u"survey/google-forms.csv"_s)});
    COMPARE_EXIT(again, 0);
}

void TestCliWorkspace::fileCommandsRefuseWorkspaceMaps_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("says");
    const QString refused = u"is a workspace's map, and this command works on map files"_s;
    QTest::newRow("check") << QStringList{u"check"_s, u"MAP"_s} << refused;
    QTest::newRow("info without a map name") << QStringList{u"info"_s, u"URL"_s}
                                             << u"names a workspace but not one of its maps: add #NAME"_s;
}

void TestCliWorkspace::fileCommandsRefuseWorkspaceMaps()
{
    REQUIRE_POSTGRES();
    QFETCH(QStringList, arguments);
    QFETCH(QString, says);
    ScratchWorkspace workspace;
    QCOMPARE(initialised(workspace), QString());
    const QString map = Waymark::Test::mapFileFromTemplate(m_dir->filePath(u"kept.waymark"_s));
    COMPARE_EXIT(runWaymark({u"publish"_s, map, workspace.url()}), 0);
    arguments.replaceInStrings(u"MAP"_s, workspace.url() + u"#kept"_s);
    arguments.replaceInStrings(u"URL"_s, workspace.url());
    const Run run = runWaymark(arguments);
    COMPARE_EXIT(run, 1);
    VERIFY_SAYS(run.err, says);
    // The workspace's map is as it was published.
    const Run list = runWaymark({u"workspace"_s, u"list"_s, workspace.url(), u"--json"_s});
    QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).object().value(u"maps"_s).toArray().at(0)[u"change_seq"_s].toInt(), 1);
}

// snapshot, snapshots, diff, restore and comment on URL#NAME work on the workspace's map itself,
// saying what they do on a file.
void TestCliWorkspace::versionsOfWorkspaceMaps()
{
    REQUIRE_POSTGRES();
    ScratchWorkspace workspace;
    QCOMPARE(initialised(workspace), QString());
    const QString file = Waymark::Test::mapFileFromTemplate(m_dir->filePath(u"versions.waymark"_s));
    COMPARE_EXIT(runWaymark({u"publish"_s, file, workspace.url(), u"--name"_s, u"versions"_s}), 0);
    const QString map = workspace.url() + u"#versions"_s;
    const QString named = u"'versions' in the workspace %1"_s.arg(workspace.url());

    Run run = runWaymark({u"snapshot"_s, map, u"--label"_s, u"workshop"_s});
    COMPARE_EXIT(run, 0);
    VERIFY_SAYS(run.out, named + u": snapshot 'workshop' taken"_s);
    QCOMPARE(workspace.count(u"SELECT count(*) FROM snapshot WHERE label = 'workshop'"_s), 1);
    // Someone edits the map in the editor meanwhile.
    {
        using namespace Waymark;
        const auto document = WorkspaceLink::open(WorkspaceAddress::parse(workspace.url()), u"versions"_s);
        const Id card = document->cardsOfStage(document->stages().first().id).first();
        document->setValue({Entity::Card, card, int(CardField::Title)}, u"Renamed in the workshop"_s);
    }
    run = runWaymark({u"diff"_s, map, u"--since"_s, u"workshop"_s});
    COMPARE_EXIT(run, 0);
    VERIFY_SAYS(run.out, u"Renamed in the workshop"_s);
    run = runWaymark({u"comment"_s, map, u"--text"_s, u"Why was this renamed?"_s});
    COMPARE_EXIT(run, 0);
    VERIFY_SAYS(run.out, named + u": comment 1 left"_s);
    run = runWaymark({u"restore"_s, map, u"--to"_s, u"workshop"_s});
    COMPARE_EXIT(run, 0);
    VERIFY_SAYS(run.out, named + u": restored 'workshop'"_s);
    run = runWaymark({u"diff"_s, map, u"--since"_s, u"workshop"_s});
    COMPARE_EXIT(run, 0);
    VERIFY_SAYS(run.out, u"no changes since 'workshop'"_s);
    run = runWaymark({u"snapshots"_s, map, u"--json"_s});
    COMPARE_EXIT(run, 0);
    const QJsonArray snapshots = QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"snapshots"_s).toArray();
    QCOMPARE(snapshots.size(), 2); // and "before restore …"
    // The restored map is the published one, its comment kept; each step one change.
    const Run pulled = runWaymark({u"pull"_s, workspace.url(), u"versions"_s, u"-o"_s, m_dir->filePath(u"pulled.waymark"_s), u"--force"_s});
    COMPARE_EXIT(pulled, 0);
    QJsonObject restored = QJsonDocument::fromJson(describeMap(m_dir->filePath(u"pulled.waymark"_s)).first().toUtf8()).object();
    QCOMPARE(restored.take(u"comments"_s).toArray().at(0)[u"text"_s].toString(), u"Why was this renamed?"_s);
    QCOMPARE(restored, QJsonDocument::fromJson(describeMap(file).first().toUtf8()).object());
    QCOMPARE(workspace.count(u"SELECT count(*) FROM comment"_s), 1);
    QCOMPARE(workspace.count(u"SELECT count(*) FROM change_log"_s), 5);
}

QTEST_MAIN(TestCliWorkspace)
#include "tst_cliworkspace.moc"
