#include "editdriver.h"

#include "canvas/mapeditor.h"
#include "canvas/mapview.h"
#include "commands/addcardcommand.h"
#include "commands/movecardcommand.h"
#include "commands/setvaluecommand.h"
#include "document/document.h"
#include "editor/mapsession.h"
#include "editor/selection.h"
#include "mainwindow/mainwindow.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QUndoStack>

#include <climits>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Waymark {

namespace {

Id cardTitled(const Document &document, const QString &title)
{
    for (const Stage &stage : document.stages()) {
        for (const Id id : document.cardsOfStage(stage.id)) {
            if (document.card(id)->title == title)
                return id;
        }
    }
    return 0;
}

// Straight to the file descriptor: nothing may sit in a buffer when the process is killed.
void tell(const QByteArray &line)
{
    const QByteArray text = line + '\n';
    for (qsizetype done = 0; done < text.size();) {
        const ssize_t n = ::write(STDOUT_FILENO, text.constData() + done, size_t(text.size() - done));
        if (n <= 0)
            return;
        done += n;
    }
}

} // namespace

bool EditDriver::isRequested()
{
    return !qEnvironmentVariableIsEmpty("WAYMARK_TEST_EDIT_DRIVER");
}

EditDriver::EditDriver(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_input(new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this))
{
    connect(m_input, &QSocketNotifier::activated, this, &EditDriver::readInput);
    if (MapSession *session = window->session())
        connect(session, &MapSession::writeFailed, this, [this](const QString &message) { m_refused = message; });
    paintAndTell("ready");
}

void EditDriver::readInput()
{
    char buffer[4096];
    const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (n <= 0) {
        m_input->setEnabled(false); // the test closed its end
        return;
    }
    m_pending.append(buffer, n);
    // Each edit runs the event loop to paint; this notifier must not start the next one inside.
    m_input->setEnabled(false);
    for (qsizetype end = m_pending.indexOf('\n'); end >= 0; end = m_pending.indexOf('\n')) {
        const QString line = QString::fromUtf8(m_pending.left(end));
        m_pending.remove(0, end + 1);
        apply(line.split(u' ', Qt::SkipEmptyParts));
    }
    m_input->setEnabled(true);
}

void EditDriver::apply(const QStringList &edit)
{
    const QByteArray number = QByteArray::number(++m_count);
    MapSession *session = m_window->session();
    if (!session || edit.isEmpty())
        return tell("bad " + number);
    Document *doc = session->document();
    const auto stageAt = [doc](const QString &index) {
        const int i = index.toInt();
        return i >= 0 && i < doc->stages().size() ? doc->stages().at(i).id : 0;
    };
    const auto laneAt = [doc](const QString &index) {
        const int i = index.toInt();
        return i >= 0 && i < doc->lanes().size() ? doc->lanes().at(i).id : 0;
    };
    const QString &verb = edit.first();
    m_refused.clear();
    if (verb == u"add"_s && edit.size() == 4 && stageAt(edit[1]) && laneAt(edit[2])) {
        Card card;
        card.stage = stageAt(edit[1]);
        card.lane = laneAt(edit[2]);
        card.position = int(doc->cardsIn(card.stage, card.lane).size());
        card.kind = defaultCardKind(doc->lane(card.lane)->kind);
        card.title = edit[3];
        session->push(new AddCardCommand(doc, card));
    } else if (verb == u"title"_s && edit.size() == 3 && cardTitled(*doc, edit[1])) {
        session->push(new SetValueCommand(doc, fieldRef(cardTitled(*doc, edit[1]), CardField::Title), edit[2]));
    } else if (verb == u"move"_s && edit.size() == 4 && cardTitled(*doc, edit[1]) && stageAt(edit[2]) && laneAt(edit[3])) {
        session->push(new MoveCardCommand(doc, cardTitled(*doc, edit[1]), stageAt(edit[2]), laneAt(edit[3]), INT_MAX));
    } else if (verb == u"delete"_s && edit.size() == 2 && cardTitled(*doc, edit[1])) {
        session->selection()->select({Entity::Card, cardTitled(*doc, edit[1])});
        m_window->editor()->deleteSelection();
    } else if (verb == u"stage"_s && edit.size() == 3 && stageAt(edit[1])) {
        session->push(new SetValueCommand(doc, fieldRef(stageAt(edit[1]), StageField::Name), edit[2]));
    } else if (verb == u"undo"_s) {
        session->undoStack()->undo();
    } else if (verb == u"redo"_s) {
        session->undoStack()->redo();
    } else {
        return tell("bad " + number);
    }
    if (!m_refused.isEmpty())
        return tell("refused " + number + ' ' + m_refused.toUtf8());
    paintAndTell("shown " + number);
}

void EditDriver::paintAndTell(const QByteArray &line)
{
    // The scene lays out changes on a zero-timer: let it, then paint the canvas now.
    QCoreApplication::processEvents();
    if (MapView *view = m_window->view())
        view->viewport()->repaint();
    tell(line);
}

} // namespace Waymark
