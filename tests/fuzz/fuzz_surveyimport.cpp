// libFuzzer target: the CSV reader and the whole survey import on arbitrary bytes, as
// `waymark import` runs it: the text decoding, the delimiter and layout detection, the column
// plan, every row's checks, the report's texts and the mapping to remember. A small map is made
// in memory (ImportTarget by hand: stages, touchpoints, respondents, a remembered mapping), so
// that nothing touches a file. The first byte picks the options (see below); the rest is the
// export. Seeds: tests/fuzz/corpus/surveyimport (the survey fixtures).

#include "io/formaterror.h"
#include "survey/importmapping.h"
#include "survey/surveyimport.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;
using namespace Waymark;

namespace {

ImportTarget target()
{
    ImportTarget target;
    target.stages = {{1, u"Research online"_s}, {2, u"Store visit"_s}, {3, u"Setup and number transfer"_s},
                     {4, u"First bill"_s},      {5, u"Support contact"_s}};
    target.touchpoints = {{10, 2, u"Greeter with tablet queue"_s}, {11, 5, u"Customer service line"_s},
                          {12, 5, u"Chat assistant in the app"_s}};
    target.respondents = [](const ImportTarget::RespondentVisitor &visit) {
        visit("r01", 100);
        visit("R_3dK8xq2Lm0ZtV4a", 101);
        visit("114203651029", 102);
    };
    target.rememberedMapping = [](const QString &signature) -> std::optional<ImportMapping> {
        if (!signature.startsWith(u"qualtrics"_s))
            return std::nullopt;
        ImportMapping mapping;
        mapping.columns = {{u"csat"_s, u"Q3"_s}, {u"fcr"_s, u"Q4"_s}};
        mapping.values.set(SurveyField::Fcr, u"2"_s, u"no"_s);
        mapping.keep = {u"LocationLatitude"_s};
        return mapping;
    };
    return target;
}

// The options a first byte stands for: bit 0 includes skipped rows, bit 1 replaces duplicates,
// bits 2-3 name the delimiter (none, ';', '\t', ','), bits 4-5 the encoding (none, UTF-8,
// windows-1252, UTF-16LE), bit 6 maps the NPS and CSAT by question text with values.
ImportOptions optionsOf(uint8_t flags)
{
    ImportOptions options;
    options.includeSkipped = flags & 1;
    options.replaceDuplicates = flags & 2;
    static const char delimiters[] = {0, ';', '\t', ','};
    options.delimiter = delimiters[(flags >> 2) & 3];
    static const char *const encodings[] = {"", "UTF-8", "windows-1252", "UTF-16LE"};
    options.encoding = QString::fromLatin1(encodings[(flags >> 4) & 3]);
    if (flags & 64) {
        options.columns = {{u"nps"_s, u"How likely are you to recommend us?"_s}};
        options.values.set(SurveyField::Csat, u"Sehr zufrieden"_s, u"5"_s);
        options.values.set(SurveyField::Stage, u"1"_s, u"Research online"_s);
        options.attributes = {{u"age"_s, u"What is your age?"_s}};
    }
    return options;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray csv(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    try {
        SurveyImport import(target(), optionsOf(data[0]));
        import.optionProblems();
        if (import.read(csv, u"fuzz.csv"_s)) {
            const ImportReport &report = import.report();
            report.detectionText();
            report.columnLines();
            report.skippedText();
            report.tallyNotes(u"--values %1:%2=%3"_s);
            report.excludedText(ColumnExclusion::Kind::Personal);
            const ResponseBatch &batch = import.batch();
            qint64 answers = 0;
            for (qsizetype i = 0; i < batch.size(); ++i) {
                const ResponseBatch::Row &row = batch.row(i);
                answers += row.nps + row.csat + row.ces + row.fcr + batch.respondent(i).size() + batch.submittedAt(i).size();
                answers += batch.attributes(row.attributeSet).size();
            }
            // What would be remembered reads back the same.
            const QByteArray json = import.mapping().toJson();
            const std::optional<ImportMapping> again = ImportMapping::fromJson(json);
            if (!again || again->toJson() != json)
                __builtin_trap();
            (void)answers;
        }
    } catch (const FormatError &) {
        // A file that cannot be imported at all: the error is the result.
    }
    // A remembered mapping comes from a map file: untrusted too.
    ImportMapping::fromJson(csv);
    return 0;
}
