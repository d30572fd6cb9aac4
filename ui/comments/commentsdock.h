#pragma once

#include "model/comment.h"

#include <QDockWidget>
#include <QPointer>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Waymark {

class MapSession;

// The map's comment threads, open ones first (resolved ones on request), each with its
// replies. A new comment goes on what is selected (a card, a stage, or the map when nothing
// is); a reply answers the thread chosen in the list. Every change is one undo step of the
// session. Activating a thread selects what it is on, so the canvas shows it.
class CommentsDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit CommentsDock(QWidget *parent = nullptr);

    void setSession(MapSession *session);
    // Shows the dock with the text box focused, ready for a comment on the selection.
    void startComment();

    QTreeWidget *threadList() const { return m_threads; }
    QPlainTextEdit *textBox() const { return m_text; }

    // Posts the box's text: a reply when a thread is chosen, else a new thread.
    void post();
    void postNewThread();
    void reply();
    void toggleResolved();
    void removeChosen();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void updateTarget();
    void updateButtons();
    void activate(QTreeWidgetItem *item);
    // The comment of the chosen row (a thread or a reply), and its thread; 0 when none.
    Id chosenComment() const;
    Id chosenThread() const;
    std::pair<Comment::Target, Id> selectionTarget() const;
    Comment draft() const;

    QPointer<MapSession> m_session;
    QLabel *m_targetLabel;
    QTreeWidget *m_threads;
    QCheckBox *m_showResolved;
    QPlainTextEdit *m_text;
    QPushButton *m_comment;
    QPushButton *m_reply;
    QPushButton *m_resolve;
    QPushButton *m_remove;
    bool m_rebuildPending = false;
};

} // namespace Waymark
