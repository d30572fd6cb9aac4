#include "outputactions.h"

#include "canvas/mapscene.h"
#include "canvas/mapview.h"
#include "dialogs/exportdialog.h"
#include "document/document.h"
#include "editor/mapsession.h"
#include "editor/selection.h"
#include "io/formaterror.h"
#include "mainwindow.h"
#include "presentation/presentationwindow.h"
#include "presentation/presenterconsole.h"
#include "render/pagecanvas.h"
#include "render/pdfmapformat.h"

#include <QAction>
#include <QGuiApplication>
#include <QMenu>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QScreen>
#include <QStatusBar>

namespace Waymark {

OutputActions::OutputActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_export(new QAction(tr("&Export…"), this))
    , m_print(new QAction(tr("&Print…"), this))
    , m_present(new QAction(tr("&Present"), this))
    , m_presentFromStage(new QAction(tr("Present from &Selected Stage"), this))
    , m_screens(new QMenu(tr("Present &On"), window))
{
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_print->setShortcut(QKeySequence::Print);
    m_present->setShortcut(QKeySequence(Qt::Key_F5));
    m_presentFromStage->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    connect(m_export, &QAction::triggered, this, &OutputActions::exportMap);
    connect(m_print, &QAction::triggered, this, &OutputActions::print);
    connect(m_present, &QAction::triggered, this, [this] { present(false); });
    connect(m_presentFromStage, &QAction::triggered, this, [this] { present(true); });
    connect(m_screens, &QMenu::aboutToShow, this, &OutputActions::fillScreenMenu);
}

QList<QAction *> OutputActions::actions() const
{
    return {m_export, m_print, m_present, m_presentFromStage};
}

void OutputActions::exportMap()
{
    if (!m_window->session())
        return;
    ExportDialog dialog(m_window->session(), m_window);
    dialog.setMeasuredEmotion(m_window->scene()->showsMeasuredEmotion());
    if (dialog.exec() == QDialog::Accepted)
        m_window->statusBar()->showMessage(tr("Exported to %1").arg(dialog.path()), 5000);
}

void OutputActions::paintPages(QPrinter *printer)
{
    Document &document = *m_window->session()->document();
    printer->setResolution(int(PageCanvas::Unit)); // see PageCanvas: text sized as on screen
    PageCanvas pages(printer, document.info().title);
    if (!pages.isActive())
        return; // the print system has said why
    ExportOptions options;
    options.measuredEmotion = m_window->scene()->showsMeasuredEmotion();
    PdfMapFormat::paint(pages, document, options);
}

void OutputActions::print()
{
    if (!m_window->session())
        return;
    QPrinter printer;
    printer.setPageLayout(PdfMapFormat::pageLayout(QPageSize::A4));
    printer.setDocName(m_window->session()->document()->info().title);
    QPrintPreviewDialog preview(&printer, m_window);
    preview.setWindowTitle(tr("Print Preview — %1").arg(m_window->session()->displayName()));
    preview.resize(1100, 800);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, &OutputActions::paintPages);
    preview.exec();
}

PresenterConsole *OutputActions::console() const
{
    return m_console;
}

QScreen *OutputActions::consoleScreen(QScreen *slides) const
{
    QScreen *own = m_window->screen();
    if (own && own != slides)
        return own;
    const QList<QScreen *> screens = QGuiApplication::screens();
    for (QScreen *screen : screens) {
        if (screen != slides)
            return screen;
    }
    return nullptr;
}

QScreen *OutputActions::presentationScreen() const
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    for (QScreen *screen : screens) {
        if (screen->name() == m_chosenScreen)
            return screen;
    }
    QScreen *own = m_window->screen();
    for (QScreen *screen : screens) {
        if (screen != own)
            return screen;
    }
    return own;
}

void OutputActions::fillScreenMenu()
{
    m_screens->clear();
    QScreen *current = presentationScreen();
    const QList<QScreen *> screens = QGuiApplication::screens();
    for (QScreen *screen : screens) {
        const QSize size = screen->size();
        QAction *a = m_screens->addAction(tr("%1 (%2 × %3)").arg(screen->name(), QString::number(size.width()), QString::number(size.height())));
        a->setCheckable(true);
        a->setChecked(screen == current);
        connect(a, &QAction::triggered, this, [this, name = screen->name()] { m_chosenScreen = name; });
    }
}

PresentationWindow *OutputActions::present(bool fromSelectedStage)
{
    MapSession *session = m_window->session();
    if (!session)
        return nullptr;
    if (m_presentation) {
        m_presentation->raise();
        return m_presentation;
    }
    Id stage = 0;
    if (fromSelectedStage) {
        const QList<Id> stages = session->selection()->ids(Entity::Stage);
        stage = stages.isEmpty() ? 0 : stages.constFirst();
        const QList<Id> cards = session->selection()->ids(Entity::Card);
        if (!stage && !cards.isEmpty())
            stage = session->document()->card(cards.constFirst())->stage;
    }
    m_presentation = new PresentationWindow(session, m_window->scene(), m_window->view());
    connect(m_presentation, &PresentationWindow::finished, m_window, [this] {
        m_window->activateWindow();
        m_window->view()->setFocus();
    });
    QScreen *slides = presentationScreen();
    m_presentation->start(slides, stage);
    // With a second screen, the facilitator's console goes on the one the slides are not on.
    if (QScreen *console = consoleScreen(slides)) {
        m_console = new PresenterConsole(m_presentation);
        m_console->start(console);
        m_presentation->activateWindow();
    }
    return m_presentation;
}

} // namespace Waymark
