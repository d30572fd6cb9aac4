#include "surveylayout.h"

#include "surveytext.h"
#include "io/translate.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Waymark {

namespace {

QString cell(const QList<QStringList> &records, int row, qsizetype column)
{
    return row < records.size() ? records.at(row).value(column).trimmed() : QString();
}

bool isImportIdRow(const QStringList &row)
{
    int filled = 0, ids = 0;
    for (const QString &value : row) {
        const QString text = value.trimmed();
        if (text.isEmpty())
            continue;
        ++filled;
        ids += text.startsWith(u"{\"ImportId\""_s, Qt::CaseInsensitive);
    }
    return ids > 0 && ids * 2 >= filled;
}

bool isLegacyQualtrics(const QStringList &header)
{
    if (header.size() < 10)
        return false;
    for (int i = 0; i < 10; ++i) {
        if (header.at(i).trimmed().compare(u"V%1"_s.arg(i + 1), Qt::CaseInsensitive) != 0)
            return false;
    }
    return true;
}

bool holds(const QStringList &row, const QString &name)
{
    const QString wanted = SurveyText::key(name);
    return std::any_of(row.begin(), row.end(), [&](const QString &value) { return SurveyText::key(value) == wanted; });
}

bool isSurveyMonkey(const QList<QStringList> &records)
{
    if (records.size() < 2 || !holds(records.at(0), u"Respondent ID"_s) || !holds(records.at(0), u"Collector ID"_s))
        return false;
    // The second header row is empty under the respondent's details and names what each
    // question column holds.
    const QStringList &second = records.at(1);
    return second.value(0).trimmed().isEmpty()
           && (holds(second, u"Response"_s) || holds(second, u"Open-Ended Response"_s)
               || std::any_of(second.begin(), second.end(), [](const QString &v) { return !v.trimmed().isEmpty(); }));
}

bool isGoogleForms(const QStringList &header)
{
    // The first column in the languages Forms is most used in.
    static const QStringList stamps = {u"timestamp"_s, u"zeitstempel"_s, u"horodateur"_s, u"marca temporal"_s,
                                       u"carimbo de data/hora"_s, u"informazioni cronologiche"_s, u"tijdstempel"_s};
    return !header.isEmpty() && stamps.contains(SurveyText::key(header.at(0)));
}

bool isTypeform(const QStringList &header)
{
    return !header.isEmpty() && header.at(0).trimmed() == u"#"_s
           && (holds(header, u"Submit Date (UTC)"_s) || holds(header, u"Network ID"_s));
}

void addColumn(SurveyLayout &layout, QStringList names, const QString &label, const QString &timeZone = {})
{
    SurveyColumn column;
    column.index = int(layout.columns.size());
    column.label = label.isEmpty() ? tr("column %1").arg(column.index + 1) : label.simplified();
    column.names = std::move(names);
    column.timeZone = timeZone;
    layout.columns.append(column);
}

// Keys: the first header row's text, made unique; a column without one is "column N".
void assignKeys(SurveyLayout &layout, bool byLabel)
{
    QSet<QString> used;
    for (SurveyColumn &column : layout.columns) {
        QString base = byLabel ? column.label : column.names.value(0).trimmed();
        if (base.isEmpty())
            base = tr("column %1").arg(column.index + 1);
        QString key = base;
        for (int n = 2; used.contains(SurveyText::key(key)); ++n)
            key = u"%1 (%2)"_s.arg(base, QString::number(n));
        used.insert(SurveyText::key(key));
        column.key = key;
        if (!column.names.contains(key))
            column.names.append(key);
    }
}

void qualtrics(SurveyLayout &layout, const QList<QStringList> &records)
{
    layout.tool = SurveyTool::Qualtrics;
    layout.headerRows = 3;
    layout.headerRowNames = {tr("export tags"), tr("question texts"), tr("import ids")};
    for (qsizetype c = 0; c < records.at(0).size(); ++c) {
        const QJsonObject id = QJsonDocument::fromJson(cell(records, 2, c).toUtf8()).object();
        const QString text = cell(records, 1, c);
        addColumn(layout, {cell(records, 0, c), text, id.value(u"ImportId"_s).toString()},
                  text.isEmpty() ? cell(records, 0, c) : text, id.value(u"timeZone"_s).toString());
    }
    assignKeys(layout, false);
}

void qualtricsLegacy(SurveyLayout &layout, const QList<QStringList> &records)
{
    layout.tool = SurveyTool::QualtricsLegacy;
    layout.headerRows = 2;
    layout.headerRowNames = {tr("export tags"), tr("question texts")};
    for (qsizetype c = 0; c < records.at(0).size(); ++c) {
        const QString text = cell(records, 1, c);
        addColumn(layout, {cell(records, 0, c), text}, text.isEmpty() ? cell(records, 0, c) : text);
    }
    assignKeys(layout, false);
}

void surveyMonkey(SurveyLayout &layout, const QList<QStringList> &records)
{
    static const QStringList whole = {u"response"_s, u"open-ended response"_s};
    layout.headerRows = 2;
    layout.headerRowNames = {tr("question texts"), tr("answer options")};
    bool expanded = false;
    QString question;
    for (qsizetype c = 0; c < records.at(0).size(); ++c) {
        const QString top = cell(records, 0, c);
        const QString sub = cell(records, 1, c);
        if (!top.isEmpty())
            question = top;
        else if (!sub.isEmpty())
            expanded = true; // an option of the question to the left, in a column of its own
        QString label = top;
        if (!sub.isEmpty() && !whole.contains(SurveyText::key(sub)))
            label = question.isEmpty() ? sub : question + u" - "_s + sub;
        // An option's column is also named by its question: naming the question alone then
        // names all of its options, which is refused as unclear rather than taking the first.
        QStringList names = {top, sub, label};
        if (top.isEmpty() && !question.isEmpty())
            names.append(question);
        addColumn(layout, names, label);
    }
    layout.tool = expanded ? SurveyTool::SurveyMonkeyExpanded : SurveyTool::SurveyMonkeyCondensed;
    assignKeys(layout, true);
}

void oneRow(SurveyLayout &layout, SurveyTool tool, const QStringList &header)
{
    layout.tool = tool;
    layout.headerRows = 1;
    layout.headerRowNames = {tool == SurveyTool::Plain ? tr("column names") : tr("question texts")};
    for (const QString &name : header)
        addColumn(layout, {name.trimmed()}, name.trimmed());
    assignKeys(layout, false);
}

QString signatureOf(const SurveyLayout &layout)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(QByteArray::number(int(layout.tool)));
    for (const SurveyColumn &column : layout.columns) {
        for (int row = 0; row < layout.headerRows; ++row) {
            hash.addData(SurveyText::key(column.names.value(row)).toUtf8());
            hash.addData("\x1f");
        }
        hash.addData("\x1e");
    }
    static const char *prefixes[] = {"plain", "qualtrics", "qualtrics-legacy", "surveymonkey", "surveymonkey",
                                     "google-forms", "typeform"};
    return QString::fromLatin1(prefixes[int(layout.tool)]) + u':' + QString::fromLatin1(hash.result().toHex().left(20));
}

} // namespace

QString SurveyLayout::toolName(SurveyTool tool)
{
    switch (tool) {
    case SurveyTool::Plain: return tr("plain CSV");
    case SurveyTool::Qualtrics: return u"Qualtrics"_s;
    case SurveyTool::QualtricsLegacy: return tr("Qualtrics (legacy export)");
    case SurveyTool::SurveyMonkeyExpanded: return tr("SurveyMonkey (expanded)");
    case SurveyTool::SurveyMonkeyCondensed: return tr("SurveyMonkey (condensed)");
    case SurveyTool::GoogleForms: return u"Google Forms"_s;
    case SurveyTool::Typeform: return u"Typeform"_s;
    }
    return {};
}

QString SurveyLayout::toolName() const
{
    return toolName(tool);
}

QList<int> SurveyLayout::columnsNamed(const QString &name) const
{
    const QString wanted = SurveyText::key(name);
    QList<int> found;
    if (wanted.isEmpty())
        return found;
    for (const SurveyColumn &column : columns) {
        if (std::any_of(column.names.begin(), column.names.end(), [&](const QString &n) { return SurveyText::key(n) == wanted; }))
            found.append(column.index);
    }
    return found;
}

int SurveyLayout::columnWithName(int row, const QString &name) const
{
    const QString wanted = SurveyText::key(name);
    for (const SurveyColumn &column : columns) {
        if (SurveyText::key(column.names.value(row)) == wanted)
            return column.index;
    }
    return -1;
}

SurveyLayout LayoutDetector::detect(const QList<QStringList> &records)
{
    SurveyLayout layout;
    if (records.isEmpty())
        return layout;
    const QStringList &header = records.at(0);
    if (records.size() >= 3 && isImportIdRow(records.at(2)))
        qualtrics(layout, records);
    else if (records.size() >= 2 && isLegacyQualtrics(header))
        qualtricsLegacy(layout, records);
    else if (isSurveyMonkey(records))
        surveyMonkey(layout, records);
    else if (isGoogleForms(header))
        oneRow(layout, SurveyTool::GoogleForms, header);
    else if (isTypeform(header))
        oneRow(layout, SurveyTool::Typeform, header);
    else
        oneRow(layout, SurveyTool::Plain, header);
    layout.signature = signatureOf(layout);
    return layout;
}

} // namespace Waymark
