#include "mainwindow.h"
#include "dataactions.h"
#include "docklayout.h"
#include "helpdialogs.h"
#include "lockedmapdialog.h"
#include "outputactions.h"
#include "planningactions.h"
#include "readonlybanner.h"
#include "charts/chartsdock.h"
#include "comments/commentsdock.h"
#include "roadmap/roadmapdock.h"
#include "presentation/presentationwindow.h"

#include "app/documentmanager.h"
#include "app/messagebox.h"
#include "app/shortcuts.h"
#include "canvas/mapeditor.h"
#include "canvas/mapscene.h"
#include "canvas/mapview.h"
#include "dialogs/newmapdialog.h"
#include "dialogs/versionsdialog.h"
#include "dialogs/workspacedialog.h"
#include "workspace/workspaceaddress.h"
#include "workspace/workspacelink.h"
#include "document/document.h"
#include "editor/mapsession.h"
#include "editor/selection.h"
#include "inspector/inspectordock.h"
#include "mapimporter.h"
#include "io/formaterror.h"
#include "io/messagetext.h"
#include "outline/outlinedock.h"
#include "startpage.h"
#include "store/maprepair.h"
#include "store/sharedstorage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QTimer>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Waymark {

namespace {

QList<MainWindow *> &registry()
{
    static QList<MainWindow *> windows;
    return windows;
}

QString fileFilter()
{
    return QCoreApplication::translate("Waymark", "Waymark maps (*.waymark)");
}

// "NAME (clean).waymark" beside `source`, numbered when taken; empty when the folder cannot
// be written.
QString cleanCopyBeside(const QString &source)
{
    const QFileInfo info(source);
    if (!QFileInfo(info.absolutePath()).isWritable())
        return {};
    const QString base = info.absolutePath() + u'/' + info.completeBaseName();
    QString candidate = base + QCoreApplication::translate("Waymark", " (clean)") + u".waymark"_s;
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = base + QCoreApplication::translate("Waymark", " (clean %1)").arg(n) + u".waymark"_s;
    return candidate;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_stack(new QStackedWidget(this))
    , m_start(new StartPage(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_zoomLabel(new QLabel(this))
    , m_selectionLabel(new QLabel(this))
    , m_presenceLabel(new QLabel(this))
{
    registry().append(this);
    setObjectName(u"mainWindow"_s);
    m_mapPage = new QWidget(this);
    m_banner = new ReadOnlyBanner(m_mapPage);
    m_view = new MapView(m_mapPage);
    auto *page = new QVBoxLayout(m_mapPage);
    page->setContentsMargins(0, 0, 0, 0);
    page->setSpacing(0);
    page->addWidget(m_banner);
    page->addWidget(m_view, 1);
    m_stack->addWidget(m_start);
    m_stack->addWidget(m_mapPage);
    setCentralWidget(m_stack);
    connect(m_banner, &ReadOnlyBanner::cleanCopyRequested, this, &MainWindow::openCleanCopy);
    connect(m_banner, &ReadOnlyBanner::saveAsRequested, this, [this] { saveAs(); });
    connect(m_start, &StartPage::newRequested, this, &MainWindow::newFromDialog);
    connect(m_start, &StartPage::openRequested, this, &MainWindow::openFromDialog);
    connect(m_start, &StartPage::openFileRequested, this, &MainWindow::openFile);
    connect(m_start, &StartPage::importRequested, this, &MainWindow::importFromDialog);
    connect(m_view, &MapView::zoomChanged, this, &MainWindow::updateZoomLabel);

    statusBar()->addPermanentWidget(m_selectionLabel);
    m_presenceLabel->setObjectName(u"presence"_s);
    statusBar()->addPermanentWidget(m_presenceLabel);
    statusBar()->addPermanentWidget(m_zoomLabel);
    createActions();
    createDocks();
    createMenus();

    const QRect screen = this->screen() ? this->screen()->availableGeometry() : QRect(0, 0, 1600, 1000);
    resize(std::min(1500, screen.width() - 80), std::min(950, screen.height() - 80));
    m_dockLayout->restore(QSettings().value(u"window/state"_s).toByteArray());
    updateTitle();
    updateActions();
}

MainWindow::~MainWindow()
{
    registry().removeAll(this);
    if (m_session)
        DocumentManager::instance().closed(m_session->path());
    // The views and docks refer to the session: they let go of it before it goes.
    if (m_inspector)
        m_inspector->setSession(nullptr);
    if (m_outline)
        m_outline->setSession(nullptr);
    if (m_comments)
        m_comments->setSession(nullptr);
    m_planning->setMap(nullptr, nullptr);
    m_data->setMap(nullptr, nullptr);
    // The session's undo stack, cleared as it goes, must not call back into what is gone.
    if (m_session) {
        disconnect(m_session->undoStack(), nullptr, this, nullptr);
        disconnect(m_session->document(), nullptr, this, nullptr);
    }
    delete m_editor;
    m_editor = nullptr;
    m_view->setMapScene(nullptr);
    delete m_scene;
    m_scene = nullptr;
}

QList<MainWindow *> MainWindow::windows()
{
    return registry();
}

MainWindow *MainWindow::windowShowing(const QString &path)
{
    const QString wanted = QFileInfo(path).canonicalFilePath();
    for (MainWindow *window : registry()) {
        if (window->m_session && QFileInfo(window->m_session->path()).canonicalFilePath() == wanted)
            return window;
    }
    return nullptr;
}

void MainWindow::createActions()
{
    const auto action = [this](const QString &text, auto slot, const QKeySequence &shortcut = {}, bool needsMap = true) {
        auto *a = new QAction(text, this);
        a->setShortcut(shortcut);
        connect(a, &QAction::triggered, this, slot);
        if (needsMap)
            m_mapActions.append(a);
        return a;
    };
    m_saveAs = action(tr("Save &As…"), [this] { saveAs(); }, QKeySequence::SaveAs);
    m_close = action(tr("&Close Map"), [this] { closeMap(); }, QKeySequence::Close);
    m_cut = action(tr("Cu&t"), [this] { m_editor->cut(); }, QKeySequence::Cut);
    m_copy = action(tr("&Copy"), [this] { m_editor->copy(); }, QKeySequence::Copy);
    m_paste = action(tr("&Paste"), [this] { m_editor->paste(); }, QKeySequence::Paste);
    m_duplicate = action(tr("D&uplicate"), [this] { m_editor->duplicate(); }, QKeySequence(Qt::CTRL | Qt::Key_D));
    m_delete = action(tr("&Delete"), [this] { m_editor->deleteSelection(); }, QKeySequence::Delete);
    m_selectAll = action(tr("Select &All Cards"), [this] { m_editor->selectAll(); }, QKeySequence::SelectAll);
    m_rename = action(tr("&Rename"), [this] { m_editor->rename(); }, QKeySequence(Qt::Key_F2));
    m_addCard = action(tr("Add &Card"), [this] {
        if (!m_editor->addCardAtSelection())
            statusBar()->showMessage(tr("Select a card, stage or lane to say where the card goes, or double-click a cell."), 5000);
    }, QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_addStage = action(tr("Add &Stage"), [this] {
        const ElementRef current = m_session->selection()->current();
        const int index = current.entity == Entity::Stage ? m_session->document()->stageIndex(current.id) + 1
                                                          : int(m_session->document()->stages().size());
        m_editor->addStage(index);
    });
    m_addLane = action(tr("Add &Lane"), [this] {
        const ElementRef current = m_session->selection()->current();
        const int index = current.entity == Entity::Lane ? m_session->document()->laneIndex(current.id) + 1
                                                         : int(m_session->document()->lanes().size());
        m_editor->addLane(index);
    });
    m_output = new OutputActions(this);
    m_mapActions.append(m_output->actions());
    m_planning = new PlanningActions(this);
    m_mapActions.append(m_planning->actions());
    // Over the canvas, under the read-only banner: the view filter and its Show all.
    if (auto *page = qobject_cast<QVBoxLayout *>(m_mapPage->layout()))
        page->insertWidget(1, m_planning->filterStatus());
    m_data = new DataActions(this);
    m_evidence = new QActionGroup(this);
    const Qt::Key keys[] = {Qt::Key_1, Qt::Key_2, Qt::Key_3};
    for (const Evidence evidence : allValues<Evidence>()) {
        QAction *a = action(tr("Mark as %1").arg(labelOf(evidence)), [this, evidence] { m_editor->setEvidence(evidence); },
                            QKeySequence(Qt::CTRL | keys[int(evidence)]));
        m_evidence->addAction(a);
    }
    m_evidence->setExclusive(false);
    m_zoomIn = action(tr("Zoom &In"), [this] { m_view->zoomIn(); }, QKeySequence::ZoomIn);
    m_zoomOut = action(tr("Zoom &Out"), [this] { m_view->zoomOut(); }, QKeySequence::ZoomOut);
    m_zoomFit = action(tr("&Fit Map to Window"), [this] { m_view->zoomToFit(); }, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_zoomReset = action(tr("&Actual Size (100 %)"), [this] { m_view->resetZoom(); }, QKeySequence(Qt::CTRL | Qt::Key_0));
    // F11: Ctrl+Shift+F is Fit already; no other action takes it.
    m_focusMode = action(tr("F&ocus on the Map"), [this](bool on) { m_dockLayout->setFocusMode(on); }, QKeySequence(Qt::Key_F11), false);
    m_focusMode->setObjectName(u"focusMode"_s);
    m_focusMode->setCheckable(true);
    m_focusMode->setStatusTip(tr("Hide every panel to give the map the whole window; again to bring them back"));
    for (QAction *a : {m_cut, m_copy, m_paste, m_duplicate, m_delete, m_selectAll, m_rename, m_addCard})
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    // Editing shortcuts belong to the canvas: in a dock's text field Ctrl+C copies text.
    for (QAction *a : {m_cut, m_copy, m_paste, m_duplicate, m_delete, m_selectAll, m_rename, m_addCard})
        m_view->addAction(a);
    for (QAction *a : m_evidence->actions()) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(a);
    }
}

void MainWindow::createDocks()
{
    m_outline = new OutlineDock(this);
    m_inspector = new InspectorDock(this);
    m_comments = new CommentsDock(this);
    addDockWidget(Qt::LeftDockWidgetArea, m_outline);
    addDockWidget(Qt::RightDockWidgetArea, m_inspector);
    addDockWidget(Qt::RightDockWidgetArea, m_comments);
    tabifyDockWidget(m_inspector, m_comments);
    m_inspector->raise();
    m_comments->hide(); // until asked for; the window's saved state may show it
    m_comments->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_M));
    m_dockLayout = new DockLayout(this);
    connect(m_dockLayout, &DockLayout::focusModeChanged, this, [this](bool on) {
        m_focusMode->setChecked(on);
        if (on)
            statusBar()->showMessage(tr("Focus on the map: %1 brings the panels back.").arg(m_focusMode->shortcut().toString(QKeySequence::NativeText)), 5000);
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New…"), QKeySequence::New, this, &MainWindow::newFromDialog);
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::openFromDialog);
    QAction *fromWorkspace = file->addAction(tr("Open from &Workspace…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O), this,
                                             &MainWindow::openFromWorkspace);
    fromWorkspace->setObjectName(u"openFromWorkspace"_s);
    fromWorkspace->setStatusTip(tr("Open a copy of a map of a team workspace (PostgreSQL)"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    QAction *import = file->addAction(tr("&Import Map…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), this,
                                      &MainWindow::importFromDialog);
    import->setObjectName(u"importMap"_s);
    import->setStatusTip(tr("Make a new map from %1").arg(MapImporter::readableFormats()));
    file->addSeparator();
    file->addAction(m_saveAs);
    // Labelled versions inside the map: list, compare with the map as it is, restore.
    QAction *versions = file->addAction(tr("&Versions…"), this, [this] {
        if (!m_session)
            return;
        auto *dialog = new VersionsDialog(m_session.get(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    versions->setObjectName(u"versions"_s);
    versions->setStatusTip(tr("Keep the map as it is under a label, compare with or restore a version kept earlier"));
    m_mapActions.append(versions);
    file->addSeparator();
    file->addAction(m_planning->importPersonasAction());
    file->addAction(m_output->exportAction());
    file->addAction(m_output->printAction());
    file->addSeparator();
    file->addAction(m_close);
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setObjectName(u"quit"_s);
    quit->setShortcuts(Shortcuts::quit());
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(u"undo"_s);
    undo->setShortcuts(Shortcuts::undo());
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(u"redo"_s);
    redo->setShortcuts(Shortcuts::redo());
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addActions({m_cut, m_copy, m_paste, m_duplicate, m_delete});
    edit->addSeparator();
    edit->addActions({m_selectAll, m_rename});
    edit->addSeparator();
    edit->addActions({m_addCard, m_addStage, m_addLane});
    edit->addAction(m_planning->personasAction());
    edit->addSeparator();
    QAction *comment = edit->addAction(tr("Add Co&mment…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M), this, [this] {
        if (m_session)
            m_comments->startComment();
    });
    comment->setObjectName(u"addComment"_s);
    comment->setStatusTip(tr("Comment on the selected card or stage, or on the map; @name mentions someone"));
    QMenu *evidence = edit->addMenu(tr("&Evidence"));
    evidence->addActions(m_evidence->actions());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions({m_zoomIn, m_zoomOut, m_zoomFit, m_zoomReset});
    view->addSeparator();
    view->addAction(m_focusMode);
    view->addSeparator();
    view->addAction(m_output->presentAction());
    view->addAction(m_output->presentFromStageAction());
    view->addMenu(m_output->screenMenu());
    view->addSeparator();
    m_lanesMenu = view->addMenu(tr("&Lanes"));
    connect(m_lanesMenu, &QMenu::aboutToShow, this, &MainWindow::fillLanesMenu);
    view->addMenu(m_planning->personaFilterMenu());
    view->addMenu(m_planning->evidenceFilterMenu());
    QMenu *docks = view->addMenu(tr("&Docks"));
    docks->addAction(m_outline->toggleViewAction());
    docks->addAction(m_inspector->toggleViewAction());
    docks->addAction(m_comments->toggleViewAction());
    docks->addAction(m_planning->roadmapDock()->toggleViewAction());
    docks->addAction(m_data->chartsDockAction());
    view->addAction(m_data->measuredEmotionAction());
    m_data->createMenu(menuBar());

    createHelpMenu();

    // The docks share the window with the canvas: usable minimums, defaults that leave the
    // canvas most of a small window, and room given back when one is closed.
    m_dockLayout->manage(m_outline, {150, 0.16, 160, 260});
    m_dockLayout->manage(m_inspector, {210, 0.21, 220, 340});
    m_dockLayout->manage(m_comments, {220, 0.22, 240, 360});
    m_dockLayout->manage(m_planning->roadmapDock(), {260, 0.28, 280, 460});
    m_dockLayout->manage(m_data->chartsDock(), {260, 0.3, 300, 480});
}

void MainWindow::createHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&User Guide"), this, [this] { HelpDialogs::showUserGuide(this); });
    guide->setShortcut(QKeySequence::HelpContents);
    guide->setObjectName(u"userGuide"_s);
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"), this, [this] { HelpDialogs::showShortcuts(this); });
    keys->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    keys->setObjectName(u"keyboardShortcuts"_s);
    help->addSeparator();
    help->addAction(tr("&About Waymark"), this, [this] {
        QMessageBox::about(this, tr("About Waymark"),
                           tr("<h3>Waymark %1</h3><p>Customer journey maps backed by survey data.</p>"
                              "<p>Every edit is saved as you make it; Ctrl+Z undoes it.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = DocumentManager::instance().recentFiles();
    for (const QString &file : files)
        m_recentMenu->addAction(QDir::toNativeSeparators(file), this, [this, file] { openFile(file); });
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No recent maps"))->setEnabled(false);
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("Clear List"), this, [] { DocumentManager::instance().clearRecentFiles(); })->setEnabled(!files.isEmpty());
}

void MainWindow::fillLanesMenu()
{
    m_lanesMenu->clear();
    if (!m_session)
        return;
    for (const Lane &lane : m_session->document()->lanes()) {
        QAction *a = m_lanesMenu->addAction(lane.name);
        a->setCheckable(true);
        a->setChecked(!m_scene->hiddenLanes().contains(lane.id));
        connect(a, &QAction::toggled, this, [this, id = lane.id](bool shown) { m_scene->setLaneHidden(id, !shown); });
    }
    m_lanesMenu->addSeparator();
    m_lanesMenu->addAction(tr("Show All Lanes"), this, [this] {
        for (const Lane &lane : m_session->document()->lanes())
            m_scene->setLaneHidden(lane.id, false);
    });
}

void MainWindow::adopt(std::unique_ptr<MapSession> session)
{
    m_session = std::move(session);
    MapSession *s = m_session.get();
    m_scene = new MapScene(s->document(), CanvasTheme::forPalette(palette()), this);
    m_scene->setSession(s);
    m_view->setMapScene(m_scene);
    m_editor = new MapEditor(s, m_scene, m_view, this);
    m_undoGroup->addStack(s->undoStack());
    m_undoGroup->setActiveStack(s->undoStack());
    m_inspector->setSession(s);
    m_outline->setSession(s);
    m_comments->setSession(s);
    m_planning->setMap(s, m_scene);
    m_data->setMap(s, m_scene);
    m_banner->showFor(s->document());
    m_stack->setCurrentWidget(m_mapPage);
    m_view->setFocus();
    m_view->showTopLeft();

    connect(m_editor, &MapEditor::actionsChanged, this, &MainWindow::updateActions);
    connect(s, &MapSession::pathChanged, this, &MainWindow::updateTitle);
    connect(s->document(), &Document::valueChanged, this, [this](const FieldRef &ref) {
        if (ref.entity == Entity::Map)
            updateTitle();
    });
    connect(s, &MapSession::writeFailed, this, [this](const QString &message) {
        showError(tr("The change was not saved"), message);
    });
    connect(s, &MapSession::changedOutside, this, [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(s->document(), &Document::lockLost, this, [this](const QString &message) {
        showError(tr("Another Program Writes to This Map"), message);
    });
    if (const MapLock *lock = s->document()->store().lock(); lock && !lock->takeoverNote().isEmpty())
        statusBar()->showMessage(MessageText::escaped(lock->takeoverNote()), 10000);
    if (!s->document()->isReadOnly())
        QTimer::singleShot(0, this, [this, path = s->path()] { warnIfShared(path); });
    connect(s->document(), &Document::readOnlyChanged, this, [this] {
        m_banner->showFor(m_session->document());
        updateTitle();
        updateActions();
    });
    m_presenceLabel->clear();
    if (WorkspaceLink *link = WorkspaceLink::of(s->document())) {
        const auto showPresence = [this, link] {
            const QStringList others = link->others();
            m_presenceLabel->setText(!link->isOnline() ? tr("Offline: who else is here is not known")
                                     : others.isEmpty() ? tr("Only you have this map open")
                                                      : tr("Also here: %1").arg(others.join(u", "_s)));
            m_presenceLabel->setToolTip(tr("Who else has '%1' open in Waymark now").arg(link->mapName()));
        };
        connect(link, &WorkspaceLink::presenceChanged, m_presenceLabel, showPresence);
        showPresence();
        connect(link, &WorkspaceLink::connectionChanged, this, [this, showPresence](bool online, const QString &message) {
            showPresence();
            if (online)
                statusBar()->showMessage(message, 8000);
        });
    }
    connect(s->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::updateActions);
    connect(s->selection(), &Selection::changed, this, [this] {
        const qsizetype cards = m_session->selection()->ids(Entity::Card).size();
        m_selectionLabel->setText(cards ? tr("%n card(s) selected", nullptr, int(cards)) : QString());
    });
    updateTitle();
    updateActions();
    updateZoomLabel();
}

bool MainWindow::closeMap()
{
    if (!m_session)
        return true;
    if (m_session->isUntitled()) {
        QMessageBox box(QMessageBox::Question, tr("Save the New Map?"),
                        tr("\u201c%1\u201d has never been saved. Save it before closing?").arg(m_session->displayName()),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setInformativeText(tr("If you discard it, its changes are lost."));
        box.setDefaultButton(QMessageBox::Save);
        const int answer = box.exec();
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !saveAs()))
            return false;
    }
    if (m_output->presentation())
        m_output->presentation()->close();
    const QString path = m_session->path();
    const bool discard = m_session->isUntitled();
    m_inspector->setSession(nullptr);
    m_outline->setSession(nullptr);
    m_comments->setSession(nullptr);
    m_planning->setMap(nullptr, nullptr);
    m_data->setMap(nullptr, nullptr);
    m_undoGroup->removeStack(m_session->undoStack());
    delete m_editor;
    m_editor = nullptr;
    m_view->setMapScene(nullptr);
    delete m_scene;
    m_scene = nullptr;
    m_session.reset();
    m_presenceLabel->clear();
    m_banner->showFor(nullptr);
    DocumentManager::instance().closed(path);
    if (discard)
        QFile::remove(path);
    m_stack->setCurrentWidget(m_start);
    m_start->refresh();
    updateTitle();
    updateActions();
    return true;
}

MainWindow *MainWindow::windowForNewMap()
{
    if (!m_session)
        return this;
    auto *window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    return window;
}

MainWindow *MainWindow::openFile(const QString &path)
{
    if (MapImporter::canImport(path))
        return importFile(path);
    if (MainWindow *showing = windowShowing(path)) {
        showing->raise();
        showing->activateWindow();
        return showing;
    }
    try {
        auto session = DocumentManager::instance().open(path);
        MainWindow *window = windowForNewMap();
        window->adopt(std::move(session));
        return window;
    } catch (const StoreError &e) {
        if (e.code() == StoreError::Code::Locked)
            return openLocked(path, e.message());
        showError(tr("Cannot Open the Map"), e.message());
        return nullptr;
    }
}

// Another Waymark holds the map's lock: follow it read-only, or edit a copy of your own.
MainWindow *MainWindow::openLocked(const QString &path, const QString &reason)
{
    const LockedMapDialog::Choice choice = LockedMapDialog::ask(this, reason);
    if (choice == LockedMapDialog::Choice::Cancel)
        return nullptr;
    try {
        const bool copy = choice == LockedMapDialog::Choice::Copy;
        auto session = copy ? DocumentManager::instance().openCopy(path) : DocumentManager::instance().openReadOnly(path);
        MainWindow *window = windowForNewMap();
        window->adopt(std::move(session));
        if (copy)
            window->statusBar()->showMessage(tr("This is a copy of %1; save it under another name to keep it.")
                                                 .arg(QDir::toNativeSeparators(path)),
                                             10000);
        return window;
    } catch (const StoreError &e) {
        showError(tr("Cannot Open the Map"), e.message());
        return nullptr;
    }
}

MainWindow *MainWindow::openFromWorkspace()
{
    WorkspaceDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return nullptr;
    const Workspace::MapContent &content = dialog.content();
    const WorkspaceAddress address = WorkspaceAddress::parse(dialog.address());
    std::unique_ptr<Document> document;
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        document = WorkspaceLink::open(address, dialog.mapName(), content);
        QApplication::restoreOverrideCursor();
    } catch (const StoreError &e) {
        QApplication::restoreOverrideCursor();
        showError(tr("Cannot Open the Map"), e.message());
        return nullptr;
    }
    MainWindow *window = windowForNewMap();
    window->adopt(std::make_unique<MapSession>(std::move(document), false));
    window->m_view->zoomToFit();
    QString message = window->m_session->document()->isReadOnly()
                          ? tr("'%1' from %2, read-only.").arg(dialog.mapName(), address.toString())
                          : tr("'%1' from %2: every change is saved there as you make it, and others' changes show as "
                               "they make them.")
                                .arg(dialog.mapName(), address.toString());
    if (!content.warnings.isEmpty())
        message += u' ' + tr("Values out of bounds were cut or replaced: %1").arg(content.warnings.first());
    window->statusBar()->showMessage(message, 15000);
    return window;
}

MainWindow *MainWindow::newMap(const MapData &data)
{
    try {
        auto session = DocumentManager::instance().createUntitled(data);
        MainWindow *window = windowForNewMap();
        window->adopt(std::move(session));
        window->m_view->zoomToFit();
        return window;
    } catch (const StoreError &e) {
        showError(tr("Cannot Create the Map"), e.message());
        return nullptr;
    }
}

MainWindow *MainWindow::newMapAt(const MapData &data, const QString &path)
{
    if (MainWindow *showing = windowShowing(path)) {
        showError(tr("Cannot Create the Map"), tr("'%1' is open in a window already.").arg(QDir::toNativeSeparators(path)));
        showing->raise();
        return nullptr;
    }
    try {
        auto session = DocumentManager::instance().createAt(path, data);
        MainWindow *window = windowForNewMap();
        window->adopt(std::move(session));
        window->m_view->zoomToFit();
        window->statusBar()->showMessage(tr("Saved as %1. Changes are saved as you make them.").arg(QDir::toNativeSeparators(path)), 8000);
        return window;
    } catch (const StoreError &e) {
        showError(tr("Cannot Create the Map"), e.message());
        return nullptr;
    }
}

MainWindow *MainWindow::importFile(const QString &path)
{
    const std::optional<MapData> data = MapImporter::read(this, path);
    if (!data)
        return nullptr;
    MainWindow *window = newMap(*data);
    if (window)
        window->statusBar()->showMessage(tr("Made a new map from %1. Save it to keep it.").arg(QFileInfo(path).fileName()), 8000);
    return window;
}

void MainWindow::importFromDialog()
{
    const QString path = MapImporter::askForFile(this);
    if (!path.isEmpty())
        importFile(path);
}

void MainWindow::newFromDialog()
{
    NewMapDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted) {
        try {
            // Saved from the start, under its title: "saved as you edit" from the first edit.
            newMapAt(dialog.mapData(), dialog.path());
        } catch (const FormatError &e) {
            showError(tr("Cannot Create the Map"), e.message());
        }
    }
}

void MainWindow::openFromDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Map"), QSettings().value(u"lastFolder"_s).toString(),
                                                      fileFilter());
    if (path.isEmpty())
        return;
    QSettings().setValue(u"lastFolder"_s, QFileInfo(path).absolutePath());
    openFile(path);
}

bool MainWindow::saveAs()
{
    if (!m_session)
        return false;
    QString folder = QSettings().value(u"lastFolder"_s, QDir::homePath()).toString();
    const QString suggested = m_session->isUntitled() ? m_session->displayName() : QFileInfo(m_session->path()).completeBaseName();
    QString path = QFileDialog::getSaveFileName(this, tr("Save Map As"), folder + u'/' + suggested + u".waymark"_s,
                                                fileFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".waymark"_s;
    if (DocumentManager::instance().isOpen(path) && QFileInfo(path).canonicalFilePath() != QFileInfo(m_session->path()).canonicalFilePath()) {
        showError(tr("Cannot Save the Map"), tr("'%1' is open in another window.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    const QString previous = m_session->path();
    try {
        m_session->saveAs(path);
    } catch (const StoreError &e) {
        showError(tr("Cannot Save the Map"), e.message());
        return false;
    }
    DocumentManager::instance().moved(previous, path);
    DocumentManager::instance().addRecentFile(path);
    QSettings().setValue(u"lastFolder"_s, QFileInfo(path).absolutePath());
    statusBar()->showMessage(tr("Saved as %1. Changes are saved as you make them.").arg(QDir::toNativeSeparators(path)), 6000);
    m_banner->showFor(m_session->document());
    updateTitle();
    return true;
}

void MainWindow::openCleanCopy()
{
    if (!m_session)
        return;
    const QString source = m_session->path();
    QString target = cleanCopyBeside(source);
    if (target.isEmpty()) {
        const QString suggested = QDir::homePath() + u'/' + QFileInfo(source).completeBaseName() + tr(" (clean)") + u".waymark"_s;
        target = QFileDialog::getSaveFileName(this, tr("Save the Clean Copy As"), suggested, fileFilter());
        if (target.isEmpty())
            return;
        if (QFileInfo(target).suffix().isEmpty())
            target += u".waymark"_s;
        if (DocumentManager::instance().isOpen(target)) {
            showError(tr("Cannot Make a Clean Copy"), tr("'%1' is open in a window.").arg(QDir::toNativeSeparators(target)));
            return;
        }
        QFile::remove(target); // the dialog asked before replacing it
    }
    try {
        MapRepair::repair(source, target);
    } catch (const StoreError &e) {
        showError(tr("Cannot Make a Clean Copy"), e.message());
        return;
    }
    if (!closeMap())
        return;
    if (MainWindow *window = openFile(target))
        window->statusBar()->showMessage(tr("This is a clean copy of %1, made from its data; the original is unchanged.")
                                             .arg(QDir::toNativeSeparators(source)),
                                         10000);
}

// Once per map, before its first edit: on a network share or in a sync folder, SQLite's locks
// cannot keep two writers apart.
void MainWindow::warnIfShared(const QString &path)
{
    if (!m_session || m_session->path() != path)
        return;
    const QString warning = SharedStorage::warning(path, SharedStorage::check(path));
    if (warning.isEmpty())
        return;
    const QString key = u"sharedStorage/warned"_s;
    QStringList warned = QSettings().value(key).toStringList();
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (warned.contains(canonical))
        return;
    warned.prepend(canonical);
    QSettings().setValue(key, warned.mid(0, 200));
    MessageBox::warning(this, tr("A Shared Folder"), warning);
}

void MainWindow::showError(const QString &title, const QString &message)
{
    MessageBox::warning(this, title, message);
}

void MainWindow::updateTitle()
{
    if (!m_session) {
        setWindowTitle(tr("Waymark"));
        setWindowFilePath({});
        return;
    }
    QString title = m_session->displayName();
    if (m_session->isUntitled())
        title += tr(" (not saved)");
    else if (!m_session->document()->store().schemaProblems().isEmpty())
        title += tr(" (view only)"); // the file itself may well be writable
    else if (m_session->document()->isReadOnly())
        title += tr(" (read-only)");
    setWindowTitle(title);
    if (!m_session->isUntitled())
        setWindowFilePath(m_session->path());
}

void MainWindow::updateActions()
{
    const bool map = bool(m_session);
    for (QAction *a : std::as_const(m_mapActions))
        a->setEnabled(map);
    if (!map)
        return;
    const bool editable = !m_session->document()->isReadOnly();
    m_cut->setEnabled(editable && m_editor->canCopy());
    m_copy->setEnabled(m_editor->canCopy());
    m_paste->setEnabled(m_editor->canPaste());
    m_duplicate->setEnabled(editable && m_editor->canCopy());
    m_delete->setEnabled(m_editor->canDelete());
    for (QAction *a : {m_rename, m_addCard, m_addStage, m_addLane})
        a->setEnabled(editable);
    for (QAction *a : m_evidence->actions())
        a->setEnabled(editable && m_editor->canCopy());
}

void MainWindow::updateZoomLabel()
{
    m_zoomLabel->setText(tr("%1 %").arg(std::round(m_view->zoom() * 100)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!closeMap()) {
        event->ignore();
        return;
    }
    QSettings().setValue(u"window/state"_s, m_dockLayout->state());
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    // The canvas follows the system between light and dark.
    if (event->type() == QEvent::PaletteChange && m_scene)
        m_scene->setTheme(CanvasTheme::forPalette(palette()));
    QMainWindow::changeEvent(event);
}

} // namespace Waymark
