#include "personaeditor.h"

#include "commands/setvaluecommand.h"
#include "document/document.h"
#include "editor/mapsession.h"
#include "inspector/fieldeditor.h"
#include "personaphotowell.h"

#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Waymark {

PersonaEditor::PersonaEditor(MapSession *session, Id persona, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_persona(persona)
{
    setObjectName(u"personaEditor"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);

    // Who: photo beside the short facts.
    auto *top = new QHBoxLayout;
    m_photo = new PersonaPhotoWell(session, persona, this);
    top->addWidget(m_photo, 0, Qt::AlignTop);
    auto *facts = new QFormLayout;
    facts->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const PersonaField field : {PersonaField::Name, PersonaField::Role, PersonaField::Age, PersonaField::Gender,
                                     PersonaField::Segment, PersonaField::Color}) {
        FieldEditor *editor = addEditor(field, this);
        auto *label = new QLabel(fieldLabel(Entity::Persona, int(field)), this);
        label->setBuddy(editor->focusTarget());
        facts->addRow(label, editor->widget());
    }
    top->addLayout(facts, 1);
    layout->addLayout(top);
    layout->addWidget(section(tr("Quote"), PersonaField::Quote, {}));

    // What drives them: two by two, like the empathy map below.
    auto *profile = new QGridLayout;
    profile->setSpacing(8);
    const PersonaField drivers[] = {PersonaField::Goals, PersonaField::Needs, PersonaField::Pains, PersonaField::Motivations};
    for (int i = 0; i < 4; ++i)
        profile->addWidget(section(fieldLabel(Entity::Persona, int(drivers[i])), drivers[i], {}), i / 2, i % 2, Qt::AlignTop);
    layout->addLayout(profile);

    auto *mapTitle = new QLabel(tr("Empathy map"), this);
    QFont bold = mapTitle->font();
    bold.setBold(true);
    mapTitle->setFont(bold);
    layout->addWidget(mapTitle);
    auto *empathy = new QGridLayout;
    empathy->setSpacing(4);
    const std::pair<PersonaField, QColor> quadrants[] = {
        {PersonaField::Says, QColor(0x25, 0x63, 0xeb)},
        {PersonaField::Thinks, QColor(0x7c, 0x3a, 0xed)},
        {PersonaField::Does, QColor(0x16, 0xa3, 0x4a)},
        {PersonaField::Feels, QColor(0xdc, 0x26, 0x26)},
    };
    for (int i = 0; i < 4; ++i) {
        const auto &[field, tint] = quadrants[i];
        empathy->addWidget(section(fieldLabel(Entity::Persona, int(field)), field, tint), i / 2, i % 2);
    }
    layout->addLayout(empathy);
    layout->addStretch();

    const Document *document = session->document();
    connect(document, &Document::valueChanged, this, &PersonaEditor::refresh);
    connect(document, &Document::reset, this, [this] { refresh({Entity::Persona, m_persona, -1}); });
    refresh({Entity::Persona, m_persona, -1});
}

PersonaEditor::~PersonaEditor()
{
    for (FieldEditor *editor : std::as_const(m_editors))
        disconnect(editor, nullptr, this, nullptr);
}

FieldEditor *PersonaEditor::addEditor(PersonaField field, QWidget *parent)
{
    FieldEditor *editor = FieldEditor::create(Entity::Persona, fieldSpec(Entity::Persona, int(field)), parent);
    editor->setReadOnly(m_session->document()->isReadOnly());
    m_editors.insert(int(field), editor);
    connect(editor, &FieldEditor::edited, this, [this, editor](const QVariant &value) { commit(editor, value); });
    return editor;
}

// A titled box around one long text field; `tint` colours an empathy-map quadrant.
QWidget *PersonaEditor::section(const QString &title, PersonaField field, const QColor &tint)
{
    auto *frame = new QFrame(this);
    frame->setObjectName(u"section_"_s + QString::fromLatin1(fieldSpec(Entity::Persona, int(field)).key));
    auto *box = new QVBoxLayout(frame);
    box->setContentsMargins(tint.isValid() ? 8 : 0, tint.isValid() ? 6 : 0, tint.isValid() ? 8 : 0, tint.isValid() ? 8 : 0);
    box->setSpacing(3);
    auto *label = new QLabel(title, frame);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    box->addWidget(label);
    FieldEditor *editor = addEditor(field, frame);
    label->setBuddy(editor->focusTarget());
    box->addWidget(editor->widget());
    if (tint.isValid()) {
        QColor wash = tint;
        wash.setAlpha(28);
        QColor edge = tint;
        edge.setAlpha(90);
        frame->setStyleSheet(u"QFrame#%1 { background: %2; border: 1px solid %3; border-radius: 6px; }"_s
                                 .arg(frame->objectName(), wash.name(QColor::HexArgb), edge.name(QColor::HexArgb)));
        QPalette pal = label->palette();
        pal.setColor(QPalette::WindowText, tint.darker(palette().color(QPalette::Window).lightness() < 128 ? 60 : 130));
        label->setPalette(pal);
    }
    return frame;
}

QWidget *PersonaEditor::editorWidget(PersonaField field) const
{
    const FieldEditor *editor = m_editors.value(int(field));
    return editor ? editor->focusTarget() : nullptr;
}

void PersonaEditor::refresh(const FieldRef &ref)
{
    if (ref.entity != Entity::Persona || ref.id != m_persona)
        return;
    const Document *document = m_session->document();
    if (!document->persona(m_persona))
        return;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        if (ref.field < 0 || ref.field == it.key())
            it.value()->setValues({document->value({Entity::Persona, m_persona, it.key()})});
    }
    const auto field = PersonaField(ref.field);
    if (ref.field < 0 || field == PersonaField::Photo || field == PersonaField::Name || field == PersonaField::Color)
        m_photo->refresh();
}

void PersonaEditor::commit(FieldEditor *editor, const QVariant &value)
{
    Document *document = m_session->document();
    const FieldRef ref{Entity::Persona, m_persona, editor->spec().field};
    QVariant normalized = value;
    if (!normalizeValue(editor->spec(), normalized).isEmpty() || document->value(ref) == normalized) {
        editor->setValues({document->value(ref)});
        return;
    }
    // Holding an arrow key in the age merges into one step, as long as nothing came between.
    const QUndoStack *stack = m_session->undoStack();
    const bool continues = editor->mergesRuns() && m_lastEditor == editor && stack->index() > 0
        && stack->command(stack->index() - 1) == m_lastCommand;
    auto *command = new SetValueCommand(document, ref, normalized);
    command->setMergeable(continues);
    const bool kept = m_session->push(command); // false: merged into m_lastCommand, or refused
    const QUndoCommand *top = stack->index() > 0 ? stack->command(stack->index() - 1) : nullptr;
    m_lastEditor = top && (kept || top == m_lastCommand) ? editor : nullptr;
    m_lastCommand = m_lastEditor ? top : nullptr;
    editor->setValues({document->value(ref)});
}

void PersonaEditor::commitPending()
{
    for (FieldEditor *editor : std::as_const(m_editors))
        editor->commitPending();
}

} // namespace Waymark
