#pragma once

#include <QList>
#include <QString>

namespace Waymark {

// The lexer of mermaid's journey grammar (packages/mermaid/src/diagrams/user-journey/parser/
// journey.jison), rule for rule and in the same order, with jison's semantics: at each
// position the first rule that matches wins, case-insensitively. Runs on text mermaid has
// already prepared (see MermaidJourneyParser): line breaks as \n, entity codes protected.
class MermaidLexer
{
public:
    enum class Kind {
        Journey,
        Title,        // "title Text": the text is after "title" and one space
        AccTitle,     // "accTitle:"; the value follows as AccValue
        AccDescr,     // "accDescr:"; the value follows as AccValue
        AccValue,     // the rest of the line
        AccBlock,     // the inside of accDescr { … }
        Section,      // "section Name"
        TaskName,
        TaskData,     // ": 5: Alice, Bob"
        Colon,        // a ':' with nothing after it on the line
        Newline,
        End,
        Invalid,      // a character no rule takes (a ';' that ends a statement)
        Unclosed,     // accDescr { … without its }
    };

    struct Token {
        Kind kind;
        QString text;
        qsizetype position; // in the text given
    };

    explicit MermaidLexer(QString text);
    Token next();

private:
    enum class State { Initial, AccTitle, AccDescr, AccBlock };

    QString m_text;
    qsizetype m_pos = 0;
    qsizetype m_blockStart = 0; // where the open accDescr { began
    State m_state = State::Initial;
};

} // namespace Waymark
