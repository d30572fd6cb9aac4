#include "planningactions.h"

#include "app/messagebox.h"
#include "canvas/mapscene.h"
#include "document/document.h"
#include "editor/mapsession.h"
#include "editor/metricscache.h"
#include "editor/selection.h"
#include "mainwindow.h"
#include "personas/personasdialog.h"
#include "personas/personaimporter.h"
#include "roadmap/roadmapdock.h"

#include <QAction>
#include <QActionGroup>
#include <QFileDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace Waymark {

PlanningActions::PlanningActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_roadmap(new RoadmapDock(window))
    , m_personas(new QAction(tr("&Personas…"), this))
    , m_importPersonas(new QAction(tr("Import &Personas from File…"), this))
    , m_personaMenu(new QMenu(tr("&Persona"), window))
    , m_evidenceMenu(new QMenu(tr("&Evidence"), window))
{
    // Docked under the inspector, so that choosing an opportunity shows its details beside;
    // hidden until asked for.
    window->addDockWidget(Qt::RightDockWidgetArea, m_roadmap);
    m_roadmap->hide();
    m_roadmap->toggleViewAction()->setText(tr("&Roadmap"));

    m_personas->setToolTip(tr("Edit the personas: profile, photo and empathy map"));
    connect(m_personas, &QAction::triggered, this, &PlanningActions::showPersonas);
    connect(m_importPersonas, &QAction::triggered, this, &PlanningActions::importPersonas);
    m_personaMenu->setToolTip(tr("Show one persona's emotion curve and dim the cards tagged only with others"));
    m_evidenceMenu->setToolTip(tr("Dim the cards whose evidence is of another kind"));
    connect(m_personaMenu, &QMenu::aboutToShow, this, &PlanningActions::fillPersonaMenu);
    connect(m_evidenceMenu, &QMenu::aboutToShow, this, &PlanningActions::fillEvidenceMenu);
    // A bar over the canvas (the window places it): dimmed cards and figures of a part of the
    // respondents with no word of why would look like a broken map.
    m_filterStatus = new QLabel(window);
    m_filterStatus->setObjectName(u"viewFilterBar"_s);
    m_filterStatus->setTextFormat(Qt::RichText);
    m_filterStatus->setWordWrap(true);
    m_filterStatus->setAutoFillBackground(true);
    m_filterStatus->setContentsMargins(10, 4, 10, 4);
    QPalette colours = m_filterStatus->palette();
    colours.setColor(QPalette::Window, colours.color(QPalette::ToolTipBase));
    colours.setColor(QPalette::WindowText, colours.color(QPalette::ToolTipText));
    m_filterStatus->setPalette(colours);
    m_filterStatus->hide();
    connect(m_filterStatus, &QLabel::linkActivated, this, [this] {
        if (m_scene)
            m_scene->setFilter({});
    });
    // Filled once now as well, so that their actions exist before the menus are first opened.
    fillPersonaMenu();
    fillEvidenceMenu();
}

QList<QAction *> PlanningActions::actions() const
{
    return {m_personas, m_importPersonas, m_personaMenu->menuAction(), m_evidenceMenu->menuAction()};
}

void PlanningActions::updateFilterStatus()
{
    // Say what is filtered, and offer the way back: "Showing persona Priya Shah · gender =
    // female · n 36 · proposed cards  Show all".
    const CanvasFilter filter = m_scene ? m_scene->filter() : CanvasFilter{};
    QStringList parts;
    if (filter.persona && m_session) {
        if (const Persona *persona = m_session->document()->persona(filter.persona))
            parts.append(tr("persona %1").arg(persona->name.toHtmlEscaped()));
    }
    if (!filter.segment.isEmpty())
        parts.append(SegmentCondition::describe(filter.segment).toHtmlEscaped());
    if (m_session && (filter.persona || !filter.segment.isEmpty()) && m_session->document()->responseCount() > 0) {
        const MetricsCache *metrics = m_session->metrics();
        parts.append(metrics->filterProblem().isEmpty() ? tr("n %1").arg(QLocale().toString(metrics->report().overall.responses))
                                                        : tr("no responses (%1)").arg(metrics->filterProblem().toHtmlEscaped()));
    }
    if (filter.evidence)
        parts.append(tr("%1 cards").arg(labelOf(*filter.evidence).toLower()));
    m_filterStatus->setVisible(!parts.isEmpty());
    m_filterStatus->setText(tr("Showing %1 &nbsp; <a href=\"clear\">Show all</a>").arg(parts.join(u" \u00b7 "_s)));
}

void PlanningActions::setMap(MapSession *session, MapScene *scene)
{
    if (m_dialog)
        m_dialog->close();
    if (scene)
        connect(scene, &MapScene::filterChanged, this, &PlanningActions::updateFilterStatus, Qt::UniqueConnection);
    if (m_session) {
        disconnect(m_session->document(), nullptr, this, nullptr);
        disconnect(m_session->metrics(), nullptr, this, nullptr);
    }
    m_session = session;
    m_scene = scene;
    m_roadmap->setSession(session);
    if (session) {
        connect(session->metrics(), &MetricsCache::changed, this, &PlanningActions::updateFilterStatus);
        // A filter on a persona that is gone would dim cards for no visible reason.
        connect(session->document(), &Document::personaRemoved, this, [this](int, Id id) {
            if (m_scene && m_scene->filter().persona == id) {
                CanvasFilter filter = m_scene->filter();
                filter.persona = 0;
                m_scene->setFilter(filter);
            }
        });
    }
    fillPersonaMenu();
    fillEvidenceMenu();
    updateFilterStatus();
}

void PlanningActions::fillPersonaMenu()
{
    m_personaMenu->clear();
    auto *group = new QActionGroup(m_personaMenu);
    const Id current = m_scene ? m_scene->filter().persona : 0;
    const auto add = [this, group, current](const QString &text, Id persona) {
        QAction *a = m_personaMenu->addAction(text);
        a->setCheckable(true);
        a->setChecked(persona == current);
        a->setData(persona);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, persona] {
            if (!m_scene)
                return;
            CanvasFilter filter = m_scene->filter();
            filter.persona = persona;
            m_scene->setFilter(filter);
        });
    };
    add(tr("All Personas"), 0);
    if (!m_session)
        return;
    m_personaMenu->addSeparator();
    for (const Persona &persona : m_session->document()->personas())
        add(persona.name.isEmpty() ? tr("Unnamed persona") : persona.name, persona.id);
}

void PlanningActions::fillEvidenceMenu()
{
    m_evidenceMenu->clear();
    auto *group = new QActionGroup(m_evidenceMenu);
    const std::optional<Evidence> current = m_scene ? m_scene->filter().evidence : std::nullopt;
    const auto add = [this, group, current](const QString &text, std::optional<Evidence> evidence) {
        QAction *a = m_evidenceMenu->addAction(text);
        a->setCheckable(true);
        a->setChecked(evidence == current);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, evidence] {
            if (!m_scene)
                return;
            CanvasFilter filter = m_scene->filter();
            filter.evidence = evidence;
            m_scene->setFilter(filter);
        });
    };
    add(tr("Any Evidence"), std::nullopt);
    m_evidenceMenu->addSeparator();
    for (const Evidence evidence : allValues<Evidence>())
        add(tr("Only %1").arg(labelOf(evidence)), evidence);
}

PersonasDialog *PlanningActions::showPersonas()
{
    if (!m_session)
        return nullptr;
    if (!m_dialog) {
        m_dialog = new PersonasDialog(m_session, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &PersonasDialog::message, this, [this](const QString &text) {
            m_window->statusBar()->showMessage(text, 8000);
        });
    }
    // Open on the persona selected in the outline, if any.
    if (const QList<Id> selected = m_session->selection()->ids(Entity::Persona); !selected.isEmpty())
        m_dialog->showPersona(selected.first());
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    return m_dialog;
}

void PlanningActions::importPersonas()
{
    if (!m_session || m_session->document()->isReadOnly())
        return;
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import Personas from a Map"),
                                                      settings.value(u"lastFolder"_s).toString(),
                                                      tr("Waymark maps (*.waymark)"));
    if (path.isEmpty())
        return;
    try {
        m_window->statusBar()->showMessage(PersonaImporter::importFrom(m_session, path), 8000);
    } catch (const StoreError &e) {
        MessageBox::warning(m_window, tr("Cannot Import the Personas"), e.message());
    }
}

} // namespace Waymark
