#include "commentsdock.h"

#include "commands/addcommentcommand.h"
#include "commands/removecommentcommand.h"
#include "commands/setcommentcommand.h"
#include "document/document.h"
#include "editor/mapsession.h"
#include "editor/selection.h"
#include "io/commentsformat.h"
#include "model/authorname.h"

#include <QCheckBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Waymark {

namespace {

constexpr int CommentIdRole = Qt::UserRole;

// One line of a row: the first line of the text, for the list; the whole text in its tooltip.
QString firstLine(const QString &text)
{
    const QString line = text.section(u'\n', 0, 0).trimmed();
    return line.size() > 200 ? line.left(199) + u'…' : line;
}

} // namespace

CommentsDock::CommentsDock(QWidget *parent)
    : QDockWidget(tr("Comments"), parent)
    , m_targetLabel(new QLabel)
    , m_threads(new QTreeWidget)
    , m_showResolved(new QCheckBox(tr("Show resolved")))
    , m_text(new QPlainTextEdit)
    , m_comment(new QPushButton(tr("Comment")))
    , m_reply(new QPushButton(tr("Reply")))
    , m_resolve(new QPushButton(tr("Resolve")))
    , m_remove(new QPushButton(tr("Delete")))
{
    setObjectName(u"commentsDock"_s);
    m_threads->setObjectName(u"commentThreads"_s);
    m_threads->setHeaderHidden(true);
    m_threads->setColumnCount(1);
    m_threads->setRootIsDecorated(true);
    // Each row is two lines, each elided to the dock's width: Qt's item views measure wrapped
    // multi-line text wrongly and cut off the line that matters.
    m_threads->setWordWrap(false);
    m_threads->setTextElideMode(Qt::ElideRight);
    m_threads->setUniformRowHeights(false);
    m_threads->setAccessibleName(tr("Comment threads"));
    m_threads->installEventFilter(this);
    m_showResolved->setObjectName(u"showResolvedComments"_s);
    m_text->setObjectName(u"commentText"_s);
    m_text->setPlaceholderText(tr("Write a comment; @name mentions someone. Ctrl+Return posts."));
    m_text->setAccessibleName(tr("Comment text"));
    m_text->setTabChangesFocus(true);
    m_text->setMaximumHeight(90);
    m_text->installEventFilter(this);
    m_targetLabel->setObjectName(u"commentTarget"_s);
    m_targetLabel->setWordWrap(true);
    m_comment->setObjectName(u"postComment"_s);
    m_comment->setToolTip(tr("Start a thread on the selection (Ctrl+Return)"));
    m_reply->setObjectName(u"replyComment"_s);
    m_reply->setToolTip(tr("Answer the chosen thread (Ctrl+Return while a thread is chosen)"));
    m_resolve->setObjectName(u"resolveComment"_s);
    m_remove->setObjectName(u"removeComment"_s);
    m_remove->setToolTip(tr("Delete the chosen comment; a thread goes with its replies (Delete)"));

    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *top = new QHBoxLayout;
    top->addWidget(m_showResolved);
    top->addStretch();
    top->addWidget(m_resolve);
    top->addWidget(m_remove);
    layout->addLayout(top);
    layout->addWidget(m_threads, 1);
    layout->addWidget(m_targetLabel);
    layout->addWidget(m_text);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_reply);
    buttons->addWidget(m_comment);
    layout->addLayout(buttons);
    setWidget(body);

    connect(m_showResolved, &QCheckBox::toggled, this, &CommentsDock::rebuild);
    connect(m_threads, &QTreeWidget::itemActivated, this, &CommentsDock::activate);
    connect(m_threads, &QTreeWidget::itemSelectionChanged, this, &CommentsDock::updateButtons);
    connect(m_text, &QPlainTextEdit::textChanged, this, &CommentsDock::updateButtons);
    connect(m_comment, &QPushButton::clicked, this, &CommentsDock::postNewThread);
    connect(m_reply, &QPushButton::clicked, this, &CommentsDock::reply);
    connect(m_resolve, &QPushButton::clicked, this, &CommentsDock::toggleResolved);
    connect(m_remove, &QPushButton::clicked, this, &CommentsDock::removeChosen);
    rebuild();
}

void CommentsDock::setSession(MapSession *session)
{
    if (m_session) {
        disconnect(m_session->document(), nullptr, this, nullptr);
        disconnect(m_session->selection(), nullptr, this, nullptr);
    }
    m_session = session;
    if (session) {
        // An import of a map with hundreds of comments, or an undo, is one rebuild.
        const auto schedule = [this] {
            if (!m_rebuildPending) {
                m_rebuildPending = true;
                QTimer::singleShot(0, this, &CommentsDock::rebuild);
            }
        };
        connect(session->document(), &Document::commentChanged, this, schedule);
        connect(session->document(), &Document::reset, this, schedule);
        connect(session->document(), &Document::cardRemoved, this, schedule);
        connect(session->document(), &Document::cardInserted, this, schedule);
        connect(session->document(), &Document::valueChanged, this, &CommentsDock::updateTarget);
        connect(session->selection(), &Selection::changed, this, &CommentsDock::updateTarget);
    }
    rebuild();
}

void CommentsDock::startComment()
{
    show();
    raise();
    m_threads->clearSelection();
    updateTarget();
    m_text->setFocus(Qt::ShortcutFocusReason);
}

std::pair<Comment::Target, Id> CommentsDock::selectionTarget() const
{
    if (!m_session)
        return {Comment::Target::Map, 0};
    const Selection *selection = m_session->selection();
    ElementRef ref = selection->current();
    if (!ref.isValid() || !selection->contains(ref))
        ref = selection->elements().isEmpty() ? ElementRef{} : selection->elements().first();
    if (ref.entity == Entity::Card)
        return {Comment::Target::Card, ref.id};
    if (ref.entity == Entity::Stage)
        return {Comment::Target::Stage, ref.id};
    return {Comment::Target::Map, 0};
}

void CommentsDock::updateTarget()
{
    QString on;
    if (m_session) {
        const Document &document = *m_session->document();
        const auto [target, id] = selectionTarget();
        if (target == Comment::Target::Card && document.card(id))
            on = tr("New comment on card “%1”").arg(firstLine(document.card(id)->title).toHtmlEscaped());
        else if (target == Comment::Target::Stage && document.stage(id))
            on = tr("New comment on stage “%1”").arg(firstLine(document.stage(id)->name).toHtmlEscaped());
        else
            on = tr("New comment on the map (select a card or a stage to comment on it)");
    }
    m_targetLabel->setText(on);
    updateButtons();
}

void CommentsDock::rebuild()
{
    m_rebuildPending = false;
    const Id chosen = chosenComment();
    m_threads->clear();
    if (!m_session) {
        updateTarget();
        return;
    }
    const Document &document = *m_session->document();
    const QList<CommentsFormat::Thread> threads = CommentsFormat::threads(document, m_showResolved->isChecked());
    QTreeWidgetItem *toChoose = nullptr;
    for (const CommentsFormat::Thread &thread : threads) {
        auto *item = new QTreeWidgetItem(m_threads);
        const QString state = thread.comment.resolved ? tr(" · resolved") : QString();
        item->setText(0, u"%1\n%2 · on %3%4"_s.arg(firstLine(thread.comment.text), CommentsFormat::byline(thread.comment), thread.on, state));
        item->setToolTip(0, u"<b>%1</b><br>%2"_s.arg(thread.placed().toHtmlEscaped(),
                                                    thread.comment.text.toHtmlEscaped().replace(u'\n', u"<br>"_s)));
        item->setData(0, CommentIdRole, thread.comment.id);
        if (thread.comment.resolved)
            item->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
        for (const Comment &reply : thread.replies) {
            auto *child = new QTreeWidgetItem(item);
            child->setText(0, u"%1\n%2"_s.arg(firstLine(reply.text), CommentsFormat::byline(reply)));
            child->setToolTip(0, reply.text.toHtmlEscaped().replace(u'\n', u"<br>"_s));
            child->setData(0, CommentIdRole, reply.id);
            if (reply.id == chosen)
                toChoose = child;
        }
        item->setExpanded(true);
        if (thread.comment.id == chosen)
            toChoose = item;
    }
    if (threads.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_threads);
        item->setText(0, m_showResolved->isChecked() ? tr("No comments yet.") : tr("No open comments."));
        item->setFlags(Qt::NoItemFlags);
    }
    if (toChoose)
        m_threads->setCurrentItem(toChoose);
    updateTarget();
}

Id CommentsDock::chosenComment() const
{
    const QList<QTreeWidgetItem *> items = m_threads->selectedItems();
    return items.isEmpty() ? 0 : items.first()->data(0, CommentIdRole).toLongLong();
}

Id CommentsDock::chosenThread() const
{
    const Id id = chosenComment();
    if (!id || !m_session)
        return 0;
    const Comment *comment = m_session->document()->comment(id);
    return !comment ? 0 : comment->parent ? comment->parent : comment->id;
}

void CommentsDock::updateButtons()
{
    const bool editable = m_session && !m_session->document()->isReadOnly();
    const bool hasText = !m_text->toPlainText().trimmed().isEmpty();
    const Id thread = chosenThread();
    m_text->setReadOnly(!editable);
    m_comment->setEnabled(editable && hasText);
    m_reply->setEnabled(editable && hasText && thread);
    m_remove->setEnabled(editable && chosenComment());
    const Comment *comment = thread ? m_session->document()->comment(thread) : nullptr;
    m_resolve->setEnabled(editable && comment);
    m_resolve->setText(comment && comment->resolved ? tr("Reopen") : tr("Resolve"));
}

Comment CommentsDock::draft() const
{
    Comment comment;
    comment.author = AuthorName::current();
    comment.createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    comment.text = m_text->toPlainText().trimmed();
    return comment;
}

void CommentsDock::post()
{
    if (chosenThread())
        reply();
    else
        postNewThread();
}

void CommentsDock::postNewThread()
{
    if (!m_comment->isEnabled())
        return;
    Comment comment = draft();
    std::tie(comment.target, comment.targetId) = selectionTarget();
    auto *command = new AddCommentCommand(m_session->document(), comment);
    if (m_session->push(command))
        m_text->clear(); // kept when the write failed: nothing typed is lost
}

void CommentsDock::reply()
{
    const Id thread = chosenThread();
    if (!m_reply->isEnabled() || !thread)
        return;
    const Comment *parent = m_session->document()->comment(thread);
    Comment comment = draft();
    comment.parent = thread;
    comment.target = parent->target;
    comment.targetId = parent->targetId;
    if (m_session->push(new AddCommentCommand(m_session->document(), comment)))
        m_text->clear();
}

void CommentsDock::toggleResolved()
{
    const Id thread = chosenThread();
    if (!m_resolve->isEnabled() || !thread)
        return;
    const bool resolved = m_session->document()->comment(thread)->resolved;
    m_session->push(SetCommentCommand::resolve(m_session->document(), thread, !resolved));
}

void CommentsDock::removeChosen()
{
    const Id id = chosenComment();
    if (!m_remove->isEnabled() || !id)
        return;
    m_session->push(new RemoveCommentCommand(m_session->document(), id));
}

void CommentsDock::activate(QTreeWidgetItem *item)
{
    const Id id = item ? item->data(0, CommentIdRole).toLongLong() : 0;
    const Comment *comment = (id && m_session) ? m_session->document()->comment(id) : nullptr;
    if (!comment)
        return;
    if (comment->target == Comment::Target::Card)
        m_session->selection()->select({Entity::Card, comment->targetId});
    else if (comment->target == Comment::Target::Stage)
        m_session->selection()->select({Entity::Stage, comment->targetId});
    else
        m_session->selection()->clear();
}

bool CommentsDock::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_text && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers().testFlag(Qt::ControlModifier)) {
            post();
            return true;
        }
        if (watched == m_threads && key->matches(QKeySequence::Delete)) {
            removeChosen();
            return true;
        }
    }
    return QDockWidget::eventFilter(watched, event);
}

} // namespace Waymark
