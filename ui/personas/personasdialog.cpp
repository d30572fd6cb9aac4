#include "personasdialog.h"

#include "app/messagebox.h"
#include "app/shortcuts.h"
#include "commands/addcommand.h"
#include "commands/removecommand.h"
#include "document/document.h"
#include "editor/mapsession.h"
#include "personaeditor.h"
#include "personaimporter.h"
#include "personaphotowell.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QUndoStack>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Waymark {

PersonasDialog::PersonasDialog(MapSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_import(new QPushButton(tr("&Import…"), this))
    , m_pages(new QStackedWidget(this))
{
    setObjectName(u"personasDialog"_s);
    setWindowTitle(tr("Personas"));
    auto *layout = new QVBoxLayout(this);
    auto *body = new QHBoxLayout;
    layout->addLayout(body, 1);

    auto *side = new QVBoxLayout;
    m_list->setObjectName(u"personaList"_s);
    m_list->setAccessibleName(tr("Personas of the map"));
    m_list->setIconSize({36, 36});
    m_list->setSpacing(2);
    m_list->setMinimumWidth(200);
    m_list->setMaximumWidth(260);
    side->addWidget(m_list, 1);
    // Return commits a field; it must not also press a button of the dialog.
    for (QPushButton *button : {m_add, m_remove, m_import})
        button->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    m_add->setToolTip(tr("Add a persona to the map"));
    m_remove->setToolTip(tr("Delete the persona with its emotion curve and card tags (Ctrl+Z brings it back)"));
    m_import->setToolTip(tr("Copy the personas of another map into this one"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    side->addLayout(buttons);
    side->addWidget(m_import);
    body->addLayout(side);

    auto *empty = new QLabel(tr("This map has no personas yet.\nAdd one, or import those of another map."), this);
    empty->setAlignment(Qt::AlignCenter);
    empty->setEnabled(false);
    m_pages->addWidget(empty);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_pages->addWidget(scroll);
    body->addWidget(m_pages, 1);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setAutoDefault(false);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &PersonasDialog::addPersona);
    connect(m_remove, &QPushButton::clicked, this, &PersonasDialog::removePersona);
    connect(m_import, &QPushButton::clicked, this, &PersonasDialog::importPersonas);
    connect(m_list, &QListWidget::currentRowChanged, this, &PersonasDialog::currentChanged);

    const Document *document = session->document();
    const auto later = [this] { QTimer::singleShot(0, this, &PersonasDialog::rebuildList); };
    connect(document, &Document::personaInserted, this, later);
    connect(document, &Document::personaRemoved, this, later);
    connect(document, &Document::personaMoved, this, later);
    connect(document, &Document::reset, this, later);
    connect(document, &Document::valueChanged, this, [later](const FieldRef &ref) {
        const auto field = PersonaField(ref.field);
        if (ref.entity == Entity::Persona
            && (field == PersonaField::Name || field == PersonaField::Role || field == PersonaField::Photo
                || field == PersonaField::Color))
            later();
    });
    // Its own window: the map's Undo and Redo work here too (after a field is left, Ctrl+Z
    // takes back what it committed).
    QAction *undo = session->undoStack()->createUndoAction(this);
    undo->setShortcuts(Shortcuts::undo());
    QAction *redo = session->undoStack()->createRedoAction(this);
    redo->setShortcuts(Shortcuts::redo());
    addActions({undo, redo});
    rebuildList();
    resize(980, 720);
}

PersonasDialog::~PersonasDialog()
{
    disconnect(m_list, nullptr, this, nullptr);
}

Id PersonasDialog::currentPersona() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).value<Id>() : 0;
}

void PersonasDialog::showPersona(Id persona)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).value<Id>() == persona)
            m_list->setCurrentRow(row);
    }
}

void PersonasDialog::rebuildList()
{
    if (!m_session)
        return;
    const Document *document = m_session->document();
    const Id keep = m_shown;
    m_rebuilding = true;
    m_list->clear();
    int current = -1;
    for (int i = 0; i < document->personas().size(); ++i) {
        const Persona &persona = document->personas().at(i);
        const QString name = persona.name.isEmpty() ? tr("Unnamed persona") : persona.name;
        auto *item = new QListWidgetItem(persona.role.isEmpty() ? name : name + u'\n' + persona.role, m_list);
        item->setData(Qt::UserRole, persona.id);
        item->setIcon(PersonaPhotoWell::portrait(persona.photo, persona.name, document->personaColor(persona.id), 36,
                                                 devicePixelRatioF()));
        if (persona.id == keep)
            current = i;
    }
    m_rebuilding = false;
    // The persona shown stays shown; if it went, its neighbour is.
    m_list->setCurrentRow(current >= 0 ? current : std::min(m_list->count() - 1, std::max(0, m_list->currentRow())));
    currentChanged();
}

void PersonasDialog::currentChanged()
{
    if (m_rebuilding)
        return;
    const Id persona = currentPersona();
    if (persona == m_shown && (m_editor || !persona)) {
        updateButtons();
        return;
    }
    if (m_editor)
        m_editor->commitPending();
    auto *scroll = static_cast<QScrollArea *>(m_pages->widget(1));
    delete scroll->takeWidget();
    m_editor = nullptr;
    m_shown = persona;
    if (persona) {
        m_editor = new PersonaEditor(m_session, persona);
        scroll->setWidget(m_editor);
        m_pages->setCurrentIndex(1);
    } else {
        m_pages->setCurrentIndex(0);
    }
    updateButtons();
}

void PersonasDialog::updateButtons()
{
    const bool editable = m_session && !m_session->document()->isReadOnly();
    m_add->setEnabled(editable);
    m_import->setEnabled(editable);
    m_remove->setEnabled(editable && currentPersona());
}

void PersonasDialog::addPersona()
{
    Document *document = m_session->document();
    Persona persona;
    persona.name = tr("New persona");
    auto *command = new AddPersonaCommand(document, int(document->personas().size()), persona);
    if (!m_session->push(command))
        return; // not written; the window says why
    rebuildList();
    showPersona(command->addedId());
    if (m_editor) {
        if (QWidget *name = m_editor->editorWidget(PersonaField::Name))
            name->setFocus(Qt::OtherFocusReason);
    }
}

void PersonasDialog::removePersona()
{
    if (const Id persona = currentPersona()) {
        if (m_editor)
            m_editor->commitPending();
        m_session->push(new RemovePersonaCommand(m_session->document(), persona));
        rebuildList();
    }
}

void PersonasDialog::importPersonas()
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Personas from a Map"),
                                                      settings.value(u"lastFolder"_s).toString(),
                                                      tr("Waymark maps (*.waymark)"));
    if (path.isEmpty())
        return;
    try {
        emit message(PersonaImporter::importFrom(m_session, path));
    } catch (const StoreError &e) {
        MessageBox::warning(this, tr("Cannot Import the Personas"), e.message());
    }
}

} // namespace Waymark
