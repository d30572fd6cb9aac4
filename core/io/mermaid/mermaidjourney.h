#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Waymark {

// A mermaid `journey` diagram as mermaid's own journeyDb holds it after parsing: what
// mermaid's parser tests assert, before it becomes a map.
struct MermaidJourney {
    struct Task {
        QString section;    // "" before the first `section`
        int sectionIndex;   // into sections; -1 before the first `section`
        QString name;
        int score = 0;      // 1 to 5
        QStringList people; // as written: `Task: 5` has none, `Task: 5:` one empty actor
        int line = 0;       // 1-based, for messages
    };

    QString title;
    QString accTitle;
    QString accDescription;
    QStringList sections;
    QList<Task> tasks;

    // Every actor once, sorted as mermaid sorts them (by UTF-16 code unit), as getActors().
    QStringList actors() const;
};

} // namespace Waymark
