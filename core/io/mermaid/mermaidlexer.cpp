#include "mermaidlexer.h"

#include <QRegularExpression>

#include <optional>

using namespace Qt::StringLiterals;

namespace Waymark {

namespace {

struct Rule {
    QRegularExpression pattern;
    std::optional<MermaidLexer::Kind> kind; // none: skipped (white space, comments)
};

QRegularExpression pattern(const QString &source)
{
    // JavaScript's \s knows Unicode spaces; so does PCRE with Unicode properties.
    return QRegularExpression(source, QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

// The INITIAL state's rules, in journey.jison's order. The three that start another state
// (accTitle:, accDescr:, accDescr {) are among them and handled by kind.
const QList<Rule> &initialRules()
{
    using Kind = MermaidLexer::Kind;
    static const QList<Rule> rules = {
        {pattern(u"%%(?!\\{)[^\\n]*"_s), std::nullopt},    // a comment
        {pattern(u"[^\\}]%%[^\\n]*"_s), std::nullopt},     // a comment after one character
        {pattern(u"\\n+"_s), Kind::Newline},
        {pattern(u"\\s+"_s), std::nullopt},
        {pattern(u"#[^\\n]*"_s), std::nullopt},            // '#' comments out the rest of the line
        {pattern(u"journey"_s), Kind::Journey},
        {pattern(u"title\\s[^#\\n;]+"_s), Kind::Title},
        {pattern(u"accTitle\\s*:\\s*"_s), Kind::AccTitle},
        {pattern(u"accDescr\\s*:\\s*"_s), Kind::AccDescr},
        {pattern(u"accDescr\\s*\\{\\s*"_s), Kind::AccBlock},
        {pattern(u"section\\s[^#:\\n;]+"_s), Kind::Section},
        {pattern(u"[^#:\\n;]+"_s), Kind::TaskName},
        {pattern(u":[^#\\n;]+"_s), Kind::TaskData},
        {pattern(u":"_s), Kind::Colon},
    };
    return rules;
}

} // namespace

MermaidLexer::MermaidLexer(QString text)
    : m_text(std::move(text))
{
}

MermaidLexer::Token MermaidLexer::next()
{
    const auto match = [this](const QRegularExpression &re) {
        return re.match(m_text, m_pos, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
    };
    for (;;) {
        const qsizetype start = m_pos;
        if (m_state == State::AccTitle || m_state == State::AccDescr) {
            // The value is the rest of the line, ';' and '#' included.
            static const QRegularExpression value(u"[^\\n]*"_s);
            const auto m = match(value);
            m_pos = m.capturedEnd();
            m_state = State::Initial;
            return {Kind::AccValue, m.captured(), start};
        }
        if (m_state == State::AccBlock) {
            const qsizetype close = m_text.indexOf(u'}', m_pos);
            if (close < 0) {
                m_pos = m_text.size();
                m_state = State::Initial;
                return {Kind::Unclosed, QString(), m_blockStart};
            }
            m_pos = close + 1;
            m_state = State::Initial;
            if (close == start)
                continue; // accDescr {} holds nothing
            return {Kind::AccBlock, m_text.sliced(start, close - start), start};
        }
        if (m_pos >= m_text.size())
            return {Kind::End, QString(), start};
        bool matched = false;
        for (const Rule &rule : initialRules()) {
            const auto m = match(rule.pattern);
            if (!m.hasMatch())
                continue;
            matched = true;
            m_pos = m.capturedEnd();
            if (!rule.kind)
                break; // skipped: look again from here
            switch (*rule.kind) {
            case Kind::AccTitle: m_state = State::AccTitle; break;
            case Kind::AccDescr: m_state = State::AccDescr; break;
            case Kind::AccBlock:
                m_state = State::AccBlock;
                m_blockStart = start;
                break;
            default: return {*rule.kind, m.captured(), start};
            }
            if (*rule.kind != Kind::AccBlock)
                return {*rule.kind, m.captured(), start};
            break; // the block's inside comes next
        }
        if (!matched) {
            m_pos += m_text.at(m_pos).isHighSurrogate() && m_pos + 1 < m_text.size() ? 2 : 1;
            return {Kind::Invalid, m_text.sliced(start, m_pos - start), start};
        }
    }
}

} // namespace Waymark
