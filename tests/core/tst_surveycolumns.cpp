// What each column of a survey export becomes (ColumnResolver through SurveyImport): a field
// named by --map with any of the column's names (export tag, question text, import id, in any
// case and spacing), the remembered mapping of the layout, the columns found by themselves
// (field names, the standard NPS question, a column of stage names, the tools' id and date
// columns), personal data and bookkeeping left out unless kept, and the segment attributes
// named by their question text or by --attribute.

#include "document/document.h"
#include "io/formaterror.h"
#include "support/testsupport.h"
#include "survey/surveyimport.h"

#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Waymark;

using Mapping = QMap<QString, QString>;

namespace {

// A Qualtrics export (three header rows) with the columns the tests name.
const QByteArray qualtrics =
    "ResponseId,RecordedDate,IPAddress,RecipientEmail,LocationLatitude,Status,Q1,Q2,Q3,Q4,Q5\n"
    "Response ID,Recorded Date,IP Address,Recipient Email,Location Latitude,Response Type,Which stage?,"
    "How likely are you to recommend us to a friend?,\"Overall,  how satisfied are you?\",Was it solved?,What is your age?\n"
    "\"{\"\"ImportId\"\":\"\"_recordId\"\"}\",\"{\"\"ImportId\"\":\"\"recordedDate\"\"}\",\"{\"\"ImportId\"\":\"\"ipAddress\"\"}\","
    "\"{\"\"ImportId\"\":\"\"recipientEmail\"\"}\",\"{\"\"ImportId\"\":\"\"locationLatitude\"\"}\",\"{\"\"ImportId\"\":\"\"status\"\"}\","
    "\"{\"\"ImportId\"\":\"\"QID1\"\"}\",\"{\"\"ImportId\"\":\"\"QID2\"\"}\",\"{\"\"ImportId\"\":\"\"QID3\"\"}\","
    "\"{\"\"ImportId\"\":\"\"QID4\"\"}\",\"{\"\"ImportId\"\":\"\"QID5\"\"}\"\n"
    "R_1,2026-03-01 10:00:00,192.0.2.1,a@example.com,51.5,IP Address,Store visit,9,Very satisfied,Yes,25 - 34\n"
    "R_2,2026-03-02 11:00:00,192.0.2.2,b@example.com,51.6,IP Address,First bill,3,Dissatisfied,No,65 or older\n";

QStringList fieldsOf(const SurveyImport &import)
{
    QStringList list;
    for (int f = 0; f < SurveyFields::Count; ++f) {
        const int c = import.plan().fields[f];
        if (c >= 0)
            list.append(SurveyFields::names().at(f) + u'=' + import.layout().columns.at(c).key);
    }
    return list;
}

QStringList excludedOf(const SurveyImport &import)
{
    QStringList list;
    for (const ColumnPlan::Excluded &excluded : import.plan().excluded)
        list.append(import.layout().columns.at(excluded.column).key + u':' + excluded.why.what);
    return list;
}

} // namespace

class TestSurveyColumns : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void headerRoles_data();
    void headerRoles();
    void mapByAnyName_data();
    void mapByAnyName();
    void mappingErrors_data();
    void mappingErrors();
    void foundByThemselves_data();
    void foundByThemselves();
    void personalData_data();
    void personalData();
    void attributes();
    void rememberedMapping();
    void mappingToRemember();

private:
    std::unique_ptr<SurveyImport> opened(const QByteArray &csv, const ImportOptions &options = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Document> m_doc;
};

void TestSurveyColumns::init()
{
    m_dir = Test::scratchDir();
    m_doc = Test::documentFromTemplate(m_dir->filePath(u"map.waymark"_s), u"phone-store"_s);
    QVERIFY(m_doc);
}

void TestSurveyColumns::cleanup()
{
    m_doc.reset();
    m_dir.reset();
}

std::unique_ptr<SurveyImport> TestSurveyColumns::opened(const QByteArray &csv, const ImportOptions &options)
{
    auto import = std::make_unique<SurveyImport>(*m_doc, options);
    import->read(csv, u"survey.csv"_s);
    return import;
}

// A plain CSV: columns named like a field are that field's (in any case, padded or quoted).
void TestSurveyColumns::headerRoles_data()
{
    QTest::addColumn<QByteArray>("headerLine");
    QTest::addColumn<QStringList>("roles");
    QTest::addColumn<QStringList>("attributes");

    QTest::newRow("lower case") << QByteArray("stage,nps,gender") << QStringList{u"stage"_s, u"nps"_s, QString()}
                                << QStringList{u"gender"_s};
    QTest::newRow("any case")
        << QByteArray("STAGE,Touchpoint,NPS,Csat,cEs,FCR,Response_Minutes,Respondent_ID,Submitted_At,Gender,AGE")
        << QStringList{u"stage"_s, u"touchpoint"_s, u"nps"_s, u"csat"_s, u"ces"_s, u"fcr"_s, u"response_minutes"_s,
                       u"respondent"_s, u"submitted_at"_s, QString(), QString()}
        << QStringList{u"Gender"_s, u"AGE"_s};
    QTest::newRow("padded, quoted") << QByteArray(" channel ,\" Stage \",\"nps\",respondent")
                                    << QStringList{QString(), u"stage"_s, u"nps"_s, u"respondent"_s} << QStringList{u"channel"_s};
    QTest::newRow("semicolons, BOM") << QByteArray("\xEF\xBB\xBFregion;Stage;NPS") << QStringList{QString(), u"stage"_s, u"nps"_s}
                                     << QStringList{u"region"_s};
    QTest::newRow("tabs") << QByteArray("Stage\tcsat\tplan") << QStringList{u"stage"_s, u"csat"_s, QString()} << QStringList{u"plan"_s};
    QTest::newRow("near misses are attributes") << QByteArray("stage,nps score,csat_1,minutes")
                                                << QStringList{u"stage"_s, QString(), QString(), QString()}
                                                << QStringList{u"nps score"_s, u"csat_1"_s, u"minutes"_s};
    QTest::newRow("unnamed column") << QByteArray("stage,,nps") << QStringList{u"stage"_s, QString(), u"nps"_s}
                                    << QStringList(); // no name and no values: nothing at all
}

void TestSurveyColumns::headerRoles()
{
    QFETCH(QByteArray, headerLine);
    QFETCH(QStringList, roles);
    QFETCH(QStringList, attributes);

    const auto import = opened(headerLine + '\n');
    QCOMPARE(import->columnRoles(), roles);
    QCOMPARE(import->attributes(), attributes);
}

// --map names a column by its export tag, question text or import id; case and repeated
// spaces do not matter. "How likely ... recommend" on Qualtrics is the question text of row 2.
void TestSurveyColumns::mapByAnyName_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<Mapping>("mapping");
    QTest::addColumn<QStringList>("fields");

    QTest::newRow("export tag") << qualtrics << Mapping{{u"csat"_s, u"q3"_s}}
                                << QStringList{u"stage=Q1"_s, u"respondent=ResponseId"_s, u"nps=Q2"_s, u"csat=Q3"_s,
                                               u"submitted_at=RecordedDate"_s};
    QTest::newRow("question text, other spacing and case")
        << qualtrics << Mapping{{u"csat"_s, u"OVERALL, how   satisfied are you?"_s}, {u"fcr"_s, u"was it solved?"_s}}
        << QStringList{u"stage=Q1"_s, u"respondent=ResponseId"_s, u"nps=Q2"_s, u"csat=Q3"_s, u"fcr=Q4"_s, u"submitted_at=RecordedDate"_s};
    QTest::newRow("import id") << qualtrics << Mapping{{u"csat"_s, u"QID3"_s}}
                               << QStringList{u"stage=Q1"_s, u"respondent=ResponseId"_s, u"nps=Q2"_s, u"csat=Q3"_s,
                                              u"submitted_at=RecordedDate"_s};
    QTest::newRow("the NPS question by its text")
        << qualtrics << Mapping{{u"nps"_s, u"How likely are you to recommend us to a friend?"_s}, {u"stage"_s, u"Which stage?"_s}}
        << QStringList{u"stage=Q1"_s, u"respondent=ResponseId"_s, u"nps=Q2"_s, u"submitted_at=RecordedDate"_s};
    QTest::newRow("a field left out") << qualtrics << Mapping{{u"submitted_at"_s, QString()}}
                                      << QStringList{u"stage=Q1"_s, u"respondent=ResponseId"_s, u"nps=Q2"_s};
    QTest::newRow("plain header") << QByteArray("Which part?;How happy?\nStore visit;5\n")
                                  << Mapping{{u"csat"_s, u"how happy?"_s}} << QStringList{u"stage=Which part?"_s, u"csat=How happy?"_s};
}

void TestSurveyColumns::mapByAnyName()
{
    QFETCH(QByteArray, csv);
    QFETCH(Mapping, mapping);
    QFETCH(QStringList, fields);
    ImportOptions options;
    options.columns = mapping;
    const auto import = opened(csv, options);
    QCOMPARE(fieldsOf(*import), fields);
}

void TestSurveyColumns::mappingErrors_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<Mapping>("mapping");
    QTest::addColumn<QString>("message");

    QTest::newRow("no such column") << QByteArray("stage,How likely (0-10)?\nStore visit,9\n")
                                    << Mapping{{u"nps"_s, u"How likely?"_s}}
                                    << u"survey.csv: no column named 'How likely?' (mapped to nps)"_s;
    QTest::newRow("a name of two columns")
        << QByteArray("Respondent ID,Collector ID,Which channels?,,stage\n,,Web,Phone,Response\n1,2,Web,,Store visit\n")
        << Mapping{{u"ces"_s, u"which channels?"_s}}
        << u"survey.csv: 'which channels?' names 2 columns ('Which channels? - Web', 'Which channels? - Phone'); name one of them "
           "instead (mapped to ces)"_s;
    QTest::newRow("one column for two fields") << QByteArray("stage,score\nStore visit,9\n")
                                               << Mapping{{u"nps"_s, u"score"_s}, {u"csat"_s, u"SCORE"_s}}
                                               << u"survey.csv: the column 'score' cannot be both csat and nps"_s;
}

void TestSurveyColumns::mappingErrors()
{
    QFETCH(QByteArray, csv);
    QFETCH(Mapping, mapping);
    QFETCH(QString, message);
    ImportOptions options;
    options.columns = mapping;
    SurveyImport import(*m_doc, options);
    try {
        import.read(csv, u"survey.csv"_s);
        QFAIL("no error");
    } catch (const FormatError &e) {
        QCOMPARE(e.message(), message);
    }
}

// Without --map: the standard NPS question in the languages of the yes/no scale, a column of
// mostly stage names (with repeated spaces), and the tools' own id and date columns.
void TestSurveyColumns::foundByThemselves_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QStringList>("notes");

    QTest::newRow("Qualtrics") << qualtrics
                               << QStringList{u"stage=Q1"_s, u"respondent=ResponseId"_s, u"nps=Q2"_s, u"submitted_at=RecordedDate"_s}
                               << QStringList();
    QTest::newRow("German NPS wording")
        << QByteArray("Phase;Wie wahrscheinlich ist es, dass Sie uns einem Freund weiterempfehlen?\nStore visit;9\n")
        << QStringList{u"stage=Phase"_s, u"nps=Wie wahrscheinlich ist es, dass Sie uns einem Freund weiterempfehlen?"_s} << QStringList();
    QTest::newRow("French NPS wording")
        << QByteArray("Étape;Quelle est la probabilité que vous recommandiez notre offre ?\nStore visit;9\n")
        << QStringList{u"stage=Étape"_s, u"nps=Quelle est la probabilité que vous recommandiez notre offre ?"_s} << QStringList();
    QTest::newRow("Spanish NPS wording")
        << QByteArray("Etapa;¿Qué probabilidad hay de que nos recomiende a un amigo?\nStore visit;9\n")
        << QStringList{u"stage=Etapa"_s, u"nps=¿Qué probabilidad hay de que nos recomiende a un amigo?"_s} << QStringList();
    QTest::newRow("stage names, mostly, with odd spacing")
        << QByteArray("Region,Which part of the journey?,Score\nNorth,store  VISIT,1\nSouth, First bill ,2\nNorth,Elsewhere,3\n")
        << QStringList{u"stage=Which part of the journey?"_s} << QStringList();
    QTest::newRow("two recommendation questions: none chosen")
        << QByteArray("stage,How likely are you to recommend the shop?,How likely are you to recommend the app?\nStore visit,9,8\n")
        << QStringList{u"stage=stage"_s}
        << QStringList{u"2 questions ask how likely the respondent is to recommend: name the NPS one with --map nps=COLUMN"_s};
    QTest::newRow("SurveyMonkey ids and dates")
        << QByteArray("Respondent ID,Collector ID,Start Date,End Date,Which stage?\n,,,,Response\n"
                      "114,431,03/02/2026 10:15:22 AM,03/02/2026 10:18:07 AM,Store visit\n")
        << QStringList{u"stage=Which stage?"_s, u"respondent=Respondent ID"_s, u"submitted_at=End Date"_s} << QStringList();
    QTest::newRow("Typeform token and submit date")
        << QByteArray("#,Which stage?,Start Date (UTC),Submit Date (UTC),Network ID\nabc,Store visit,2026-03-10 08:12:40,2026-03-10 08:15:02,f1\n")
        << QStringList{u"stage=Which stage?"_s, u"respondent=#"_s, u"submitted_at=Submit Date (UTC)"_s} << QStringList();
    QTest::newRow("Google Forms timestamp")
        << QByteArray("\"Timestamp\",\"Which stage?\"\n\"2026/03/09 9:14:02 AM GMT\",\"Store visit\"\n")
        << QStringList{u"stage=Which stage?"_s, u"submitted_at=Timestamp"_s} << QStringList();
}

void TestSurveyColumns::foundByThemselves()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, fields);
    QFETCH(QStringList, notes);
    const auto import = opened(csv);
    QCOMPARE(fieldsOf(*import), fields);
    QCOMPARE(import->plan().notes, notes);
}

// Personal data is not stored: by the column's names in any header row, or by its values.
void TestSurveyColumns::personalData_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("keep");
    QTest::addColumn<QStringList>("excluded");
    QTest::addColumn<QStringList>("attributes");

    QTest::newRow("Qualtrics") << qualtrics << QStringList()
                               << QStringList{u"IPAddress:IP addresses"_s, u"RecipientEmail:e-mail addresses"_s,
                                              u"LocationLatitude:locations"_s, u"Status:survey tool bookkeeping"_s}
                               << QStringList{u"Overall, how satisfied are you?"_s, u"Was it solved?"_s, u"What is your age?"_s};
    QTest::newRow("Qualtrics, one kept") << qualtrics << QStringList{u"Location Latitude"_s}
                                         << QStringList{u"IPAddress:IP addresses"_s, u"RecipientEmail:e-mail addresses"_s,
                                                        u"Status:survey tool bookkeeping"_s}
                                         << QStringList{u"Location Latitude"_s, u"Overall, how satisfied are you?"_s,
                                                        u"Was it solved?"_s, u"What is your age?"_s};
    QTest::newRow("names in a plain CSV")
        << QByteArray("stage,First Name,Last Name,E-Mail,Phone,IP Address,External Reference,Recipient Company,segment\n"
                      "Store visit,Ana,Lee,a@x.org,0123,192.0.2.4,X1,ACME,gold\n")
        << QStringList()
        << QStringList{u"First Name:names"_s, u"Last Name:names"_s, u"E-Mail:e-mail addresses"_s, u"Phone:phone numbers"_s,
                       u"IP Address:IP addresses"_s, u"External Reference:external references"_s,
                       u"Recipient Company:recipient details"_s}
        << QStringList{u"segment"_s};
    QTest::newRow("e-mail addresses in a question's column")
        << QByteArray("stage,What's your email address?,plan\nStore visit,ana@example.com,gold\nFirst bill,bo@example.org,\n"
                      "First bill,,silver\nStore visit,cy@example.net,gold\n")
        << QStringList() << QStringList{u"What's your email address?:e-mail addresses"_s} << QStringList{u"plan"_s};
    QTest::newRow("IP addresses by value")
        << QByteArray("stage,Where from?\nStore visit,198.51.100.3\nFirst bill,2001:db8::1\nFirst bill,203.0.113.9\n")
        << QStringList() << QStringList{u"Where from?:IP addresses"_s} << QStringList();
    QTest::newRow("Typeform network id") << QByteArray("#,stage,Submit Date (UTC),Network ID\nt1,Store visit,2026-03-10 08:15:02,ab12\n")
                                         << QStringList() << QStringList{u"Network ID:IP addresses"_s} << QStringList();
}

void TestSurveyColumns::personalData()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, keep);
    QFETCH(QStringList, excluded);
    QFETCH(QStringList, attributes);
    ImportOptions options;
    options.keep = keep;
    const auto import = opened(csv, options);
    QCOMPARE(excludedOf(*import), excluded);
    QCOMPARE(import->attributes(), attributes);
    // What is left out is not stored: no attribute set holds a value of it.
    for (qsizetype i = 0; i < import->batch().size(); ++i) {
        for (const auto &[name, value] : import->batch().attributes(import->batch().row(i).attributeSet))
            QVERIFY2(attributes.contains(name), qPrintable(name));
    }
}

// --attribute names a segment from a question-text column (and keeps a personal one); ages in
// band labels are spelled as the metrics' bands.
void TestSurveyColumns::attributes()
{
    ImportOptions options;
    options.columns = {{u"csat"_s, u"Q3"_s}};
    options.attributes = {{u"age"_s, u"What is your age?"_s}, {u"solved"_s, u"Q4"_s}};
    const auto import = opened(qualtrics, options);
    QCOMPARE(import->attributes(), (QStringList{u"solved"_s, u"age"_s}));
    const ResponseBatch &batch = import->batch();
    QCOMPARE(batch.size(), 2);
    using Pairs = QList<QPair<QString, QString>>;
    QCOMPARE(batch.attributes(batch.row(0).attributeSet), (Pairs{{u"age"_s, u"25-34"_s}, {u"solved"_s, u"Yes"_s}}));
    QCOMPARE(batch.attributes(batch.row(1).attributeSet), (Pairs{{u"age"_s, u"65+"_s}, {u"solved"_s, u"No"_s}}));

    ImportOptions wrong;
    wrong.attributes = {{u"who"_s, u"Q2"_s}};
    SurveyImport import2(*m_doc, wrong);
    try {
        import2.read(qualtrics, u"survey.csv"_s);
        QFAIL("no error");
    } catch (const FormatError &e) {
        QCOMPARE(e.message(), u"survey.csv: the column 'Q2' is nps, not an attribute"_s);
    }
}

// The mapping kept for a layout is used when the options say nothing; what they say wins.
void TestSurveyColumns::rememberedMapping()
{
    ImportMapping remembered;
    remembered.columns = {{u"csat"_s, u"Q3"_s}, {u"fcr"_s, u"Q4"_s}, {u"submitted_at"_s, QString()}};
    remembered.values.set(SurveyField::Csat, u"Very satisfied"_s, u"4"_s); // an odd but remembered choice
    remembered.keep = {u"LocationLatitude"_s};
    QString asked;
    ImportTarget target = ImportTarget::of(*m_doc);
    target.rememberedMapping = [&](const QString &signature) -> std::optional<ImportMapping> {
        asked = signature;
        return remembered;
    };
    {
        SurveyImport import(target);
        QVERIFY(import.read(qualtrics, u"survey.csv"_s));
        QVERIFY(asked.startsWith(u"qualtrics:"_s));
        QCOMPARE(asked, import.layout().signature);
        QVERIFY(import.report().rememberedMapping);
        QCOMPARE(fieldsOf(import), (QStringList{u"stage=Q1"_s, u"respondent=ResponseId"_s, u"nps=Q2"_s, u"csat=Q3"_s, u"fcr=Q4"_s}));
        QCOMPARE(import.plan().choices[SurveyFields::index(SurveyField::Csat)], ColumnPlan::Choice::Remembered);
        QCOMPARE(int(import.batch().row(0).csat), 4);
        QVERIFY(import.attributes().contains(u"Location Latitude"_s));
    }
    ImportOptions options;
    options.columns = {{u"csat"_s, QString()}};
    options.values.set(SurveyField::Csat, u"very satisfied"_s, u"5"_s);
    SurveyImport import(target, options);
    QVERIFY(import.read(qualtrics, u"survey.csv"_s));
    QCOMPARE(fieldsOf(import), (QStringList{u"stage=Q1"_s, u"respondent=ResponseId"_s, u"nps=Q2"_s, u"fcr=Q4"_s}));
    QVERIFY(import.attributes().contains(u"Overall, how satisfied are you?"_s));

    ImportOptions fresh;
    fresh.useRemembered = false;
    SurveyImport ignoring(target, fresh);
    QVERIFY(ignoring.read(qualtrics, u"survey.csv"_s));
    QVERIFY(!ignoring.report().rememberedMapping);
    QCOMPARE(ignoring.plan().column(SurveyField::Csat), -1);
}

// What an import remembers: every field's column by key, fields left out on purpose, the
// values, the attributes named and the columns kept; and it reads back the same.
void TestSurveyColumns::mappingToRemember()
{
    ImportOptions options;
    options.columns = {{u"csat"_s, u"Overall, how satisfied are you?"_s}, {u"submitted_at"_s, QString()}};
    options.values.set(SurveyField::Fcr, u"Yes"_s, u"yes"_s);
    options.attributes = {{u"age"_s, u"Q5"_s}};
    options.keep = {u"Location Latitude"_s};
    const auto import = opened(qualtrics, options);
    const ImportMapping mapping = import->mapping();
    QCOMPARE(mapping.columns, (QMap<QString, QString>{{u"stage"_s, u"Q1"_s}, {u"respondent"_s, u"ResponseId"_s},
                                                      {u"nps"_s, u"Q2"_s}, {u"csat"_s, u"Q3"_s}, {u"submitted_at"_s, QString()}}));
    QCOMPARE(mapping.attributes, (QMap<QString, QString>{{u"Q5"_s, u"age"_s}}));
    QCOMPARE(mapping.keep, QStringList{u"LocationLatitude"_s});
    QCOMPARE(mapping.values.value(SurveyField::Fcr, u"yes"_s), std::optional<QString>(u"yes"_s));
    const std::optional<ImportMapping> read = ImportMapping::fromJson(mapping.toJson());
    QVERIFY(read);
    QCOMPARE(*read, mapping);
    // Untrusted: too long, or no object, is no mapping.
    QVERIFY(!ImportMapping::fromJson(QByteArray(ImportMapping::MaxJsonBytes + 1, ' ')));
    QVERIFY(!ImportMapping::fromJson("[1, 2]"));
    QCOMPARE(ImportMapping::fromJson("{\"columns\": {\"nps\": 7, \"csat\": \"Q3\"}, \"keep\": [1, \"A\"]}")->columns,
             (QMap<QString, QString>{{u"csat"_s, u"Q3"_s}}));
}

QTEST_GUILESS_MAIN(TestSurveyColumns)
#include "tst_surveycolumns.moc"
