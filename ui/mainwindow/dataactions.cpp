#include "dataactions.h"

#include "canvas/mapscene.h"
#include "charts/chartsdock.h"
#include "commands/documentcommand.h"
#include "commands/removeresponsescommand.h"
#include "dialogs/businessfiguresdialog.h"
#include "document/document.h"
#include "editor/mapsession.h"
#include "importwizard/importwizard.h"
#include "mainwindow.h"

#include <QAction>
#include <QDockWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace Waymark {

namespace {
const QString MeasuredEmotionKey = u"view/measuredEmotion"_s;
} // namespace

DataActions::DataActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_charts(new ChartsDock(window))
    , m_import(new QAction(tr("&Import Survey Responses\u2026"), this))
    , m_businessFigures(new QAction(tr("&Business Figures\u2026"), this))
    , m_removeResponses(new QAction(tr("&Remove All Responses"), this))
    , m_measuredEmotion(new QAction(tr("Show &Measured Emotion"), this))
{
    m_import->setObjectName(u"importResponses"_s);
    m_import->setStatusTip(tr("Read survey answers (NPS, CSAT, CES\u2026) from a CSV file into the map"));
    m_businessFigures->setObjectName(u"businessFigures"_s);
    m_businessFigures->setStatusTip(tr("Customers, churn and lifetime value per period"));
    m_removeResponses->setObjectName(u"removeAllResponses"_s);
    m_measuredEmotion->setObjectName(u"showMeasuredEmotion"_s);
    m_measuredEmotion->setCheckable(true);
    m_measuredEmotion->setChecked(QSettings().value(MeasuredEmotionKey, true).toBool());
    m_measuredEmotion->setStatusTip(tr("Draw each stage's CSAT mean as a dashed curve in the emotion lane"));
    m_charts->toggleViewAction()->setText(tr("Survey &Charts"));
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_charts);
    m_charts->hide(); // until asked for; the window's saved state may show it

    connect(m_import, &QAction::triggered, this, &DataActions::importResponses);
    connect(m_businessFigures, &QAction::triggered, this, &DataActions::editBusinessFigures);
    connect(m_removeResponses, &QAction::triggered, this, &DataActions::removeAllResponses);
    connect(m_charts->toggleViewAction(), &QAction::triggered, this, [this](bool shown) {
        if (shown)
            showCharts();
    });
    connect(m_measuredEmotion, &QAction::toggled, this, [this](bool shown) {
        QSettings().setValue(MeasuredEmotionKey, shown);
        if (m_scene)
            m_scene->setShowMeasuredEmotion(shown);
    });
    updateActions();
}

QAction *DataActions::chartsDockAction() const
{
    return m_charts->toggleViewAction();
}

QMenu *DataActions::createMenu(QMenuBar *bar)
{
    // A tab beside the inspector (the window's docks exist by now): charts need the height.
    if (auto *inspector = m_window->findChild<QDockWidget *>(u"inspectorDock"_s))
        m_window->tabifyDockWidget(inspector, m_charts);

    QMenu *menu = bar->addMenu(tr("&Data"));
    menu->addAction(m_import);
    menu->addAction(m_businessFigures);
    menu->addSeparator();
    menu->addAction(m_charts->toggleViewAction());
    menu->addSeparator();
    menu->addAction(m_removeResponses);
    return menu;
}

void DataActions::setMap(MapSession *session, MapScene *scene)
{
    if (m_session)
        disconnect(m_session->document(), nullptr, this, nullptr);
    m_session = session;
    m_scene = scene;
    if (scene)
        scene->setShowMeasuredEmotion(m_measuredEmotion->isChecked());
    if (session)
        connect(session->document(), &Document::responsesChanged, this, &DataActions::updateActions);
    m_charts->setSession(session);
    updateActions();
}

void DataActions::updateActions()
{
    const bool editable = m_session && !m_session->document()->isReadOnly();
    m_import->setEnabled(editable && !m_session->document()->stages().isEmpty());
    m_businessFigures->setEnabled(!m_session.isNull());
    m_removeResponses->setEnabled(editable && m_session->document()->responseCount() > 0);
    m_measuredEmotion->setEnabled(!m_session.isNull());
}

void DataActions::importResponses()
{
    if (!m_session)
        return;
    ImportWizard wizard(m_session, m_window);
    if (wizard.exec() != QDialog::Accepted)
        return;
    m_window->statusBar()->showMessage(tr("Imported %1 responses. Ctrl+Z undoes the import.")
                                           .arg(QLocale().toString(m_session->document()->responseCount())),
                                       6000);
    showCharts();
}

void DataActions::showCharts()
{
    m_charts->show();
    m_charts->raise();
    // Too narrow for a stage name, its bar and its figures side by side: widen the column,
    // but leave the canvas most of the window.
    const int wanted = std::min(m_charts->sizeHint().width(), int(m_window->width() * 0.4));
    if (!m_charts->isFloating() && m_charts->width() < wanted - 40)
        m_window->resizeDocks({m_charts}, {wanted}, Qt::Horizontal);
}

void DataActions::editBusinessFigures()
{
    if (!m_session)
        return;
    BusinessFiguresDialog dialog(m_session, m_window);
    dialog.exec();
}

void DataActions::removeAllResponses()
{
    if (!m_session)
        return;
    Document *doc = m_session->document();
    const qint64 count = doc->responseCount();
    if (count == 0)
        return;
    // One step: each stage's responses as a child of it.
    auto *command = new DocumentCommand(doc, tr("Remove All Responses"));
    for (const Stage &stage : doc->stages())
        new RemoveResponsesCommand(doc, stage.id, command);
    m_session->push(command);
    m_window->statusBar()->showMessage(tr("Removed %1 responses. Ctrl+Z brings them back.").arg(QLocale().toString(count)), 6000);
}

} // namespace Waymark
