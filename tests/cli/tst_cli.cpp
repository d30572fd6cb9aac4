// The happy paths of the command-line contract (DESIGN.md, "Command line"): --version and
// --help, every subcommand's --help, `templates`, `new` from every template, `info --json`,
// `check`, and the JSON round trip (export, rebuild, export again gives the same bytes), plus
// the usage errors that must exit 2 with a pointer to --help.

#include "support/runchecks.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Waymark::Test::entriesOf;
using Waymark::Test::Run;
using Waymark::Test::runWaymark;

namespace {

struct Template {
    QString name;
    QString title;
    QString description;
};

QJsonObject parseObject(const QByteArray &text, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        *error = parseError.errorString();
    else if (!document.isObject())
        *error = u"not a JSON object"_s;
    return document.object();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

const QStringList laneKinds = {u"touchpoints"_s, u"customer_actions"_s, u"thoughts"_s, u"pain_points"_s,
                               u"delights"_s, u"opportunities"_s, u"emotion_curve"_s, u"channels"_s,
                               u"backstage"_s, u"notes"_s};

// The per-kind counts of cards that `info --json` may list; the contract lists three of them.
const QStringList cardKindCounts = {u"touchpoints"_s, u"pain_points"_s, u"delights"_s, u"opportunities"_s, u"notes"_s};

const QStringList subcommandNames = {u"new"_s, u"templates"_s, u"info"_s, u"export"_s, u"check"_s};

} // namespace

// Checks a finished run's exit code, showing its output when it is not the expected one.

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void versionOption_data();
    void versionOption();
    void helpOption_data();
    void helpOption();
    void subcommandHelp_data();
    void subcommandHelp();

    void templatesJson();
    void templatesText();

    void newFromTemplate_data();
    void newFromTemplate();
    void infoJsonSchema_data();
    void infoJsonSchema();
    void infoJsonValues_data();
    void infoJsonValues();
    void checkTemplate_data();
    void checkTemplate();
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void titleOption_data();
    void titleOption();
    void newDefaultsToBlank();

    void usageErrors_data();
    void usageErrors();

private:
    void templateRows();
    Template templateNamed(const QString &name) const;
    // Runs `waymark new FOLDER/FILE --template NAME`, failing the test when it does not work.
    void makeMap(const QString &folder, const QString &file, const QString &templateName);
    // A map made from the template once, in the shared folder, for the tests that only read it.
    QString sharedMap(const QString &templateName);
    // Runs `waymark info FILE --json` and parses its answer.
    QJsonObject infoJson(const QString &folder, const QString &file);

    QList<Template> m_templates;
    QHash<QString, QString> m_sharedMaps; // template name -> map made from it
    QTemporaryDir m_shared;
    QString m_sharedMap;
};

void TestCli::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("WAYMARK_BINARY"), "run through ctest: WAYMARK_BINARY names the binary");
    QVERIFY(m_shared.isValid());

    const Run run = runWaymark({u"templates"_s, u"--json"_s});
    COMPARE_EXIT(run, 0);
    QString error;
    const QJsonObject json = parseObject(run.out.toUtf8(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error + u'\n' + run.out));
    const QJsonArray list = json.value(u"templates"_s).toArray();
    for (const QJsonValue &value : list) {
        const QJsonObject entry = value.toObject();
        m_templates.append({entry.value(u"name"_s).toString(), entry.value(u"title"_s).toString(),
                            entry.value(u"description"_s).toString()});
    }
    QVERIFY2(!m_templates.isEmpty(), qPrintable(run.out));

    m_sharedMap = sharedMap(u"phone-store"_s);
}

void TestCli::templateRows()
{
    QTest::addColumn<QString>("name");
    for (const Template &entry : std::as_const(m_templates))
        QTest::newRow(qPrintable(entry.name)) << entry.name;
}

Template TestCli::templateNamed(const QString &name) const
{
    for (const Template &entry : m_templates) {
        if (entry.name == name)
            return entry;
    }
    return {};
}

void TestCli::makeMap(const QString &folder, const QString &file, const QString &templateName)
{
    const Run run = runWaymark({u"new"_s, file, u"--template"_s, templateName}, folder);
    COMPARE_EXIT(run, 0);
    QVERIFY2(QFileInfo::exists(QDir(folder).filePath(file)), qPrintable(describe(run)));
}

QString TestCli::sharedMap(const QString &templateName)
{
    if (!m_sharedMaps.contains(templateName)) {
        const QString file = templateName + u".waymark"_s;
        const Run run = runWaymark({u"new"_s, file, u"--template"_s, templateName}, m_shared.path());
        if (run.exitCode != 0 || !QFileInfo::exists(m_shared.filePath(file))) {
            QTest::qFail(qPrintable(u"cannot make a map from "_s + templateName + u": "_s + describe(run)), __FILE__, __LINE__);
            return {};
        }
        m_sharedMaps.insert(templateName, m_shared.filePath(file));
    }
    return m_sharedMaps.value(templateName);
}

QJsonObject TestCli::infoJson(const QString &folder, const QString &file)
{
    const Run run = runWaymark({u"info"_s, file, u"--json"_s}, folder);
    if (run.exitCode != 0) {
        QTest::qFail(qPrintable(u"info --json failed: "_s + describe(run)), __FILE__, __LINE__);
        return {};
    }
    QString error;
    const QJsonObject json = parseObject(run.out.toUtf8(), &error);
    if (!error.isEmpty())
        QTest::qFail(qPrintable(u"info --json printed no JSON object ("_s + error + u"):\n"_s + run.out), __FILE__, __LINE__);
    return json;
}

// --version, --help ---------------------------------------------------------------------

void TestCli::versionOption_data()
{
    QTest::addColumn<QString>("option");
    QTest::newRow("--version") << u"--version"_s;
    QTest::newRow("-v") << u"-v"_s;
}

void TestCli::versionOption()
{
    QFETCH(QString, option);
    const Run run = runWaymark({option});
    COMPARE_EXIT(run, 0);
    QCOMPARE(run.out, QString::fromLatin1("waymark " WAYMARK_VERSION "\n"));
    QCOMPARE(run.err, QString());
}

void TestCli::helpOption_data()
{
    QTest::addColumn<QString>("option");
    QTest::newRow("--help") << u"--help"_s;
    QTest::newRow("-h") << u"-h"_s;
}

void TestCli::helpOption()
{
    QFETCH(QString, option);
    const Run run = runWaymark({option});
    COMPARE_EXIT(run, 0);
    QCOMPARE(run.err, QString());
    QVERIFY2(run.out.contains(u"Usage"_s), qPrintable(run.out));
    for (const QString &command : subcommandNames) {
        const QRegularExpression line(u"^\\s*waymark %1\\b"_s.arg(command), QRegularExpression::MultilineOption);
        QVERIFY2(line.match(run.out).hasMatch(), qPrintable(u"no line for '%1' in:\n%2"_s.arg(command, run.out)));
    }
}

void TestCli::subcommandHelp_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("option");
    for (const QString &command : subcommandNames) {
        QTest::addRow("%s --help", qPrintable(command)) << command << u"--help"_s;
        QTest::addRow("%s -h", qPrintable(command)) << command << u"-h"_s;
    }
}

void TestCli::subcommandHelp()
{
    QFETCH(QString, command);
    QFETCH(QString, option);
    const Run run = runWaymark({command, option});
    COMPARE_EXIT(run, 0);
    QCOMPARE(run.err, QString());
    QVERIFY2(run.out.startsWith(u"Usage: waymark "_s + command), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"--help"_s), qPrintable(run.out));
}

// templates ------------------------------------------------------------------------------

void TestCli::templatesJson()
{
    const Run run = runWaymark({u"templates"_s, u"--json"_s});
    COMPARE_EXIT(run, 0);
    QCOMPARE(run.err, QString());
    QString error;
    const QJsonObject json = parseObject(run.out.toUtf8(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(json.keys(), QStringList{u"templates"_s});
    QVERIFY(json.value(u"templates"_s).isArray());

    QStringList names;
    for (const QJsonValue &value : json.value(u"templates"_s).toArray()) {
        QVERIFY(value.isObject());
        const QJsonObject entry = value.toObject();
        QCOMPARE(entry.keys(), (QStringList{u"description"_s, u"name"_s, u"title"_s}));
        for (const QString &key : entry.keys()) {
            QVERIFY2(entry.value(key).isString() && !entry.value(key).toString().isEmpty(),
                     qPrintable(u"%1 of %2"_s.arg(key, entry.value(u"name"_s).toString())));
        }
        names.append(entry.value(u"name"_s).toString());
    }
    QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), names.size()); // no name twice

    // Every template file of the source tree is listed, and nothing else.
    QStringList files = QDir(QStringLiteral(WAYMARK_TEMPLATES_DIR)).entryList({u"*.json"_s}, QDir::Files);
    for (QString &file : files)
        file.chop(5);
    QCOMPARE(sorted(names), sorted(files));
    QVERIFY2(names.contains(u"blank"_s), qPrintable(names.join(u", "_s)));
    QVERIFY2(names.contains(u"phone-store"_s), qPrintable(names.join(u", "_s)));
    // The five examples listed in the brief, whichever have been written so far.
    for (const QString &name : {u"bagel-shop"_s, u"saas-onboarding"_s, u"ecommerce-order-return"_s, u"b2b-renewal"_s}) {
        if (QFileInfo::exists(QStringLiteral(WAYMARK_TEMPLATES_DIR) + u'/' + name + u".json"_s))
            QVERIFY2(names.contains(name), qPrintable(name));
    }
}

void TestCli::templatesText()
{
    const Run run = runWaymark({u"templates"_s});
    COMPARE_EXIT(run, 0);
    QCOMPARE(run.err, QString());
    for (const Template &entry : std::as_const(m_templates)) {
        const QRegularExpression line(u"^%1 +%2$"_s.arg(QRegularExpression::escape(entry.name),
                                                        QRegularExpression::escape(entry.title)),
                                      QRegularExpression::MultilineOption);
        QVERIFY2(line.match(run.out).hasMatch(), qPrintable(u"no line '%1  %2' in:\n%3"_s.arg(entry.name, entry.title, run.out)));
        QVERIFY2(run.out.contains(entry.description), qPrintable(entry.description));
    }
}

// new, info, check, export for every template --------------------------------------------

void TestCli::newFromTemplate_data()
{
    templateRows();
}

void TestCli::newFromTemplate()
{
    QFETCH(QString, name);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Run run = runWaymark({u"new"_s, u"map.waymark"_s, u"--template"_s, name}, dir.path());
    COMPARE_EXIT(run, 0);
    QCOMPARE(run.err, QString());
    QVERIFY2(run.out.contains(u"map.waymark"_s), qPrintable(run.out));
    // Only the map: no journal, no temporary file.
    QCOMPARE(entriesOf(dir.path()), QStringList{u"map.waymark"_s});

    const Run info = runWaymark({u"info"_s, u"map.waymark"_s}, dir.path());
    COMPARE_EXIT(info, 0);
    QCOMPARE(info.err, QString());
    QVERIFY2(info.out.contains(templateNamed(name).title), qPrintable(info.out));
}

void TestCli::infoJsonSchema_data()
{
    templateRows();
}

// Exactly the keys of DESIGN.md's info schema, no more and no fewer.
void TestCli::infoJsonSchema()
{
    QFETCH(QString, name);
    const QString map = sharedMap(name);
    if (QTest::currentTestFailed())
        return;
    const QJsonObject info = infoJson(m_shared.path(), map);
    if (QTest::currentTestFailed())
        return;

    // Compared as text, so that a failure shows both lists of keys.
    const auto keys = [](const QJsonValue &value) { return value.toObject().keys().join(u", "_s); };
    const auto expected = [](const QStringList &list) { return sorted(list).join(u", "_s); };
    QCOMPARE(keys(info), expected({u"title"_s, u"schema_version"_s, u"stages"_s, u"lanes"_s, u"counts"_s, u"evidence"_s,
                                 u"owner"_s, u"review_date"_s, u"review_due"_s}));
    for (const QJsonValue &stage : info.value(u"stages"_s).toArray())
        QCOMPARE(keys(stage), expected({u"name"_s, u"position"_s}));
    for (const QJsonValue &lane : info.value(u"lanes"_s).toArray())
        QCOMPARE(keys(lane), expected({u"name"_s, u"kind"_s}));
    QCOMPARE(keys(info.value(u"evidence"_s)), expected({u"observed"_s, u"assumed"_s, u"proposed"_s}));
    // DESIGN.md's counts, plus delights, notes and emotion_points (docs/cli.md), so that the
    // counts by kind add up to "cards".
    QCOMPARE(keys(info.value(u"counts"_s)),
             expected({u"stages"_s, u"lanes"_s, u"cards"_s, u"touchpoints"_s, u"pain_points"_s, u"opportunities"_s,
                       u"personas"_s, u"responses"_s, u"delights"_s, u"notes"_s, u"emotion_points"_s}));
}

void TestCli::infoJsonValues_data()
{
    templateRows();
}

// The values of `info --json` agree with themselves and with the template they came from.
void TestCli::infoJsonValues()
{
    QFETCH(QString, name);
    const QString map = sharedMap(name);
    if (QTest::currentTestFailed())
        return;
    const QJsonObject info = infoJson(m_shared.path(), map);
    if (QTest::currentTestFailed())
        return;

    QString error;
    const QJsonObject source = parseObject(readAll(QStringLiteral(WAYMARK_TEMPLATES_DIR) + u'/' + name + u".json"_s), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QCOMPARE(info.value(u"title"_s).toString(), templateNamed(name).title);
    QCOMPARE(info.value(u"title"_s).toString(), source.value(u"title"_s).toString());
    QVERIFY(info.value(u"schema_version"_s).isDouble());
    QVERIFY(info.value(u"schema_version"_s).toInt() >= 1);

    const QJsonArray stages = info.value(u"stages"_s).toArray();
    const QJsonArray sourceStages = source.value(u"stages"_s).toArray();
    QCOMPARE(stages.size(), sourceStages.size());
    QVERIFY(!stages.isEmpty());
    for (qsizetype i = 0; i < stages.size(); ++i) {
        const QJsonObject stage = stages.at(i).toObject();
        QVERIFY(stage.value(u"position"_s).isDouble());
        QCOMPARE(stage.value(u"position"_s).toInt(-1), int(i));
        QVERIFY(!stage.value(u"name"_s).toString().isEmpty());
        QCOMPARE(stage.value(u"name"_s).toString(), sourceStages.at(i).toObject().value(u"name"_s).toString());
    }

    const QJsonArray lanes = info.value(u"lanes"_s).toArray();
    const QJsonArray sourceLanes = source.value(u"lanes"_s).toArray();
    QCOMPARE(lanes.size(), sourceLanes.size());
    for (qsizetype i = 0; i < lanes.size(); ++i) {
        const QJsonObject lane = lanes.at(i).toObject();
        QVERIFY2(laneKinds.contains(lane.value(u"kind"_s).toString()), qPrintable(lane.value(u"kind"_s).toString()));
        QVERIFY(!lane.value(u"name"_s).toString().isEmpty());
        QCOMPARE(lane.value(u"name"_s).toString(), sourceLanes.at(i).toObject().value(u"name"_s).toString());
        QCOMPARE(lane.value(u"kind"_s).toString(), sourceLanes.at(i).toObject().value(u"kind"_s).toString());
    }

    const QJsonObject counts = info.value(u"counts"_s).toObject();
    QVERIFY(!counts.isEmpty());
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        QVERIFY2(it.value().isDouble() && it.value().toDouble() >= 0 && it.value().toDouble() == it.value().toInt(),
                 qPrintable(it.key()));
    }
    const int cards = counts.value(u"cards"_s).toInt(-1);
    QCOMPARE(counts.value(u"stages"_s).toInt(-1), int(stages.size()));
    QCOMPARE(counts.value(u"lanes"_s).toInt(-1), int(lanes.size()));
    QCOMPARE(cards, int(source.value(u"cards"_s).toArray().size()));
    QCOMPARE(counts.value(u"personas"_s).toInt(-1), int(source.value(u"personas"_s).toArray().size()));
    QCOMPARE(counts.value(u"responses"_s).toInt(-1), 0); // responses are not part of a template

    // counts.cards is the sum of the kinds listed: equal when all five kinds are listed, at
    // least their sum when the output lists only some (as DESIGN.md's schema does).
    int sumOfKinds = 0;
    int kindsListed = 0;
    for (const QString &kind : cardKindCounts) {
        if (counts.contains(kind)) {
            sumOfKinds += counts.value(kind).toInt();
            ++kindsListed;
        }
    }
    if (kindsListed == cardKindCounts.size())
        QCOMPARE(sumOfKinds, cards);
    else
        QVERIFY2(sumOfKinds <= cards, qPrintable(u"%1 > %2"_s.arg(sumOfKinds).arg(cards)));

    // Every card has exactly one evidence status.
    const QJsonObject evidence = info.value(u"evidence"_s).toObject();
    int evidenceSum = 0;
    for (const QString &status : {u"observed"_s, u"assumed"_s, u"proposed"_s}) {
        QVERIFY2(evidence.value(status).isDouble() && evidence.value(status).toInt() >= 0, qPrintable(status));
        evidenceSum += evidence.value(status).toInt();
    }
    QCOMPARE(evidenceSum, cards);
}

void TestCli::checkTemplate_data()
{
    templateRows();
}

void TestCli::checkTemplate()
{
    QFETCH(QString, name);
    const QString map = sharedMap(name);
    if (QTest::currentTestFailed())
        return;
    const QByteArray before = Waymark::Test::digest(map);
    const QStringList entries = entriesOf(m_shared.path());
    const Run run = runWaymark({u"check"_s, map}, m_shared.path());
    COMPARE_EXIT(run, 0);
    QCOMPARE(run.err, QString());
    QVERIFY2(run.out.contains(u"ok"_s), qPrintable(run.out));
    QCOMPARE(Waymark::Test::digest(map), before); // checking reads only
    QCOMPARE(entriesOf(m_shared.path()), entries);
}

void TestCli::jsonRoundTrip_data()
{
    templateRows();
}

// export X -o X.json; new Y --from-json X.json; export Y -o Y.json: the same bytes.
void TestCli::jsonRoundTrip()
{
    QFETCH(QString, name);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString mapX = sharedMap(name); // made with `new --template NAME`
    if (QTest::currentTestFailed())
        return;

    const Run exportX = runWaymark({u"export"_s, mapX, u"-o"_s, u"x.json"_s}, dir.path());
    COMPARE_EXIT(exportX, 0);
    QCOMPARE(exportX.err, QString());
    const Run newY = runWaymark({u"new"_s, u"y.waymark"_s, u"--from-json"_s, u"x.json"_s}, dir.path());
    COMPARE_EXIT(newY, 0);
    QCOMPARE(newY.err, QString());
    const Run exportY = runWaymark({u"export"_s, u"y.waymark"_s, u"-o"_s, u"y.json"_s}, dir.path());
    COMPARE_EXIT(exportY, 0);
    QCOMPARE(exportY.err, QString());

    const QByteArray x = readAll(dir.filePath(u"x.json"_s));
    const QByteArray y = readAll(dir.filePath(u"y.json"_s));
    QVERIFY(!x.isEmpty());
    QString error;
    const QJsonObject json = parseObject(x, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(json.value(u"format"_s).toString(), u"waymark-map"_s);
    QCOMPARE(json.value(u"title"_s).toString(), templateNamed(name).title);
    QCOMPARE(y, x);

    const QJsonObject infoX = infoJson(dir.path(), mapX);
    const QJsonObject infoY = infoJson(dir.path(), u"y.waymark"_s);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!infoX.isEmpty());
    QCOMPARE(infoY, infoX);
    // The rebuilt map holds the same rows as the original.
    QCOMPARE(Waymark::Test::dumpTables(dir.filePath(u"y.waymark"_s)), Waymark::Test::dumpTables(mapX));
    QCOMPARE(entriesOf(dir.path()), (QStringList{u"x.json"_s, u"y.json"_s, u"y.waymark"_s}));
}

void TestCli::titleOption_data()
{
    QTest::addColumn<QString>("source"); // a template name, or "json" for --from-json
    QTest::addColumn<QString>("title");
    QTest::newRow("blank") << u"blank"_s << u"Checkout redesign 2025"_s;
    QTest::newRow("phone-store, accents and symbols") << u"phone-store"_s << u"Café crème — «journée» ✓ 日本語"_s;
    QTest::newRow("quotes and markup") << u"blank"_s << u"Say \"hi\" & <b>bye</b>; 'single'"_s;
    QTest::newRow("from-json") << u"json"_s << u"Rebuilt from JSON"_s;
}

void TestCli::titleOption()
{
    QFETCH(QString, source);
    QFETCH(QString, title);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList arguments{u"new"_s, u"map.waymark"_s, u"--title"_s, title};
    if (source == u"json"_s) {
        const Run exported = runWaymark({u"export"_s, m_sharedMap, u"-o"_s, u"source.json"_s}, dir.path());
        COMPARE_EXIT(exported, 0);
        arguments << u"--from-json"_s << u"source.json"_s;
    } else {
        arguments << u"--template"_s << source;
    }
    const Run run = runWaymark(arguments, dir.path());
    COMPARE_EXIT(run, 0);
    const QJsonObject info = infoJson(dir.path(), u"map.waymark"_s);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(info.value(u"title"_s).toString(), title);

    const Run text = runWaymark({u"info"_s, u"map.waymark"_s}, dir.path());
    COMPARE_EXIT(text, 0);
    QVERIFY2(text.out.contains(title), qPrintable(text.out));
}

void TestCli::newDefaultsToBlank()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Run plain = runWaymark({u"new"_s, u"plain.waymark"_s}, dir.path());
    COMPARE_EXIT(plain, 0);
    makeMap(dir.path(), u"blank.waymark"_s, u"blank"_s);
    if (QTest::currentTestFailed())
        return;
    const QJsonObject infoPlain = infoJson(dir.path(), u"plain.waymark"_s);
    const QJsonObject infoBlank = infoJson(dir.path(), u"blank.waymark"_s);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(infoPlain.value(u"title"_s).toString(), templateNamed(u"blank"_s).title);
    QCOMPARE(infoPlain, infoBlank);
    QCOMPARE(Waymark::Test::dumpTables(dir.filePath(u"plain.waymark"_s)),
             Waymark::Test::dumpTables(dir.filePath(u"blank.waymark"_s)));
}

// Usage errors: exit 2, "waymark: error: ..." and "Try 'waymark [COMMAND] --help'." --------

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments"); // @MAP: a sound map outside the working folder
    QTest::addColumn<QString>("message");       // a fragment of the error line (case-insensitive)
    QTest::addColumn<QString>("command");       // the subcommand whose --help is suggested, if any

    QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s} << u"unknown option '--frobnicate'"_s << QString();
    QTest::newRow("info: unknown option") << QStringList{u"info"_s, u"@MAP"_s, u"--frobnicate"_s}
                                          << u"unknown option 'frobnicate'"_s << u"info"_s;
    QTest::newRow("new: unknown option") << QStringList{u"new"_s, u"x.waymark"_s, u"--frobnicate"_s}
                                         << u"unknown option 'frobnicate'"_s << u"new"_s;
    QTest::newRow("export: unknown option") << QStringList{u"export"_s, u"@MAP"_s, u"-o"_s, u"out.json"_s, u"--frobnicate"_s}
                                            << u"unknown option 'frobnicate'"_s << u"export"_s;
    QTest::newRow("templates: unknown option") << QStringList{u"templates"_s, u"--frobnicate"_s}
                                               << u"unknown option 'frobnicate'"_s << u"templates"_s;

    QTest::newRow("new: missing FILE") << QStringList{u"new"_s} << u"missing FILE"_s << u"new"_s;
    QTest::newRow("new: missing FILE, template given") << QStringList{u"new"_s, u"--template"_s, u"blank"_s}
                                                       << u"missing FILE"_s << u"new"_s;
    QTest::newRow("info: missing FILE") << QStringList{u"info"_s} << u"missing FILE"_s << u"info"_s;
    QTest::newRow("info --json: missing FILE") << QStringList{u"info"_s, u"--json"_s} << u"missing FILE"_s << u"info"_s;
    QTest::newRow("check: missing FILE") << QStringList{u"check"_s} << u"missing FILE"_s << u"check"_s;
    QTest::newRow("export: missing FILE") << QStringList{u"export"_s, u"-o"_s, u"out.json"_s} << u"missing FILE"_s << u"export"_s;

    QTest::newRow("new: extra argument") << QStringList{u"new"_s, u"x.waymark"_s, u"y.waymark"_s}
                                         << u"unexpected argument 'y.waymark'"_s << u"new"_s;
    QTest::newRow("info: extra argument") << QStringList{u"info"_s, u"@MAP"_s, u"extra"_s}
                                          << u"unexpected argument 'extra'"_s << u"info"_s;
    QTest::newRow("check: extra argument") << QStringList{u"check"_s, u"@MAP"_s, u"extra"_s}
                                           << u"unexpected argument 'extra'"_s << u"check"_s;
    QTest::newRow("export: extra argument") << QStringList{u"export"_s, u"@MAP"_s, u"extra"_s, u"-o"_s, u"out.json"_s}
                                            << u"unexpected argument 'extra'"_s << u"export"_s;
    QTest::newRow("templates: extra argument") << QStringList{u"templates"_s, u"extra"_s}
                                               << u"unexpected argument 'extra'"_s << u"templates"_s;

    QTest::newRow("new: --template with --from-json")
        << QStringList{u"new"_s, u"x.waymark"_s, u"--template"_s, u"blank"_s, u"--from-json"_s, u"x.json"_s}
        << u"--template and --from-json"_s << u"new"_s;
    QTest::newRow("new: --template without NAME") << QStringList{u"new"_s, u"x.waymark"_s, u"--template"_s}
                                                  << u"missing value after '--template'"_s << u"new"_s;

    QTest::newRow("export: without -o") << QStringList{u"export"_s, u"@MAP"_s} << u"missing -o OUT"_s << u"export"_s;
    QTest::newRow("export: -o without OUT") << QStringList{u"export"_s, u"@MAP"_s, u"-o"_s}
                                            << u"missing value after '-o'"_s << u"export"_s;
    QTest::newRow("export: unknown --format") << QStringList{u"export"_s, u"@MAP"_s, u"-o"_s, u"out.json"_s, u"--format"_s, u"xyz"_s}
                                              << u"unknown format 'xyz'"_s << u"export"_s;
    QTest::newRow("export: unknown extension") << QStringList{u"export"_s, u"@MAP"_s, u"-o"_s, u"out.xyz"_s}
                                               << u"unknown format 'xyz'"_s << u"export"_s;
    QTest::newRow("export: --dpi 0") << QStringList{u"export"_s, u"@MAP"_s, u"-o"_s, u"out.json"_s, u"--dpi"_s, u"0"_s}
                                     << u"--dpi takes a whole number"_s << u"export"_s;
    QTest::newRow("export: --dpi abc") << QStringList{u"export"_s, u"@MAP"_s, u"-o"_s, u"out.json"_s, u"--dpi"_s, u"abc"_s}
                                       << u"--dpi takes a whole number"_s << u"export"_s;
    QTest::newRow("export: --dpi 1.5") << QStringList{u"export"_s, u"@MAP"_s, u"-o"_s, u"out.json"_s, u"--dpi"_s, u"1.5"_s}
                                       << u"--dpi takes a whole number"_s << u"export"_s;
    QTest::newRow("export: --page B5") << QStringList{u"export"_s, u"@MAP"_s, u"-o"_s, u"out.json"_s, u"--page"_s, u"B5"_s}
                                       << u"--page takes A4, A3 or Letter"_s << u"export"_s;
    QTest::newRow("export: --report with json") << QStringList{u"export"_s, u"@MAP"_s, u"-o"_s, u"out.json"_s, u"--report"_s}
                                                << u"--report writes a PDF"_s << u"export"_s;
    QTest::newRow("export: --report with --format json")
        << QStringList{u"export"_s, u"@MAP"_s, u"-o"_s, u"out.pdf"_s, u"--format"_s, u"json"_s, u"--report"_s}
        << u"--report writes a PDF"_s << u"export"_s;
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QFETCH(QString, command);
    arguments.replaceInStrings(u"@MAP"_s, m_sharedMap);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray mapBefore = Waymark::Test::digest(m_sharedMap);
    const Run run = runWaymark(arguments, dir.path());
    COMPARE_EXIT(run, 2);
    QCOMPARE(run.out, QString());
    const QStringList lines = run.err.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(u"waymark: error: "_s), qPrintable(run.err));
    QVERIFY2(lines.at(0).contains(message, Qt::CaseInsensitive), qPrintable(run.err));
    const QString tryLine = command.isEmpty() ? u"Try 'waymark --help'."_s : u"Try 'waymark %1 --help'."_s.arg(command);
    QCOMPARE(lines.at(1), tryLine);
    // A usage error does nothing: no file made in the working folder, the map untouched.
    QCOMPARE(entriesOf(dir.path()), QStringList());
    QCOMPARE(Waymark::Test::digest(m_sharedMap), mapBefore);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
