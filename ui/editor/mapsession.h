#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QUndoCommand;
class QUndoStack;

namespace Waymark {

class Document;
class MetricsCache;
class Selection;

// One open map in the editor: the document, its undo history and what is selected. Docks,
// the canvas and the window all work through the session; views read the document and push
// commands, never write the document themselves.
class MapSession : public QObject
{
    Q_OBJECT

public:
    // Takes ownership. `untitled`: a new map kept in the recovery folder until saved.
    MapSession(std::unique_ptr<Document> document, bool untitled, QObject *parent = nullptr);
    ~MapSession() override;

    Document *document() const { return m_document.get(); }
    QUndoStack *undoStack() const { return m_undoStack; }
    Selection *selection() const { return m_selection; }
    // The survey figures the canvas shows, kept current with the document.
    MetricsCache *metrics() const { return m_metrics; }

    QString path() const;
    bool isUntitled() const { return m_untitled; }
    // The name for title bars and tabs: the file's base name, or the map's title when untitled.
    QString displayName() const;

    // Runs `command` through the undo stack, which owns it from here on. True when it is now
    // the stack's top, so the caller may still read it (an added row's id, say). False when the
    // stack has deleted it: its first redo failed or was cancelled, which leaves it obsolete,
    // or it merged into the command before it. Never read a command after a false.
    bool push(QUndoCommand *command);

    // Copies the map to `path` (the database's own copy, not a byte copy of an open file),
    // then continues editing the copy. An untitled map's recovery file is removed.
    void saveAs(const QString &path);

signals:
    void pathChanged();
    // A write failed: the message says why; the map on disk and on screen are unchanged.
    void writeFailed(const QString &message);
    // Another program's commit is now on screen; the message says what became of the undo
    // history (kept when the other side only added things, cleared otherwise).
    void changedOutside(const QString &message);

private:
    std::unique_ptr<Document> m_document;
    QUndoStack *m_undoStack;
    Selection *m_selection = nullptr;
    MetricsCache *m_metrics = nullptr;
    bool m_untitled;
};

} // namespace Waymark
