#include "surveyimport.h"

#include "ageband.h"
#include "answerreader.h"
#include "answerscale.h"
#include "columnresolver.h"
#include "io/csvdialect.h"
#include "io/csvreader.h"
#include "io/formaterror.h"
#include "io/textsource.h"
#include "respondentindex.h"
#include "rowfilter.h"
#include "stagematcher.h"
#include "surveydate.h"
#include "surveytext.h"
#include "io/translate.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Waymark {

namespace {

constexpr SurveyField AnswerFields[] = {SurveyField::Nps, SurveyField::Csat, SurveyField::Ces, SurveyField::Fcr,
                                        SurveyField::Minutes};
constexpr qint64 ProgressEvery = 16384;
constexpr qint64 MaxReservedRows = 20'000'000;

QStringList texts(const QList<QByteArrayView> &fields)
{
    QStringList list;
    list.reserve(fields.size());
    for (const QByteArrayView field : fields)
        list.append(QString::fromUtf8(field));
    return list;
}

// QByteArrayView::trimmed() without its call for the common cell that needs none.
inline bool isSpace(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

inline QByteArrayView trimmed(QByteArrayView field)
{
    if (field.isEmpty() || (!isSpace(field.front()) && !isSpace(field.back())))
        return field;
    return field.trimmed();
}

bool allEmpty(const QList<QByteArrayView> &fields)
{
    return std::all_of(fields.begin(), fields.end(), [](QByteArrayView f) { return trimmed(f).isEmpty(); });
}

} // namespace

SurveyImport::SurveyImport(ImportTarget target, ImportOptions options)
    : m_target(std::move(target))
    , m_options(std::move(options))
    , m_effective(m_options)
{
    m_report.stageNames = m_target.stageNames();
}

SurveyImport::SurveyImport(Document &document, ImportOptions options)
    : SurveyImport(ImportTarget::of(document), std::move(options))
{
}

SurveyImport::~SurveyImport() = default;

QStringList SurveyImport::optionProblems() const
{
    QStringList problems;
    QStringList titles;
    for (const ImportTarget::TouchpointEntry &touchpoint : m_target.touchpoints)
        titles.append(SurveyText::key(touchpoint.title));
    QStringList stages;
    for (const ImportTarget::StageEntry &stage : m_target.stages)
        stages.append(SurveyText::key(stage.name));
    for (const ValueMap::Entry &entry : m_options.values.entries()) {
        const QString field = SurveyFields::name(entry.field);
        const QString given = u"%1:%2=%3"_s.arg(field, entry.label, entry.value);
        switch (entry.field) {
        case SurveyField::Stage:
            if (!stages.contains(SurveyText::key(entry.value))) {
                const QString meant = SurveyText::closest(entry.value, m_target.stageNames());
                problems.append(meant.isEmpty() ? tr("--values %1: the map has no stage '%2' (its stages: %3)")
                                                      .arg(given, entry.value, SurveyText::quotedList(m_target.stageNames(), 30))
                                                : tr("--values %1: the map has no stage '%2' (did you mean '%3'?)").arg(given, entry.value, meant));
            }
            break;
        case SurveyField::Touchpoint:
            if (!titles.contains(SurveyText::key(entry.value)))
                problems.append(tr("--values %1: no touchpoint of the map is titled '%2'").arg(given, entry.value));
            break;
        case SurveyField::Fcr:
            if (!AnswerScale::yesNo(SurveyText::key(entry.value)))
                problems.append(tr("--values %1: fcr takes yes or no").arg(given));
            break;
        case SurveyField::Nps:
        case SurveyField::Csat:
        case SurveyField::Ces: {
            const int min = entry.field == SurveyField::Nps ? 0 : 1;
            const int max = entry.field == SurveyField::Nps ? 10 : entry.field == SurveyField::Csat ? 5 : 7;
            const std::optional<int> score = AnswerScale::wholeNumber(entry.value.toUtf8(), true);
            if (!score || *score < min || *score > max)
                problems.append(tr("--values %1: %2 takes a whole number from %3 to %4").arg(given, field).arg(min).arg(max));
            break;
        }
        default:
            problems.append(tr("--values %1: %2 takes no values; only answers and stages do").arg(given, field));
            break;
        }
    }
    return problems;
}

void SurveyImport::rethrow(const FormatError &error) const
{
    throw FormatError(m_report.source + u": "_s + error.message(), error.isCancelled());
}

bool SurveyImport::read(QIODevice *device, const QString &source, const std::function<bool(double)> &progress)
{
    open(device, source);
    return readRows(progress);
}

bool SurveyImport::read(const QByteArray &csv, const QString &source, const std::function<bool(double)> &progress)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(csv);
    buffer->open(QIODevice::ReadOnly);
    m_ownedDevice = std::move(buffer);
    return read(m_ownedDevice.get(), source, progress);
}

void SurveyImport::open(std::unique_ptr<QIODevice> device, const QString &source)
{
    m_ownedDevice = std::move(device);
    open(m_ownedDevice.get(), source);
}

void SurveyImport::open(QIODevice *device, const QString &source)
{
    m_report.source = source;
    try {
        m_text = std::make_unique<TextSource>(device, m_options.encoding);
        m_report.encoding = m_text->encoding();
        m_report.encodingReason = m_text->reason();

        // Enough text to tell the delimiter by the first records.
        QByteArray head;
        bool complete = false;
        while (head.size() < TextSource::SniffBytes) {
            if (!m_text->read(head)) {
                complete = true;
                break;
            }
        }
        const qint64 headLines = head.count('\n');
        const double headShare = m_text->progress();
        m_report.delimiterDetected = m_options.delimiter == 0;
        m_report.delimiter = m_options.delimiter ? m_options.delimiter : CsvDialect::sniff(head, complete);
        m_reader = std::make_unique<CsvReader>(m_text.get(), m_report.delimiter, std::move(head));
        if (headShare > 0 && !complete)
            m_estimatedRows = std::min<qint64>(qint64(double(headLines) / headShare * 1.05), MaxReservedRows);

        // The header rows, and the first data rows to decide the columns by.
        QList<QStringList> records;
        while (records.size() < 3 && m_reader->next()) {
            if (records.isEmpty() && allEmpty(m_reader->fields()))
                continue;
            records.append(texts(m_reader->fields()));
            m_pending.append({{}, m_reader->line()});
            for (const QByteArrayView field : m_reader->fields())
                m_pending.last().fields.append(field.toByteArray());
        }
        if (records.isEmpty())
            throw FormatError(tr("the file is empty: a header row is needed"));
        m_report.layout = LayoutDetector::detect(records);
        m_pending.remove(0, std::min<qsizetype>(m_report.layout.headerRows, m_pending.size()));
        while (m_pending.size() < SampleRows && m_reader->next()) {
            m_pending.append({{}, m_reader->line()});
            for (const QByteArrayView field : m_reader->fields())
                m_pending.last().fields.append(field.toByteArray());
        }
        for (const PendingRow &row : std::as_const(m_pending)) {
            QStringList text;
            for (const QByteArray &field : row.fields)
                text.append(QString::fromUtf8(field));
            m_sampleText.append(text);
        }

        if (m_options.useRemembered && m_target.rememberedMapping)
            m_remembered = m_target.rememberedMapping(m_report.layout.signature);
        m_report.rememberedMapping = m_remembered.has_value();
        m_effective = m_remembered ? m_remembered->under(m_options) : m_options;
        m_report.plan = ColumnResolver(m_report.layout, m_sampleText, m_target).resolve(m_options, m_remembered);
    } catch (const FormatError &error) {
        rethrow(error);
    }
    prepare();
    m_opened = true;
}

void SurveyImport::prepare()
{
    const ColumnPlan &plan = m_report.plan;
    const bool decimalComma = m_report.delimiter != ',';
    m_filter = std::make_unique<RowFilter>(plan);
    m_stages = std::make_unique<StageMatcher>(m_target, m_effective.values);
    m_touchpoints = std::make_unique<TouchpointMatcher>(m_target, m_effective.values);
    for (const SurveyField field : AnswerFields) {
        m_answers.push_back(std::make_unique<AnswerReader>(field, m_effective.values, decimalComma));
        m_anyAnswerMapped = m_anyAnswerMapped || plan.column(field) >= 0;
    }

    // Dates: each tool's own way of writing them.
    SurveyDate::Order order = SurveyDate::Order::MonthFirst;
    QString zone;
    const int submitted = plan.column(SurveyField::Submitted);
    switch (m_report.layout.tool) {
    case SurveyTool::Typeform:
        zone = u"Z"_s; // "Submit Date (UTC)"
        break;
    case SurveyTool::Qualtrics:
        if (submitted >= 0)
            zone = m_report.layout.columns.at(submitted).timeZone;
        break;
    case SurveyTool::Plain:
        if (submitted >= 0) {
            QStringList values;
            for (const QStringList &row : std::as_const(m_sampleText))
                values.append(row.value(submitted));
            order = SurveyDate::orderShownBy(values).value_or(SurveyDate::Order::MonthFirst);
        }
        break;
    default:
        break;
    }
    m_date = std::make_unique<SurveyDate>(order, zone);

    for (const ColumnPlan::Attribute &attribute : plan.attributes) {
        m_attributeColumns.append(attribute.column);
        m_attributeNames.append(attribute.name);
        m_attributeIsAge.append(AgeBand::isAgeAttribute(attribute.name));
    }
    m_known = std::make_unique<RespondentIndex>();
    // The text a row keeps: its respondent and its date (as ISO 8601, about 25 characters).
    const int respondent = plan.column(SurveyField::Respondent);
    qint64 text = 0;
    for (const QStringList &row : std::as_const(m_sampleText))
        text += (respondent >= 0 ? row.value(respondent).trimmed().toUtf8().size() : 0) + (submitted >= 0 ? 25 : 0);
    m_textPerRow = m_sampleText.isEmpty() ? 0 : text / m_sampleText.size() + 1;
    if (m_estimatedRows > 0) {
        // A little more than the head promises, so that the buffers grow once at most.
        m_batch.reserve(m_estimatedRows, m_estimatedRows * m_textPerRow);
    }
}

bool SurveyImport::readRows(const std::function<bool(double)> &progress)
{
    Q_ASSERT(m_opened);
    requireStage();
    try {
        for (const PendingRow &row : std::as_const(m_pending)) {
            QList<QByteArrayView> fields;
            fields.reserve(row.fields.size());
            for (const QByteArray &field : row.fields)
                fields.append(field);
            process(fields, row.line);
        }
        m_pending.clear();
        qint64 read = 0;
        while (m_reader->next()) {
            process(m_reader->fields(), m_reader->line());
            if (progress && ++read % ProgressEvery == 0 && !progress(m_reader->progress()))
                return false;
        }
    } catch (const FormatError &error) {
        rethrow(error);
    }
    dropRepeatedRespondents();
    m_report.tallies.clear();
    m_report.tallies.append(m_stages->tally());
    m_report.tallies.append(m_touchpoints->tally());
    for (const auto &answer : std::as_const(m_answers))
        m_report.tallies.append(answer->tally());
    return true;
}

void SurveyImport::requireStage() const
{
    if (m_report.plan.column(SurveyField::Stage) < 0)
        rethrow(FormatError(tr("there is no 'stage' column; name the column of stage names with --map stage=COLUMN")));
}

void SurveyImport::addProblem(qint64 line, const QString &reason)
{
    ++m_report.invalid;
    if (m_report.problems.size() < MaxProblems)
        m_report.problems.append({line, reason});
}

void SurveyImport::loadRespondents()
{
    m_respondentsLoaded = true;
    if (m_target.respondents)
        m_target.respondents([this](QByteArrayView respondent, Id response) { m_known->insert(respondent, response); });
}

void SurveyImport::process(const QList<QByteArrayView> &fields, qint64 line)
{
    if (allEmpty(fields))
        return; // a blank line, or Excel's row of delimiters
    ++m_report.rows;
    const ColumnPlan &plan = m_report.plan;
    const qsizetype columns = m_report.layout.columns.size();
    if (fields.size() != columns) {
        // Spreadsheets add empty cells at the end of a row; any other difference is an error.
        const bool extraEmpty = fields.size() > columns
                                && std::all_of(fields.begin() + columns, fields.end(), [](QByteArrayView f) { return trimmed(f).isEmpty(); });
        if (!extraEmpty) {
            addProblem(line, tr("%1 fields where the header has %2").arg(fields.size()).arg(columns));
            return;
        }
    }
    if (!m_options.includeSkipped) {
        if (const std::optional<SkipReason> reason = m_filter->screen(fields)) {
            ++m_report.skipped[int(*reason)];
            return;
        }
    }
    const auto cell = [&](SurveyField field) {
        const int column = plan.column(field);
        return column < 0 ? QByteArrayView() : trimmed(fields.at(column));
    };
    if (m_anyAnswerMapped && !m_options.includeSkipped
        && std::all_of(std::begin(AnswerFields), std::end(AnswerFields), [&](SurveyField f) { return cell(f).isEmpty(); })) {
        ++m_report.skipped[int(SkipReason::Empty)];
        return;
    }

    m_rowProblems.clear();
    ResponseBatch::Row row;
    if (const QByteArrayView stage = cell(SurveyField::Stage); stage.isEmpty()) {
        m_rowProblems.append(tr("no stage given"));
    } else {
        row.stage = m_stages->stage(stage);
        if (!row.stage)
            m_rowProblems.append(m_stages->problem(stage));
    }
    if (const QByteArrayView title = cell(SurveyField::Touchpoint); !title.isEmpty()) {
        row.touchpoint = m_touchpoints->touchpoint(title, row.stage);
        if (!row.touchpoint)
            m_rowProblems.append(m_touchpoints->problem(title));
    }
    qint8 *scores[] = {&row.nps, &row.csat, &row.ces, &row.fcr};
    for (int a = 0; a < 4; ++a) {
        const QByteArrayView text = cell(AnswerFields[a]);
        if (text.isEmpty())
            continue;
        const AnswerReader::Score score = m_answers.at(a)->score(text);
        if (score.outcome == AnswerReader::Outcome::Ok)
            *scores[a] = score.value;
        else
            m_rowProblems.append(m_answers.at(a)->problem(text, score.outcome));
    }
    if (const QByteArrayView text = cell(SurveyField::Minutes); !text.isEmpty()) {
        if (const std::optional<double> minutes = m_answers.at(4)->minutes(text))
            row.minutes = *minutes;
        else
            m_rowProblems.append(m_answers.at(4)->problem(text, AnswerReader::Outcome::OutOfRange));
    }
    // Kept as it is when it is ISO 8601 already (no copy), else as toIso() writes it.
    QByteArrayView submitted = cell(SurveyField::Submitted);
    if (!submitted.isEmpty() && !m_date->isIsoAlready(submitted)) {
        if (m_date->toIso(submitted, m_dateText))
            submitted = m_dateText;
        else
            m_rowProblems.append(tr("submitted_at: '%1' is not a date").arg(SurveyText::shown(submitted)));
    }
    if (!m_rowProblems.isEmpty()) {
        addProblem(line, m_rowProblems.join(u"; "_s));
        return;
    }

    // A respondent is counted once: the map's own first, then the file's.
    const QByteArrayView respondent = cell(SurveyField::Respondent);
    if (!respondent.isEmpty()) {
        if (!m_respondentsLoaded)
            loadRespondents();
        // A map with no respondents yet (a first import) has none to look up.
        if (const qint64 existing = m_known->isEmpty() ? RespondentIndex::None : m_known->find(respondent);
            existing != RespondentIndex::None) {
            if (!m_options.replaceDuplicates) {
                ++m_report.skipped[int(SkipReason::DuplicateInMap)];
                return;
            }
            m_replacedRows.append({m_batch.size(), existing});
        }
    }

    // The row's attribute values are the key of its attribute set; pairs are only made for
    // sets not seen before.
    if (!m_attributeColumns.isEmpty()) {
        m_key.clear();
        for (const int column : std::as_const(m_attributeColumns)) {
            const QByteArrayView value = trimmed(fields.at(column));
            m_key.append(value.data(), size_t(value.size()));
            m_key.push_back('\x1f');
        }
        const QByteArrayView key(m_key.data(), qsizetype(m_key.size()));
        if (const int *set = m_sets.find(key)) {
            row.attributeSet = *set;
        } else {
            row.attributeSet = m_batch.attributeSet(key.toByteArray(), [&fields, this] {
                QList<QPair<QString, QString>> pairs;
                for (qsizetype a = 0; a < m_attributeColumns.size(); ++a) {
                    const QString value = QString::fromUtf8(trimmed(fields.at(m_attributeColumns.at(a))));
                    if (!value.isEmpty())
                        pairs.append({m_attributeNames.at(a), m_attributeIsAge.at(a) ? AgeBand::normalized(value) : value});
                }
                return pairs;
            });
            m_sets.insert(key, row.attributeSet);
        }
    }
    m_batch.append(row, respondent, submitted);
}

// A respondent twice in the file counts the first time. Found once all rows are read, by
// sorting: no index of a million ids is held while reading.
void SurveyImport::dropRepeatedRespondents()
{
    struct Entry {
        quint64 hash;
        qsizetype row;
    };
    std::vector<Entry> entries;
    for (qsizetype i = 0; i < m_batch.size(); ++i) {
        const QByteArrayView id = m_batch.respondent(i);
        if (!id.isEmpty())
            entries.push_back({qHash(id, 0), i});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.hash != b.hash ? a.hash < b.hash : a.row < b.row;
    });
    QList<qsizetype> repeated;
    for (size_t start = 0; start < entries.size();) {
        size_t end = start + 1;
        while (end < entries.size() && entries[end].hash == entries[start].hash)
            ++end;
        for (size_t j = start + 1; j < end; ++j) {
            for (size_t k = start; k < j; ++k) {
                if (m_batch.respondent(entries[k].row) == m_batch.respondent(entries[j].row)) {
                    repeated.append(entries[j].row);
                    break;
                }
            }
        }
        start = end;
    }
    std::sort(repeated.begin(), repeated.end());
    m_report.skipped[int(SkipReason::DuplicateInFile)] += repeated.size();
    m_batch.removeRows(repeated);

    // The map's responses that the rows left replace, each once.
    m_replaced.clear();
    QSet<Id> replaced;
    qsizetype removed = 0;
    for (const auto &[row, response] : std::as_const(m_replacedRows)) {
        while (removed < repeated.size() && repeated.at(removed) < row)
            ++removed;
        if ((removed >= repeated.size() || repeated.at(removed) != row) && !replaced.contains(response)) {
            replaced.insert(response);
            m_replaced.append(response);
        }
    }
    m_report.replaced = m_replaced.size();
}

ImportMapping SurveyImport::mapping() const
{
    ImportMapping mapping;
    const ColumnPlan &plan = m_report.plan;
    const QList<SurveyColumn> &columns = m_report.layout.columns;
    for (int f = 0; f < SurveyFields::Count; ++f) {
        if (plan.fields[f] >= 0)
            mapping.columns.insert(SurveyFields::names().at(f), columns.at(plan.fields[f]).key);
        else if (plan.choices[f] != ColumnPlan::Choice::None)
            mapping.columns.insert(SurveyFields::names().at(f), QString()); // left out on purpose
    }
    mapping.values = m_effective.values;
    for (const ColumnPlan::Attribute &attribute : plan.attributes) {
        if (attribute.named)
            mapping.attributes.insert(columns.at(attribute.column).key, attribute.name);
    }
    for (const int column : plan.kept)
        mapping.keep.append(columns.at(column).key);
    return mapping;
}

QStringList SurveyImport::header() const
{
    QStringList keys;
    for (const SurveyColumn &column : m_report.layout.columns)
        keys.append(column.key);
    return keys;
}

QStringList SurveyImport::columnRoles() const
{
    QStringList roles(m_report.layout.columns.size());
    for (int f = 0; f < SurveyFields::Count; ++f) {
        if (m_report.plan.fields[f] >= 0)
            roles[m_report.plan.fields[f]] = SurveyFields::names().at(f);
    }
    return roles;
}

QStringList SurveyImport::attributes() const
{
    return m_attributeNames;
}

} // namespace Waymark
