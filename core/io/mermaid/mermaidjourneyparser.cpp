#include "mermaidjourneyparser.h"

#include "io/formaterror.h"
#include "mermaidlexer.h"
#include "mermaidtext.h"
#include "io/translate.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Waymark {

QStringList MermaidJourney::actors() const
{
    QStringList all;
    for (const Task &task : tasks)
        all += task.people;
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    return all;
}

namespace {

// Blanks a part of the text out, keeping its line breaks: what mermaid removes before it
// parses leaves line and column numbers as they are in the file.
void blank(QString &text, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to; ++i) {
        if (text.at(i) != u'\n')
            text[i] = u' ';
    }
}

// YAML front matter (`---` lines around it) at the very start: mermaid takes its `title`.
void takeFrontMatter(QString &text, MermaidJourney &journey)
{
    static const QRegularExpression frontMatter(u"^-{3}\\s*\\n(.*?)\\n-{3}\\s*\\n+"_s,
                                                QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = frontMatter.match(text);
    if (!m.hasMatch())
        return;
    static const QRegularExpression title(u"^title:\\s*(.*?)\\s*$"_s, QRegularExpression::MultilineOption);
    const QRegularExpressionMatch t = title.match(m.captured(1));
    if (t.hasMatch()) {
        QString value = t.captured(1);
        if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'') && value.back() == value.front())
            value = value.sliced(1, value.size() - 2);
        journey.title = value.trimmed();
    }
    blank(text, 0, m.capturedEnd());
}

// %%{init: …}%% directives configure mermaid; they are no part of the journey.
void blankDirectives(QString &text)
{
    qsizetype from = 0;
    while ((from = text.indexOf(u"%%{"_s, from)) >= 0) {
        const qsizetype close = text.indexOf(u"}%%"_s, from + 3);
        const qsizetype end = close < 0 ? text.size() : close + 3;
        blank(text, from, end);
        from = end;
    }
}

class Parser
{
public:
    Parser(QString text, QString source)
        : m_source(std::move(source))
    {
        text.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
        takeFrontMatter(text, m_journey);
        blankDirectives(text);
        m_text = MermaidText::protectEntities(text);
        m_lineStarts.append(0);
        for (qsizetype i = 0; i < m_text.size(); ++i) {
            if (m_text.at(i) == u'\n')
                m_lineStarts.append(i + 1);
        }
    }

    MermaidJourney parse()
    {
        MermaidLexer lexer(m_text);
        MermaidLexer::Token token = lexer.next();
        while (token.kind == MermaidLexer::Kind::Newline)
            token = lexer.next();
        if (token.kind != MermaidLexer::Kind::Journey)
            notJourney(token);

        for (token = lexer.next(); token.kind != MermaidLexer::Kind::End; token = lexer.next()) {
            using Kind = MermaidLexer::Kind;
            switch (token.kind) {
            case Kind::Newline:
                break;
            case Kind::Title:
                m_journey.title = MermaidText::name(token.text.mid(6));
                break;
            case Kind::AccTitle:
                m_journey.accTitle = MermaidText::name(lexer.next().text);
                break;
            case Kind::AccDescr:
            case Kind::AccBlock: {
                const QString raw = token.kind == Kind::AccDescr ? lexer.next().text : token.text;
                m_journey.accDescription = MermaidText::description(raw);
                break;
            }
            case Kind::Section:
                m_journey.sections.append(MermaidText::name(token.text.mid(8)));
                break;
            case Kind::TaskName:
                task(token, lexer.next());
                break;
            case Kind::TaskData:
            case Kind::Colon:
                fail(token.position, tr("':' without a task name before it"));
            case Kind::Journey:
                fail(token.position, tr("'journey' begins the diagram and cannot start a line inside it "
                                        "(a task whose name starts with it is written #106;ourney…)"));
            case Kind::Invalid:
                invalid(token);
            case Kind::Unclosed:
                fail(token.position, tr("accDescr { is not closed with '}'"));
            case Kind::End:
            case Kind::AccValue:
                break;
            }
        }
        return m_journey;
    }

private:
    std::pair<int, int> lineAndColumn(qsizetype position) const
    {
        const auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), position);
        const qsizetype lineStart = *(it - 1);
        int column = 1;
        for (qsizetype i = lineStart; i < position && i < m_text.size(); ++i) {
            if (!m_text.at(i).isLowSurrogate())
                ++column;
        }
        return {int(it - m_lineStarts.begin()), column};
    }

    [[noreturn]] void fail(qsizetype position, const QString &problem) const
    {
        const auto [line, column] = lineAndColumn(position);
        throw FormatError(u"%1:%2:%3: %4"_s.arg(m_source).arg(line).arg(column).arg(problem));
    }

    [[noreturn]] void notJourney(const MermaidLexer::Token &token) const
    {
        if (token.kind == MermaidLexer::Kind::End)
            fail(token.position, tr("empty: a mermaid journey diagram starts with 'journey'"));
        static const QRegularExpression word(u"^\\s*([A-Za-z-]+)"_s);
        const QString first = word.match(m_text.mid(token.position)).captured(1);
        fail(token.position, first.isEmpty()
                                 ? tr("not a mermaid journey diagram: it must start with 'journey'")
                                 : tr("not a mermaid journey diagram: it starts with '%1', not 'journey'").arg(first));
    }

    [[noreturn]] void invalid(const MermaidLexer::Token &token) const
    {
        if (token.text == u";"_s)
            fail(token.position, tr("';' ends the statement here and only a %% comment may follow it; "
                                    "write #59; for a semicolon in text"));
        fail(token.position, tr("unexpected '%1'").arg(token.text));
    }

    // A task: its name, then ": SCORE" and perhaps ": ACTOR, ACTOR…", read as journeyDb's
    // addTask() reads them (the text after a third ':' is ignored, as mermaid ignores it).
    void task(const MermaidLexer::Token &name, const MermaidLexer::Token &data)
    {
        using Kind = MermaidLexer::Kind;
        const QString taskName = MermaidText::name(name.text);
        if (data.kind == Kind::Colon)
            fail(data.position, tr("the task '%1' has no score after ':'").arg(taskName));
        if (data.kind == Kind::Invalid)
            invalid(data);
        if (data.kind != Kind::TaskData)
            fail(name.position, tr("the task '%1' has no score: write it as '%1: 5', then ': ' and its actors").arg(taskName));

        const QStringList pieces = data.text.mid(1).split(u':');
        const QString scoreText = pieces.at(0);
        qsizetype leading = 0;
        while (leading < scoreText.size() && scoreText.at(leading).isSpace())
            ++leading;
        const qsizetype scoreAt = data.position + 1 + leading;
        const QString trimmed = scoreText.trimmed();
        if (trimmed.isEmpty())
            fail(data.position, tr("the task '%1' has no score after ':'").arg(taskName));
        bool ok = false;
        const double score = trimmed.toDouble(&ok);
        if (!ok || !std::isfinite(score))
            fail(scoreAt, tr("the score '%1' of '%2' is not a number (a task's score is 1 to 5)").arg(trimmed, taskName));
        if (score != std::floor(score) || score < 1 || score > 5)
            fail(scoreAt, tr("the score %1 of '%2' is not a whole number from 1 to 5").arg(trimmed, taskName));

        MermaidJourney::Task task;
        task.sectionIndex = int(m_journey.sections.size()) - 1;
        task.section = task.sectionIndex >= 0 ? m_journey.sections.last() : QString();
        task.name = taskName;
        task.score = int(score);
        if (pieces.size() > 1) {
            for (const QString &person : pieces.at(1).split(u','))
                task.people.append(MermaidText::name(person));
        }
        task.line = lineAndColumn(name.position).first;
        m_journey.tasks.append(task);
    }

    QString m_source;
    QString m_text;
    QList<qsizetype> m_lineStarts;
    MermaidJourney m_journey;
};

} // namespace

MermaidJourney MermaidJourneyParser::parse(const QString &text, const QString &source)
{
    return Parser(text, source).parse();
}

} // namespace Waymark
