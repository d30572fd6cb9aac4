// The inspector dock: what it shows for each selection, that every edit is one undo step
// with the right name and undoes, that runs of spin-box changes merge, that several cards are
// edited as one, and that it follows the document without clobbering what the user types.

#include "commands/removecardcommand.h"
#include "commands/setcardpersonascommand.h"
#include "commands/setvaluecommand.h"
#include "document/document.h"
#include "editor/mapsession.h"
#include "editor/selection.h"
#include "inspector/inspectordock.h"
#include "support/testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStyle>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Waymark;

using PickElements = std::function<QList<ElementRef>(const Document &)>;
Q_DECLARE_METATYPE(PickElements)
Q_DECLARE_METATYPE(Waymark::Entity)
Q_DECLARE_METATYPE(Waymark::CardKind)

namespace {

QList<Id> cardsOfKind(const Document &doc, CardKind kind)
{
    QList<Id> ids;
    for (const Stage &stage : doc.stages()) {
        for (const Id id : doc.cardsOfStage(stage.id)) {
            if (doc.card(id)->kind == kind)
                ids.append(id);
        }
    }
    return ids;
}

ElementRef cardRef(const Document &doc, CardKind kind, int nth = 0)
{
    return {Entity::Card, cardsOfKind(doc, kind).value(nth)};
}

Id firstOf(const Document &doc, Entity entity)
{
    switch (entity) {
    case Entity::Map: return 1;
    case Entity::Stage: return doc.stages().first().id;
    case Entity::Lane: return doc.lanes().first().id;
    case Entity::Card: return cardsOfKind(doc, CardKind::PainPoint).first();
    case Entity::Persona: return doc.personas().first().id;
    case Entity::BusinessPeriod: return doc.businessPeriods().first().id;
    }
    return 0;
}

int fieldOf(Entity entity, const QString &key)
{
    for (int field = 0;; ++field) {
        if (QLatin1StringView(fieldSpec(entity, field).key) == key)
            return field;
    }
}

} // namespace

class TestInspector : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void emptyStateWithoutMap();
    void headerNamesWhatIsShown_data();
    void headerNamesWhatIsShown();
    void editIsOneUndoStep_data();
    void editIsOneUndoStep();
    void unchangedTextPushesNothing();
    void ctrlReturnCommitsParagraph();
    void spinRunMergesIntoOneStep();
    void runEndsOnFocusOutOtherFieldOrUndo();
    void fieldsMatchCardKind_data();
    void fieldsMatchCardKind();
    void labelsTooltipsAndRanges();
    void kindChangeShowsOtherFields();
    void differingValuesAreIndeterminate();
    void multiCardEditIsOneStep();
    void tagPersonas();
    void colourResetsToDefault();
    void externalChangeUpdatesWidget();
    void typingIsNotClobbered();
    void deletedElementFallsBack();
    void readOnlyMapCannotBeEdited();
    void pendingTextIsCommitted();
    void sessionGoneShowsEmptyState();
    void screenshots();

private:
    Document *doc() const { return m_session->document(); }
    QUndoStack *stack() const { return m_session->undoStack(); }
    void select(const QList<ElementRef> &elements) { m_session->selection()->set(elements); }
    template<typename W = QWidget>
    W *editor(const QString &key) const { return m_dock->findChild<W *>(key); }
    bool shown(const QString &key) const;
    QString header() const { return m_dock->findChild<QLabel *>(u"inspectorHeader"_s)->text(); }
    void push(const FieldRef &ref, const QVariant &value) { m_session->push(new SetValueCommand(doc(), ref, value)); }
    void leaveField() { m_elsewhere->setFocus(); }
    void drive(QWidget *widget, const QVariant &value);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MapSession> m_session;
    std::unique_ptr<QMainWindow> m_window;
    QLineEdit *m_elsewhere = nullptr;
    InspectorDock *m_dock = nullptr;
};

void TestInspector::init()
{
    m_dir = Test::scratchDir();
    m_session = std::make_unique<MapSession>(
        Test::documentFromTemplate(m_dir->filePath(u"map.waymark"_s), u"phone-store"_s), false);
    m_window = std::make_unique<QMainWindow>();
    m_elsewhere = new QLineEdit(m_window.get()); // the canvas, as far as focus goes
    m_window->setCentralWidget(m_elsewhere);
    m_dock = new InspectorDock(m_window.get());
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_dock->setSession(m_session.get());
    m_window->resize(760, 860);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestInspector::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_dir.reset();
}

bool TestInspector::shown(const QString &key) const
{
    const QWidget *w = editor(key);
    return w && w->isVisibleTo(m_dock);
}

// Edits a widget the way a user does: typing then leaving the field, or stepping a value.
void TestInspector::drive(QWidget *widget, const QVariant &value)
{
    widget->setFocus();
    if (auto *line = qobject_cast<QLineEdit *>(widget)) {
        line->selectAll();
        QTest::keyClicks(line, value.toString());
        leaveField();
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(widget)) {
        text->selectAll();
        const QStringList lines = value.toString().split(u'\n');
        for (int i = 0; i < lines.size(); ++i) {
            if (i > 0)
                QTest::keyClick(text, Qt::Key_Return);
            QTest::keyClicks(text, lines[i]);
        }
        leaveField();
    } else if (auto *spin = qobject_cast<QSpinBox *>(widget)) {
        spin->setValue(value.toInt());
    } else if (auto *doubleSpin = qobject_cast<QDoubleSpinBox *>(widget)) {
        doubleSpin->setValue(value.toDouble());
    } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
        combo->setCurrentIndex(combo->findData(value));
    } else {
        QFAIL("no way to drive this widget");
    }
}

void TestInspector::emptyStateWithoutMap()
{
    InspectorDock dock;
    QCOMPARE(dock.objectName(), u"inspectorDock"_s);
    QCOMPARE(dock.windowTitle(), u"Inspector"_s);
    const auto *message = dock.findChild<QLabel *>(u"inspectorMessage"_s);
    QVERIFY(message->isVisibleTo(&dock));
    QVERIFY(message->text().contains(u"No map is open"_s));
    QVERIFY(dock.findChildren<QLineEdit *>().isEmpty());

    m_dock->setSession(nullptr);
    QVERIFY(!editor(u"title"_s));
    m_dock->setSession(m_session.get());
    QCOMPARE(editor<QLineEdit>(u"title"_s)->text(), doc()->info().title);
}

void TestInspector::headerNamesWhatIsShown_data()
{
    QTest::addColumn<PickElements>("pick");
    QTest::addColumn<QString>("header");

    QTest::newRow("nothing: the map") << PickElements([](const Document &) { return QList<ElementRef>{}; }) << u"Map"_s;
    QTest::newRow("stage") << PickElements([](const Document &d) {
        return QList<ElementRef>{{Entity::Stage, d.stages().first().id}};
    }) << u"Stage"_s;
    QTest::newRow("lane") << PickElements([](const Document &d) {
        return QList<ElementRef>{{Entity::Lane, d.lanes().first().id}};
    }) << u"Lane — Customer actions"_s;
    QTest::newRow("persona") << PickElements([](const Document &d) {
        return QList<ElementRef>{{Entity::Persona, d.personas().first().id}};
    }) << u"Persona"_s;
    QTest::newRow("business period") << PickElements([](const Document &d) {
        return QList<ElementRef>{{Entity::BusinessPeriod, d.businessPeriods().first().id}};
    }) << u"Business Figures"_s;
    QTest::newRow("pain point") << PickElements([](const Document &d) {
        return QList<ElementRef>{cardRef(d, CardKind::PainPoint)};
    }) << u"Card — Pain point"_s;
    QTest::newRow("two pain points") << PickElements([](const Document &d) {
        return QList<ElementRef>{cardRef(d, CardKind::PainPoint), cardRef(d, CardKind::PainPoint, 1)};
    }) << u"2 cards — Pain point"_s;
    QTest::newRow("cards of two kinds") << PickElements([](const Document &d) {
        return QList<ElementRef>{cardRef(d, CardKind::PainPoint), cardRef(d, CardKind::Delight)};
    }) << u"2 cards"_s;
    QTest::newRow("stage and card") << PickElements([](const Document &d) {
        return QList<ElementRef>{{Entity::Stage, d.stages().first().id}, cardRef(d, CardKind::Note)};
    }) << u"2 items selected"_s;
    QTest::newRow("three stages") << PickElements([](const Document &d) {
        return QList<ElementRef>{{Entity::Stage, d.stages()[0].id}, {Entity::Stage, d.stages()[1].id},
                                 {Entity::Stage, d.stages()[2].id}};
    }) << u"3 items selected"_s;
}

void TestInspector::headerNamesWhatIsShown()
{
    QFETCH(PickElements, pick);
    QFETCH(QString, header);
    select(pick(*doc()));
    QCOMPARE(this->header(), header);
    const bool editable = !header.contains(u"selected"_s);
    QCOMPARE(m_dock->findChild<QLabel *>(u"inspectorMessage"_s)->isVisibleTo(m_dock), !editable);
    const QString nameKey = header.startsWith(u"Map"_s) || header.contains(u"ard"_s) ? u"title"_s
        : header == u"Business Figures"_s                                      ? u"period"_s
                                                                               : u"name"_s;
    QCOMPARE(shown(nameKey), editable);
}

void TestInspector::editIsOneUndoStep_data()
{
    QTest::addColumn<Entity>("entity");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("text");

    QTest::newRow("map title") << Entity::Map << u"title"_s << QVariant(u"Switching networks"_s) << u"Change Title"_s;
    QTest::newRow("map description") << Entity::Map << u"description"_s << QVariant(u"One\nTwo"_s)
                                     << u"Change Description"_s;
    QTest::newRow("stage name") << Entity::Stage << u"name"_s << QVariant(u"Browse"_s) << u"Rename Stage"_s;
    QTest::newRow("stage width") << Entity::Stage << u"width"_s << QVariant(420.0) << u"Resize Stage"_s;
    QTest::newRow("lane kind") << Entity::Lane << u"kind"_s << QVariant(u"thoughts"_s) << u"Change Kind"_s;
    QTest::newRow("card title") << Entity::Card << u"title"_s << QVariant(u"Queue at the till"_s) << u"Rename Card"_s;
    QTest::newRow("card description") << Entity::Card << u"description"_s << QVariant(u"Long wait"_s)
                                      << u"Change Description"_s;
    QTest::newRow("card severity") << Entity::Card << u"severity"_s << QVariant(qint64(1)) << u"Change Severity"_s;
    QTest::newRow("card evidence") << Entity::Card << u"evidence"_s << QVariant(u"proposed"_s) << u"Change Evidence"_s;
    QTest::newRow("persona role") << Entity::Persona << u"role"_s << QVariant(u"Nurse"_s) << u"Change Role"_s;
    QTest::newRow("persona age") << Entity::Persona << u"age"_s << QVariant(qint64(41)) << u"Change Age"_s;
    QTest::newRow("persona goals") << Entity::Persona << u"goals"_s << QVariant(u"Keep her number\nPay less"_s)
                                   << u"Change Goals"_s;
    QTest::newRow("customers beyond int") << Entity::BusinessPeriod << u"customers_start"_s
                                          << QVariant(qint64(3'000'000'000)) << u"Change Customers at start"_s;
    QTest::newRow("average order value") << Entity::BusinessPeriod << u"average_order_value"_s << QVariant(42.75)
                                         << u"Change Average order value"_s;
}

void TestInspector::editIsOneUndoStep()
{
    QFETCH(Entity, entity);
    QFETCH(QString, key);
    QFETCH(QVariant, value);
    QFETCH(QString, text);

    const FieldRef ref{entity, firstOf(*doc(), entity), fieldOf(entity, key)};
    if (entity != Entity::Map)
        select({{entity, ref.id}});
    const QVariant before = doc()->value(ref);
    QVERIFY2(before != value, "the row must change something");
    QWidget *widget = editor(key);
    QVERIFY2(widget && widget->isVisibleTo(m_dock), qPrintable(key));

    drive(widget, value);
    QCOMPARE(doc()->value(ref), value);
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(stack()->undoText(), text);

    stack()->undo();
    QCOMPARE(doc()->value(ref), before);
    stack()->redo();
    QCOMPARE(doc()->value(ref), value);
}

void TestInspector::unchangedTextPushesNothing()
{
    select({cardRef(*doc(), CardKind::PainPoint)});
    auto *title = editor<QLineEdit>(u"title"_s);
    const QString original = title->text();
    title->setFocus();
    QTest::keyClick(title, Qt::Key_Return); // Return without typing
    QTest::keyClicks(title, u"x"_s);
    QTest::keyClick(title, Qt::Key_Backspace); // typed and taken back
    leaveField();
    QCOMPARE(stack()->count(), 0);
    QCOMPARE(title->text(), original);

    // Escape never throws typing away: it keeps it, one step that undo takes back.
    title->setFocus();
    QTest::keyClick(title, Qt::Key_End);
    QTest::keyClicks(title, u" (draft)"_s);
    QTest::keyClick(title, Qt::Key_Escape);
    QCOMPARE(title->text(), original + u" (draft)"_s);
    leaveField();
    QCOMPARE(stack()->count(), 1);
    stack()->undo();
    QCOMPARE(title->text(), original);
}

void TestInspector::ctrlReturnCommitsParagraph()
{
    auto *description = editor<QPlainTextEdit>(u"description"_s);
    description->setFocus();
    description->selectAll();
    QTest::keyClicks(description, u"First"_s);
    QTest::keyClick(description, Qt::Key_Return); // a new line, not a commit
    QTest::keyClicks(description, u"Second"_s);
    QCOMPARE(stack()->count(), 0);
    QTest::keyClick(description, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(doc()->info().description, u"First\nSecond"_s);
    QCOMPARE(stack()->count(), 1);
    QVERIFY(description->hasFocus());
    leaveField(); // nothing more to commit
    QCOMPARE(stack()->count(), 1);
}

void TestInspector::spinRunMergesIntoOneStep()
{
    const ElementRef card = cardRef(*doc(), CardKind::PainPoint);
    const FieldRef severity = fieldRef(card.id, CardField::Severity);
    push(severity, qint64(1));
    select({card});
    auto *spin = editor<QSpinBox>(u"severity"_s);
    QCOMPARE(spin->value(), 1);
    QCOMPARE(spin->minimum(), Card::MinScale);
    QCOMPARE(spin->maximum(), Card::MaxScale);

    spin->setFocus();
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(spin, Qt::Key_Up);
    QCOMPARE(doc()->value(severity), QVariant(qint64(4)));
    QCOMPARE(stack()->count(), 2); // the set-up step and one run
    QCOMPARE(stack()->undoText(), u"Change Severity"_s);

    // Past the range nothing changes: an invalid value cannot be entered.
    QTest::keyClick(spin, Qt::Key_Up);
    QTest::keyClick(spin, Qt::Key_Up);
    QCOMPARE(doc()->value(severity), QVariant(qint64(5)));
    QCOMPARE(stack()->count(), 2);

    stack()->undo();
    QCOMPARE(doc()->value(severity), QVariant(qint64(1)));
    QCOMPARE(spin->value(), 1);

    // Back down to where it began: the run nets to nothing and leaves no step.
    leaveField();
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_Up);
    QTest::keyClick(spin, Qt::Key_Down);
    QCOMPARE(doc()->value(severity), QVariant(qint64(1)));
    QCOMPARE(stack()->count(), 1);
}

void TestInspector::runEndsOnFocusOutOtherFieldOrUndo()
{
    const ElementRef card = cardRef(*doc(), CardKind::PainPoint);
    const FieldRef severity = fieldRef(card.id, CardField::Severity);
    push(severity, qint64(1));
    select({card});
    auto *spin = editor<QSpinBox>(u"severity"_s);
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_Up);
    QTest::keyClick(spin, Qt::Key_Up);
    QCOMPARE(stack()->count(), 2);

    // Focus out and back in.
    leaveField();
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_Up);
    QTest::keyClick(spin, Qt::Key_Up);
    QCOMPARE(stack()->count(), 3);
    QCOMPARE(doc()->value(severity), QVariant(qint64(5)));

    // An undo: the step now on top changed this same field, and must not absorb the next.
    stack()->undo();
    QCOMPARE(spin->value(), 3);
    QTest::keyClick(spin, Qt::Key_Up);
    QCOMPARE(stack()->count(), 3);
    QCOMPARE(stack()->index(), 3);
    stack()->undo();
    QCOMPARE(doc()->value(severity), QVariant(qint64(3)));
    stack()->redo();

    // Another field edited in between.
    auto *evidence = editor<QComboBox>(u"evidence"_s);
    evidence->setCurrentIndex(evidence->findData(u"proposed"_s));
    QCOMPARE(stack()->count(), 4);
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_Down);
    QCOMPARE(stack()->count(), 5);
    QCOMPARE(doc()->value(severity), QVariant(qint64(3)));
}

void TestInspector::fieldsMatchCardKind_data()
{
    QTest::addColumn<CardKind>("kind");
    QTest::addColumn<QStringList>("shownKeys");
    QTest::addColumn<QStringList>("hiddenKeys");

    const QStringList always{u"kind"_s, u"title"_s, u"description"_s, u"color"_s, u"evidence"_s, u"personas"_s};
    QTest::newRow("touchpoint") << CardKind::Touchpoint << always + QStringList{u"channel"_s}
                                << QStringList{u"severity"_s, u"effort"_s, u"impact"_s, u"owner"_s, u"status"_s};
    QTest::newRow("pain point") << CardKind::PainPoint << always + QStringList{u"severity"_s}
                                << QStringList{u"channel"_s, u"effort"_s, u"impact"_s, u"owner"_s, u"status"_s};
    QTest::newRow("opportunity") << CardKind::Opportunity
                                 << always + QStringList{u"effort"_s, u"impact"_s, u"owner"_s, u"status"_s}
                                 << QStringList{u"channel"_s, u"severity"_s};
    QTest::newRow("delight") << CardKind::Delight << always
                             << QStringList{u"channel"_s, u"severity"_s, u"effort"_s, u"impact"_s, u"owner"_s, u"status"_s};
    QTest::newRow("note") << CardKind::Note << always
                          << QStringList{u"channel"_s, u"severity"_s, u"effort"_s, u"impact"_s, u"owner"_s, u"status"_s};
}

void TestInspector::fieldsMatchCardKind()
{
    QFETCH(CardKind, kind);
    QFETCH(QStringList, shownKeys);
    QFETCH(QStringList, hiddenKeys);
    select({cardRef(*doc(), kind)});
    for (const QString &key : std::as_const(shownKeys))
        QVERIFY2(shown(key), qPrintable(key));
    for (const QString &key : std::as_const(hiddenKeys))
        QVERIFY2(!shown(key), qPrintable(key));
    QCOMPARE(editor<QComboBox>(u"kind"_s)->currentData().toString(), keyOf(kind));
}

void TestInspector::labelsTooltipsAndRanges()
{
    const Id persona = doc()->personas().first().id;
    select({{Entity::Persona, persona}});
    auto *age = editor<QSpinBox>(u"age"_s);
    QCOMPARE(age->maximum(), Persona::MaxAge);
    QVERIFY(age->toolTip().startsWith(u"Age: a whole number from 0 to 120"_s));
    push(fieldRef(persona, PersonaField::Age), qint64(0));
    QCOMPARE(age->text(), u"not given"_s);
    QVERIFY(!editor(u"photo"_s)); // blobs get an editor of their own later
    QCOMPARE(editor<QPlainTextEdit>(u"goals"_s)->placeholderText(), u"One per line"_s);

    // Every editor has a label that names it and leads to it.
    const QList<QLabel *> labels = m_dock->findChildren<QLabel *>();
    for (const QString &key : {u"name"_s, u"age"_s, u"quote"_s, u"color"_s}) {
        const auto found = std::find_if(labels.begin(), labels.end(),
                                        [&](const QLabel *label) { return label->buddy() == editor(key); });
        QVERIFY2(found != labels.end(), qPrintable(key));
        QCOMPARE(editor(key)->accessibleName(), (*found)->text());
    }
}

void TestInspector::kindChangeShowsOtherFields()
{
    const ElementRef card = cardRef(*doc(), CardKind::PainPoint);
    select({card});
    auto *kind = editor<QComboBox>(u"kind"_s);
    kind->setFocus();
    kind->setCurrentIndex(kind->findData(u"opportunity"_s));
    QCOMPARE(doc()->card(card.id)->kind, CardKind::Opportunity);
    QCOMPARE(stack()->undoText(), u"Change Kind"_s);
    QCOMPARE(header(), u"Card — Opportunity"_s);
    QVERIFY(shown(u"effort"_s));
    QVERIFY(!shown(u"severity"_s));
    QVERIFY(kind->hasFocus()); // the form was not rebuilt under the user's hands

    stack()->undo();
    QCOMPARE(header(), u"Card — Pain point"_s);
    QVERIFY(shown(u"severity"_s));
    QCOMPARE(kind->currentData().toString(), u"pain_point"_s);
}

void TestInspector::differingValuesAreIndeterminate()
{
    const ElementRef pain = cardRef(*doc(), CardKind::PainPoint);
    const ElementRef delight = cardRef(*doc(), CardKind::Delight);
    select({pain, delight});

    auto *title = editor<QLineEdit>(u"title"_s);
    QVERIFY(title->text().isEmpty());
    QCOMPARE(title->placeholderText(), u"Multiple values"_s);
    QCOMPARE(editor<QPlainTextEdit>(u"description"_s)->placeholderText(), u"Multiple values"_s);
    QCOMPARE(editor<QComboBox>(u"kind"_s)->currentIndex(), -1);
    QVERIFY(!shown(u"severity"_s)); // not common to both

    // Leaving an indeterminate field untouched changes nothing.
    title->setFocus();
    leaveField();
    QCOMPARE(stack()->count(), 0);

    // Equal values show as one value.
    push(fieldRef(delight.id, CardField::Evidence), doc()->value(fieldRef(pain.id, CardField::Evidence)));
    QCOMPARE(editor<QComboBox>(u"evidence"_s)->currentData(), doc()->value(fieldRef(pain.id, CardField::Evidence)));
}

void TestInspector::multiCardEditIsOneStep()
{
    const QList<Id> ids = cardsOfKind(*doc(), CardKind::PainPoint).first(3);
    for (int i = 0; i < 3; ++i)
        push(fieldRef(ids[i], CardField::Severity), qint64(i + 1));
    stack()->clear();
    QList<ElementRef> elements;
    for (const Id id : ids)
        elements.append({Entity::Card, id});
    select(elements);

    auto *spin = editor<QSpinBox>(u"severity"_s);
    QCOMPARE(spin->text(), u"Multiple values"_s);
    QTest::keyClick(spin, Qt::Key_Up); // from "Multiple values" to the minimum
    QCOMPARE(spin->value(), 1);
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(stack()->undoText(), u"Change Severity (3 cards)"_s);
    for (const Id id : ids)
        QCOMPARE(doc()->card(id)->severity, 1);
    stack()->undo();
    for (int i = 0; i < 3; ++i)
        QCOMPARE(doc()->card(ids[i])->severity, i + 1);
    QCOMPARE(spin->text(), u"Multiple values"_s);

    drive(editor(u"title"_s), u"Same title"_s);
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(stack()->undoText(), u"Rename Card (3 cards)"_s);
    for (const Id id : ids)
        QCOMPARE(doc()->card(id)->title, u"Same title"_s);
    QCOMPARE(editor<QLineEdit>(u"title"_s)->text(), u"Same title"_s);
    stack()->undo();
    QCOMPARE(doc()->card(ids[0])->title, doc()->card(ids[0])->title);
    QVERIFY(doc()->card(ids[0])->title != u"Same title"_s);
    QVERIFY(editor<QLineEdit>(u"title"_s)->text().isEmpty());
}

void TestInspector::tagPersonas()
{
    const Id priya = doc()->personas().first().id;
    ElementRef card;
    ElementRef tagged;
    for (const Id id : cardsOfKind(*doc(), CardKind::PainPoint)) {
        const QList<Id> &personas = doc()->card(id)->personas;
        if (personas.isEmpty() && !card.id)
            card = {Entity::Card, id};
        if (personas == QList<Id>{priya} && !tagged.id)
            tagged = {Entity::Card, id};
    }
    QVERIFY(card.id && tagged.id);
    select({card});
    auto *list = editor<QListWidget>(u"personas"_s);
    QCOMPARE(list->count(), doc()->personas().size());
    QCOMPARE(list->item(0)->text(), doc()->personas().first().name);
    QCOMPARE(list->item(0)->checkState(), Qt::Unchecked);

    list->item(0)->setCheckState(Qt::Checked);
    QCOMPARE(doc()->card(card.id)->personas, QList<Id>{priya});
    QCOMPARE(stack()->undoText(), u"Tag Card with Personas"_s);
    stack()->undo();
    QVERIFY(doc()->card(card.id)->personas.isEmpty());
    QCOMPARE(list->item(0)->checkState(), Qt::Unchecked);

    // Two cards, one tagged: partly checked; checking tags both as one step.
    select({card, tagged});
    list = editor<QListWidget>(u"personas"_s);
    QCOMPARE(list->item(0)->checkState(), Qt::PartiallyChecked);
    list->item(0)->setCheckState(Qt::Checked);
    QCOMPARE(doc()->card(card.id)->personas, QList<Id>{priya});
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(stack()->undoText(), u"Tag Card with Personas (2 cards)"_s);
    stack()->undo();
    QVERIFY(doc()->card(card.id)->personas.isEmpty());
    QCOMPARE(doc()->card(tagged.id)->personas, QList<Id>{priya});
    QCOMPARE(list->item(0)->checkState(), Qt::PartiallyChecked);

    // Renaming a persona elsewhere renames it here.
    push(fieldRef(priya, PersonaField::Name), u"Priya S."_s);
    QCOMPARE(list->item(0)->text(), u"Priya S."_s);
}

void TestInspector::colourResetsToDefault()
{
    const ElementRef card = cardRef(*doc(), CardKind::PainPoint);
    const FieldRef color = fieldRef(card.id, CardField::Color);
    select({card});
    auto *swatch = editor<QToolButton>(u"color"_s);
    auto *reset = editor<QToolButton>(u"colorDefault"_s);
    QCOMPARE(swatch->text(), u"Default"_s);
    QVERIFY(!reset->isEnabled());

    push(color, u"#ff8800"_s);
    QCOMPARE(swatch->text(), u"#FF8800"_s);
    QVERIFY(reset->isEnabled());
    QTest::mouseClick(reset, Qt::LeftButton);
    QCOMPARE(doc()->value(color), QVariant(QString()));
    QCOMPARE(stack()->undoText(), u"Recolour Card"_s);
    QCOMPARE(swatch->text(), u"Default"_s);
    stack()->undo();
    QCOMPARE(swatch->text(), u"#FF8800"_s);
}

void TestInspector::externalChangeUpdatesWidget()
{
    const ElementRef card = cardRef(*doc(), CardKind::PainPoint);
    select({card});
    auto *title = editor<QLineEdit>(u"title"_s);
    const QString original = title->text();
    push(fieldRef(card.id, CardField::Title), u"Changed on the canvas"_s);
    QCOMPARE(title->text(), u"Changed on the canvas"_s);
    push(fieldRef(card.id, CardField::Severity), qint64(2));
    QCOMPARE(editor<QSpinBox>(u"severity"_s)->value(), 2);
    m_session->push(new SetCardPersonasCommand(doc(), card.id, {doc()->personas().last().id}));
    QCOMPARE(editor<QListWidget>(u"personas"_s)->item(1)->checkState(), Qt::Checked);

    stack()->undo();
    stack()->undo();
    stack()->undo();
    QCOMPARE(title->text(), original);
    QCOMPARE(editor<QListWidget>(u"personas"_s)->item(1)->checkState(), Qt::Unchecked);
}

void TestInspector::typingIsNotClobbered()
{
    const ElementRef card = cardRef(*doc(), CardKind::PainPoint);
    select({card});
    auto *title = editor<QLineEdit>(u"title"_s);
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, u"Half typed"_s);

    push(fieldRef(card.id, CardField::Severity), qint64(1));
    push(fieldRef(card.id, CardField::Title), u"Someone else's title"_s);
    QCOMPARE(title->text(), u"Half typed"_s);
    QVERIFY(title->hasFocus());

    QTest::keyClick(title, Qt::Key_Return);
    QCOMPARE(doc()->card(card.id)->title, u"Half typed"_s);
    QCOMPARE(stack()->count(), 3);
}

void TestInspector::deletedElementFallsBack()
{
    const QList<Id> ids = cardsOfKind(*doc(), CardKind::PainPoint).first(3);
    select({{Entity::Card, ids[0]}, {Entity::Card, ids[1]}, {Entity::Card, ids[2]}});
    QCOMPARE(header(), u"3 cards — Pain point"_s);
    m_session->push(new RemoveCardCommand(doc(), ids[1]));
    QCOMPARE(header(), u"2 cards — Pain point"_s);

    select({{Entity::Card, ids[0]}});
    editor<QLineEdit>(u"title"_s)->setFocus();
    m_session->push(new RemoveCardCommand(doc(), ids[0]));
    QCOMPARE(header(), u"Map"_s);
    QCOMPARE(editor<QLineEdit>(u"title"_s)->text(), doc()->info().title);
    QTest::qWait(0); // the old form goes at the next turn of the loop
    QCOMPARE(m_dock->findChildren<QLineEdit *>(u"title"_s).size(), 1);
}

void TestInspector::readOnlyMapCannotBeEdited()
{
    const QString path = m_dir->filePath(u"readonly.waymark"_s);
    Test::documentFromTemplate(path, u"phone-store"_s).reset();
    MapSession session(Document::open(path, Store::Access::ReadOnly), false);
    QVERIFY(session.document()->isReadOnly());
    m_dock->setSession(&session);
    session.selection()->select(cardRef(*session.document(), CardKind::PainPoint));

    QVERIFY(m_dock->findChild<QLabel *>(u"inspectorReadOnlyNote"_s)->isVisibleTo(m_dock));
    QVERIFY(editor<QLineEdit>(u"title"_s)->isReadOnly());
    QVERIFY(editor<QPlainTextEdit>(u"description"_s)->isReadOnly());
    QVERIFY(editor<QSpinBox>(u"severity"_s)->isReadOnly());
    QVERIFY(!editor<QComboBox>(u"kind"_s)->isEnabled());
    QVERIFY(!editor<QToolButton>(u"color"_s)->isEnabled());
    QVERIFY(!(editor<QListWidget>(u"personas"_s)->item(0)->flags() & Qt::ItemIsUserCheckable));
    QTest::keyClick(editor(u"severity"_s), Qt::Key_Up);
    QCOMPARE(session.undoStack()->count(), 0);
    m_dock->setSession(m_session.get());
}

void TestInspector::pendingTextIsCommitted()
{
    const QList<Id> cards = cardsOfKind(*doc(), CardKind::PainPoint);
    select({{Entity::Card, cards[0]}});
    auto *title = editor<QLineEdit>(u"title"_s);
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, u"Typed before closing"_s);
    m_dock->setSession(nullptr); // the window closes the map: at once, while it is there
    QCOMPARE(doc()->card(cards[0])->title, u"Typed before closing"_s);
    QCOMPARE(stack()->count(), 1);

    // The selection moves on without focus leaving the field (a shortcut, a menu): the text
    // goes to the card it was typed for, once the selection's signal is done.
    m_dock->setSession(m_session.get());
    select({{Entity::Card, cards[1]}});
    title = editor<QLineEdit>(u"title"_s);
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, u"Typed before moving on"_s);
    select({{Entity::Card, cards[2]}});
    QTRY_COMPARE(doc()->card(cards[1])->title, u"Typed before moving on"_s);
    QVERIFY(doc()->card(cards[2])->title != u"Typed before moving on"_s);
    QCOMPARE(stack()->count(), 2);
}

void TestInspector::sessionGoneShowsEmptyState()
{
    auto session = std::make_unique<MapSession>(
        Test::documentFromTemplate(m_dir->filePath(u"other.waymark"_s), u"phone-store"_s), false);
    m_dock->setSession(session.get());
    auto *title = editor<QLineEdit>(u"title"_s);
    title->setFocus();
    QTest::keyClicks(title, u" typed"_s);
    session.reset();
    QTest::qWait(0);
    QVERIFY(m_dock->findChild<QLabel *>(u"inspectorMessage"_s)->isVisibleTo(m_dock));
    QVERIFY(!m_dock->session());
}

void TestInspector::screenshots()
{
    QApplication::setPalette(QApplication::style()->standardPalette());
    const auto save = [this](const QString &name) {
        QTest::qWait(10); // let the layouts settle, as they do before a user sees anything
        QVERIFY(m_dock->grab().save(Test::artifactPath(name)));
    };
    select({cardRef(*doc(), CardKind::Opportunity)});
    save(u"inspector-card.png"_s);
    select({{Entity::Persona, doc()->personas().first().id}});
    save(u"inspector-persona.png"_s);
    const QList<Id> pains = cardsOfKind(*doc(), CardKind::PainPoint);
    select({{Entity::Card, pains[0]}, {Entity::Card, pains[3]}, {Entity::Card, pains[5]}});
    save(u"inspector-cards.png"_s);
    select({});
    save(u"inspector-map.png"_s);
    select({{Entity::BusinessPeriod, doc()->businessPeriods().first().id}});
    save(u"inspector-business.png"_s);

    // A dark palette as a desktop theme sets it: the dock must follow it everywhere.
    QPalette dark(QColor(0x35, 0x35, 0x35), QColor(0x2b, 0x2b, 0x2b)); // derives the bevel roles
    dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x70, 0x70, 0x70));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x70, 0x70, 0x70));
    dark.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    QApplication::setPalette(dark);
    select({{Entity::Card, pains[0]}, {Entity::Card, pains[3]}});
    save(u"inspector-cards-dark.png"_s);
    QApplication::setPalette(QApplication::style()->standardPalette());
}

QTEST_MAIN(TestInspector)
#include "tst_inspector.moc"
