#include "presenterconsole.h"

#include "presentationwindow.h"

#include "document/document.h"
#include "editor/mapsession.h"
#include "slides/slidenotes.h"
#include "slides/slidestyle.h"
#include "slides/slidewidget.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Waymark {

PresenterConsole::PresenterConsole(PresentationWindow *presentation, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_presentation(presentation)
    , m_current(new SlideWidget)
    , m_next(new SlideWidget)
    , m_heading(label({}, 26, true, u"#f2f3f7"_s))
    , m_clock(label({}, 40, true, u"#f2f3f7"_s))
    , m_nextHeading(label({}, 18, true, u"#9aa3b5"_s))
    , m_notShown(label({}, 16, false, u"#c9cedb"_s))
    , m_notes(label({}, 17, false, u"#f2f3f7"_s))
    , m_ticker(new QTimer(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("%1 — Presenter Console").arg(presentation->session()->document()->info().title));
    setFocusPolicy(Qt::StrongFocus);
    QPalette dark = palette();
    dark.setColor(QPalette::Window, QColor(0x14, 0x17, 0x1e));
    dark.setColor(QPalette::WindowText, QColor(0xf2, 0xf3, 0xf7));
    setPalette(dark);
    setAutoFillBackground(true);

    const auto map = [this](QPainter *painter, const QRectF &rect) {
        if (m_presentation)
            m_presentation->paintMap(painter, rect);
    };
    for (SlideWidget *slide : {m_current, m_next}) {
        slide->setMapPainter(map);
        slide->setFocusPolicy(Qt::NoFocus);
        slide->setMinimumSize(320, 180);
    }
    auto *restart = new QPushButton(tr("Restart Clock"));
    restart->setFocusPolicy(Qt::NoFocus); // Space must go on to the next slide, not press this
    connect(restart, &QPushButton::clicked, this, &PresenterConsole::restartClock);

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_clock);
    top->addWidget(restart);

    auto *side = new QVBoxLayout;
    side->addWidget(m_nextHeading);
    side->addWidget(m_next, 2);
    side->addSpacing(12);
    side->addWidget(label(tr("Not on this slide"), 16, true, u"#9aa3b5"_s));
    side->addWidget(m_notShown);
    side->addSpacing(12);
    side->addWidget(label(tr("Notes"), 16, true, u"#9aa3b5"_s));
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_notes);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->viewport()->setAutoFillBackground(false);
    m_notes->setAutoFillBackground(false);
    side->addWidget(scroll, 3);

    auto *main = new QHBoxLayout;
    main->addWidget(m_current, 3);
    main->addLayout(side, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 24);
    layout->addLayout(top);
    layout->addLayout(main, 1);

    m_notShown->setWordWrap(true);
    m_notes->setWordWrap(true);
    m_notes->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    connect(presentation, &PresentationWindow::slideChanged, this, &PresenterConsole::refresh);
    connect(presentation, &PresentationWindow::deckChanged, this, &PresenterConsole::refresh);
    connect(presentation, &PresentationWindow::finished, this, &QWidget::close);
    connect(m_ticker, &QTimer::timeout, this, &PresenterConsole::tick);
    m_ticker->start(1000);
    m_elapsed.start();
    refresh();
    tick();
}

QLabel *PresenterConsole::label(const QString &text, int pixels, bool bold, const QString &color)
{
    auto *l = new QLabel(text);
    QFont font = l->font();
    font.setPixelSize(pixels);
    font.setBold(bold);
    l->setFont(font);
    l->setTextFormat(Qt::PlainText);
    l->setStyleSheet(u"color: %1;"_s.arg(color));
    return l;
}

void PresenterConsole::start(QScreen *screen)
{
    if (screen) {
        setScreen(screen);
        setGeometry(screen->availableGeometry());
    }
    showMaximized();
}

QString PresenterConsole::heading() const
{
    return m_heading->text();
}

QString PresenterConsole::nextHeading() const
{
    return m_nextHeading->text();
}

QString PresenterConsole::notShownText() const
{
    return m_notShown->text();
}

QString PresenterConsole::notesText() const
{
    return m_notes->text();
}

QString PresenterConsole::clockText() const
{
    return m_clock->text();
}

void PresenterConsole::restartClock()
{
    m_elapsed.restart();
    tick();
}

void PresenterConsole::tick()
{
    const qint64 seconds = m_elapsed.elapsed() / 1000;
    m_clock->setText(u"%1:%2:%3"_s.arg(seconds / 3600, 2, 10, QChar(u'0'))
                         .arg(seconds / 60 % 60, 2, 10, QChar(u'0'))
                         .arg(seconds % 60, 2, 10, QChar(u'0')));
}

void PresenterConsole::refresh()
{
    if (!m_presentation)
        return;
    const Document &document = *m_presentation->session()->document();
    const SlideDeck &deck = m_presentation->deck();
    const int index = m_presentation->currentSlide();
    m_heading->setText(tr("Slide %1 of %2 · %3").arg(index + 1).arg(deck.count()).arg(deck.title(document, index)));
    m_current->setPicture(m_presentation->picture(index));
    if (index + 1 < deck.count()) {
        m_nextHeading->setText(tr("Next: %1").arg(deck.title(document, index + 1)));
        m_next->setPicture(m_presentation->picture(index + 1));
    } else {
        m_nextHeading->setText(tr("Next: the end of the slides"));
        m_next->setPicture({});
    }

    // What the room does not see of this stage, where it is instead.
    QMap<int, QStringList> byPart;
    for (const SlideDeck::Unshown &unshown : deck.notShown(document, index))
        byPart[unshown.part].append(document.card(unshown.card)->title);
    QStringList lines;
    const Id stage = deck.at(index).stage;
    for (auto it = byPart.cbegin(); it != byPart.cend(); ++it) {
        const QString where = it.key() == 0 ? tr("In hidden lanes")
                                            : tr("On %1").arg(deck.title(document, deck.indexOf(stage, it.key())));
        lines.append(u"%1: %2"_s.arg(where, it.value().join(u" · "_s)));
    }
    if (!stage)
        m_notShown->setText(tr("The overview shows the whole map."));
    else
        m_notShown->setText(lines.isEmpty() ? tr("Nothing: every card of the stage is on this slide.") : lines.join(u'\n'));
    m_notes->setText(SlideNotes::of(document, deck, index, m_presentation->figures()).text());
}

void PresenterConsole::keyPressEvent(QKeyEvent *event)
{
    if (m_presentation && m_presentation->handleKey(event))
        return;
    QWidget::keyPressEvent(event);
}

} // namespace Waymark
