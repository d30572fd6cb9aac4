#include "surveyimport.h"

#include "csvreader.h"
#include "document/document.h"
#include "formaterror.h"

#include <QCoreApplication>
#include <QSet>

#include <charconv>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Waymark {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Waymark", text);
}

QString folded(QByteArrayView text)
{
    return QString::fromUtf8(text).trimmed().toCaseFolded();
}

QByteArrayView trimmed(QByteArrayView text)
{
    return text.trimmed();
}

QString shown(QByteArrayView value)
{
    QString text = QString::fromUtf8(value);
    if (text.size() > 40)
        text = text.left(37) + u"..."_s;
    return text;
}

// A whole number from 1 to 2 digits, or the same written as "9.0".
std::optional<int> wholeNumber(QByteArrayView text)
{
    int value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error == std::errc() && end == text.data() + text.size())
        return value;
    double d = 0;
    bool ok = false;
    d = QByteArray(text.data(), text.size()).toDouble(&ok);
    if (ok && std::isfinite(d) && d == std::floor(d) && std::abs(d) < 1e6)
        return int(d);
    return std::nullopt;
}

} // namespace

QStringList SurveyImport::fieldNames()
{
    return {u"stage"_s, u"touchpoint"_s, u"respondent"_s, u"nps"_s, u"csat"_s, u"ces"_s, u"fcr"_s,
            u"response_minutes"_s, u"submitted_at"_s};
}

int SurveyImport::matchColumn(const QString &field, const QStringList &header)
{
    for (int c = 0; c < header.size(); ++c) {
        if (header.at(c).trimmed().compare(field, Qt::CaseInsensitive) == 0)
            return c;
    }
    if (field == u"respondent"_s) {
        for (int c = 0; c < header.size(); ++c) {
            if (header.at(c).trimmed().compare(u"respondent_id"_s, Qt::CaseInsensitive) == 0)
                return c;
        }
    }
    return -1;
}

SurveyImport::SurveyImport(const Document &document)
{
    for (const Stage &stage : document.stages())
        m_stages.insert(stage.name.trimmed().toCaseFolded(), stage.id);
    for (const Stage &stage : document.stages()) {
        for (const Id id : document.cardsOfStage(stage.id)) {
            const Card *card = document.card(id);
            if (card->kind == CardKind::Touchpoint)
                m_touchpoints[card->title.trimmed().toCaseFolded()].append({card->id, card->stage});
        }
    }
    std::fill(std::begin(m_column), std::end(m_column), -1);
}

QString SurveyImport::map(const QString &field, const QString &column)
{
    const QString name = field.trimmed().toLower();
    if (!fieldNames().contains(name))
        return tr("'%1' is not a field (fields: %2)").arg(field, fieldNames().join(u", "_s));
    m_mapping.insert(name, column.trimmed());
    return {};
}

void SurveyImport::resolveColumns(const QList<QByteArrayView> &header, const QString &source)
{
    m_header.clear();
    for (const QByteArrayView name : header)
        m_header.append(QString::fromUtf8(name).trimmed());
    const QStringList fields = fieldNames();
    QSet<int> used;
    for (int f = 0; f < FieldCount; ++f) {
        const QString field = fields.at(f);
        const bool mapped = m_mapping.contains(field);
        const QString wanted = mapped ? m_mapping.value(field) : field;
        int found = -1;
        if (!mapped) {
            found = matchColumn(field, m_header);
        } else if (!wanted.isEmpty()) {
            for (int c = 0; c < m_header.size() && found < 0; ++c) {
                if (m_header.at(c).compare(wanted, Qt::CaseInsensitive) == 0)
                    found = c;
            }
        }
        if (mapped && found < 0 && !wanted.isEmpty())
            throw FormatError(tr("%1: no column named '%2' (mapped to %3)").arg(source, wanted, field));
        m_column[f] = found;
        if (found >= 0)
            used.insert(found);
    }
    if (m_column[StageColumn] < 0)
        throw FormatError(tr("%1: there is no 'stage' column; name the column of stage names with --map stage=COLUMN")
                              .arg(source));
    QSet<QString> names;
    for (int c = 0; c < m_header.size(); ++c) {
        if (used.contains(c))
            continue;
        QString name = m_header.at(c);
        if (name.isEmpty())
            name = tr("column %1").arg(c + 1);
        if (names.contains(name.toCaseFolded()))
            throw FormatError(tr("%1: the header names the column '%2' twice").arg(source, name));
        names.insert(name.toCaseFolded());
        m_attributeColumns.append(c);
        m_attributeNames.append(name);
    }
}

QStringList SurveyImport::columnRoles() const
{
    QStringList roles(m_header.size());
    const QStringList fields = fieldNames();
    for (int f = 0; f < FieldCount; ++f) {
        if (m_column[f] >= 0)
            roles[m_column[f]] = fields.at(f);
    }
    return roles;
}

QStringList SurveyImport::attributes() const
{
    return m_attributeNames;
}

Id SurveyImport::stageOf(QByteArrayView name)
{
    const QByteArray raw = name.toByteArray();
    const auto it = m_stageCache.constFind(raw);
    if (it != m_stageCache.constEnd())
        return *it;
    const Id id = m_stages.value(folded(name), 0);
    m_stageCache.insert(raw, id);
    return id;
}

Id SurveyImport::touchpointOf(QByteArrayView title, Id stage)
{
    const auto it = m_touchpoints.constFind(folded(title));
    if (it == m_touchpoints.constEnd())
        return 0;
    // Cards with the same title in several stages: the one in the response's stage.
    for (const auto &[card, cardStage] : *it) {
        if (cardStage == stage)
            return card;
    }
    return it->first().first;
}

QString SurveyImport::checkRow(const QList<QByteArrayView> &fields, ResponseBatch::Row &row)
{
    if (fields.size() != m_header.size())
        return tr("%1 fields where the header has %2").arg(QString::number(fields.size()), QString::number(m_header.size()));
    const auto field = [&fields, this](Field f) { return m_column[f] < 0 ? QByteArrayView() : trimmed(fields.at(m_column[f])); };

    const QByteArrayView stage = field(StageColumn);
    if (stage.isEmpty())
        return tr("no stage given");
    row.stage = stageOf(stage);
    if (!row.stage)
        return tr("unknown stage '%1'").arg(shown(stage));

    if (const QByteArrayView title = field(TouchpointColumn); !title.isEmpty()) {
        row.touchpoint = touchpointOf(title, row.stage);
        if (!row.touchpoint)
            return tr("no touchpoint titled '%1' in the map").arg(shown(title));
    }

    const auto score = [&](Field f, const char *name, int min, int max, qint8 &out) -> QString {
        const QByteArrayView text = field(f);
        if (text.isEmpty())
            return {};
        const std::optional<int> value = wholeNumber(text);
        if (!value || *value < min || *value > max)
            return tr("%1 must be a whole number from %2 to %3, not '%4'")
                .arg(QLatin1StringView(name), QString::number(min), QString::number(max), shown(text));
        out = qint8(*value);
        return {};
    };
    if (QString problem = score(NpsColumn, "nps", 0, 10, row.nps); !problem.isEmpty())
        return problem;
    if (QString problem = score(CsatColumn, "csat", 1, 5, row.csat); !problem.isEmpty())
        return problem;
    if (QString problem = score(CesColumn, "ces", 1, 7, row.ces); !problem.isEmpty())
        return problem;

    if (const QByteArrayView fcr = field(FcrColumn); !fcr.isEmpty()) {
        const QByteArray answer = fcr.toByteArray().toLower();
        if (answer == "yes" || answer == "y" || answer == "true" || answer == "1")
            row.fcr = 1;
        else if (answer == "no" || answer == "n" || answer == "false" || answer == "0")
            row.fcr = 0;
        else
            return tr("fcr must be yes or no, not '%1'").arg(shown(fcr));
    }
    if (const QByteArrayView minutes = field(MinutesColumn); !minutes.isEmpty()) {
        bool ok = false;
        const double value = QByteArray(minutes.data(), minutes.size()).toDouble(&ok);
        if (!ok || !std::isfinite(value) || value < 0)
            return tr("response_minutes must be a number of minutes, 0 or more, not '%1'").arg(shown(minutes));
        row.minutes = value;
    }
    return {};
}

bool SurveyImport::read(QByteArray csv, const QString &source, const std::function<bool(double)> &progress)
{
    if (const qint64 line = CsvReader::firstInvalidUtf8Line(csv))
        throw FormatError(tr("%1: line %2: the file is not UTF-8 text; save it as UTF-8 (CSV UTF-8) and try again")
                              .arg(source, QString::number(line)));
    m_batch.reserve(csv.count('\n') + 1);
    CsvReader reader(std::move(csv));
    if (!reader.next()) {
        if (!reader.error().isEmpty())
            throw FormatError(source + u": "_s + reader.error());
        throw FormatError(tr("%1: the file is empty: a header row is needed").arg(source));
    }
    resolveColumns(reader.fields(), source);

    while (reader.next()) {
        ++m_rows;
        const QList<QByteArrayView> &fields = reader.fields();
        ResponseBatch::Row row;
        const QString problem = checkRow(fields, row);
        if (!problem.isEmpty()) {
            ++m_invalid;
            if (m_problems.size() < MaxProblems)
                m_problems.append({reader.line(), problem});
            continue;
        }
        // The row's attribute values are the key of its attribute set; pairs are only made
        // for sets not seen before.
        m_key.clear();
        for (const int column : std::as_const(m_attributeColumns)) {
            m_key.append(fields.at(column).trimmed());
            m_key.append('\x1f');
        }
        if (!m_attributeColumns.isEmpty()) {
            row.attributeSet = m_batch.attributeSet(m_key, [&fields, this] {
                QList<QPair<QString, QString>> pairs;
                for (qsizetype a = 0; a < m_attributeColumns.size(); ++a) {
                    const QByteArrayView value = fields.at(m_attributeColumns.at(a)).trimmed();
                    if (!value.isEmpty())
                        pairs.append({m_attributeNames.at(a), QString::fromUtf8(value)});
                }
                return pairs;
            });
        }
        const QByteArrayView respondent = m_column[RespondentColumn] < 0 ? QByteArrayView() : fields.at(m_column[RespondentColumn]).trimmed();
        const QByteArrayView submitted = m_column[SubmittedColumn] < 0 ? QByteArrayView() : fields.at(m_column[SubmittedColumn]).trimmed();
        m_batch.append(row, respondent, submitted);
        if (progress && m_rows % 16384 == 0 && !progress(reader.progress()))
            return false;
    }
    if (!reader.error().isEmpty())
        throw FormatError(source + u": "_s + reader.error());
    return true;
}

} // namespace Waymark
