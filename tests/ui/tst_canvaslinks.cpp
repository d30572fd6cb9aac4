// Links and filters as the user meets them: the inspector's list of the pain points an
// opportunity addresses (checking one is an undo step), the connectors drawn on the canvas
// for the selected or hovered card, and the persona and evidence filters that dim cards.

#include "canvas/emotionlaneitem.h"
#include "canvas/emotionpointitem.h"
#include "canvas/linkoverlayitem.h"
#include "canvasinput.h"
#include "commands/linkcardscommand.h"
#include "commands/removecommand.h"
#include "commands/setvaluecommand.h"
#include "inspector/cardlinklist.h"
#include "inspector/inspectordock.h"
#include "mainwindow/planningactions.h"
#include "roadmap/roadmapdock.h"

#include <QMenu>

#include <QLabel>
#include <QListWidget>
#include <QStyle>

using namespace Qt::StringLiterals;
using namespace Waymark;
using namespace Waymark::CanvasInput;

namespace {

QList<Id> cardsOfKind(const Document &doc, CardKind kind)
{
    QList<Id> ids;
    for (const Card &card : doc.snapshot().cards) {
        if (card.kind == kind)
            ids.append(card.id);
    }
    return ids;
}

QListWidgetItem *rowFor(QListWidget *list, Id card)
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole).value<Id>() == card)
            return list->item(row);
    }
    return nullptr;
}

} // namespace

class TestCanvasLinks : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void opportunityChecksPainPoints();
    void painPointListsItsOpportunities();
    void linksRowOnlyForOneOpportunityOrPain();
    void connectorsFollowSelectionAndHover();
    void hiddenLaneHidesConnectors();
    void personaFilterDimsOthersAndShowsOneCurve();
    void evidenceFilterDimsOtherEvidence();
    void windowMenusSetTheFilters();
    void screenshots();

private:
    Document *doc() const { return m_canvas->doc(); }
    CardLinkList *links() const { return m_inspector->findChild<CardLinkList *>(u"links"_s); }
    bool linksRowShown() const;
    void select(Id card);

    std::unique_ptr<Canvas> m_canvas;
    std::unique_ptr<InspectorDock> m_inspector;
};

void TestCanvasLinks::init()
{
    m_canvas = std::make_unique<Canvas>();
    QVERIFY(m_canvas->show());
    m_inspector = std::make_unique<InspectorDock>();
    m_inspector->setSession(&m_canvas->session);
    m_inspector->resize(360, 900);
    m_inspector->show();
    settle();
}

void TestCanvasLinks::cleanup()
{
    m_inspector->setSession(nullptr);
    m_inspector.reset();
    m_canvas.reset();
}

bool TestCanvasLinks::linksRowShown() const
{
    return links() && links()->isVisibleTo(m_inspector.get());
}

void TestCanvasLinks::select(Id card)
{
    m_canvas->session.selection()->select({Entity::Card, card});
    settle();
}

void TestCanvasLinks::opportunityChecksPainPoints()
{
    const Id opportunity = cardsOfKind(*doc(), CardKind::Opportunity).first();
    select(opportunity);
    QVERIFY(linksRowShown());
    const QList<Id> pains = cardsOfKind(*doc(), CardKind::PainPoint);
    QCOMPARE(links()->count(), int(pains.size())); // every pain point of the map, in map order
    for (int row = 0; row < links()->count(); ++row)
        QCOMPARE(links()->item(row)->data(Qt::UserRole).value<Id>(), pains.at(row));
    const QList<Id> linkedBefore = doc()->painPointsOf(opportunity);
    for (const Id pain : linkedBefore)
        QCOMPARE(rowFor(links(), pain)->checkState(), Qt::Checked);

    const Id target = pains.last();
    QVERIFY(!doc()->isLinked({opportunity, target}));
    rowFor(links(), target)->setCheckState(Qt::Checked);
    QVERIFY(doc()->isLinked({opportunity, target}));
    QCOMPARE(m_canvas->undo()->undoText(), u"Link Opportunity"_s);
    settle();
    QCOMPARE(rowFor(links(), target)->checkState(), Qt::Checked);

    rowFor(links(), target)->setCheckState(Qt::Unchecked);
    QVERIFY(!doc()->isLinked({opportunity, target}));
    QCOMPARE(m_canvas->undo()->undoText(), u"Unlink Opportunity"_s);
    m_canvas->undo()->undo();
    settle();
    QCOMPARE(rowFor(links(), target)->checkState(), Qt::Checked);
    m_canvas->undo()->undo();
    settle();
    QCOMPARE(rowFor(links(), target)->checkState(), Qt::Unchecked);
    QCOMPARE(doc()->painPointsOf(opportunity), linkedBefore);
}

void TestCanvasLinks::painPointListsItsOpportunities()
{
    Id pain = 0;
    for (const Id id : cardsOfKind(*doc(), CardKind::PainPoint)) {
        if (!doc()->opportunitiesOf(id).isEmpty())
            pain = id;
    }
    QVERIFY(pain);
    select(pain);
    QVERIFY(linksRowShown());
    const QList<Id> opportunities = doc()->opportunitiesOf(pain);
    QCOMPARE(links()->count(), int(opportunities.size()));
    QVERIFY(!(links()->item(0)->flags() & Qt::ItemIsUserCheckable)); // linked from the opportunity
    // Linking another opportunity elsewhere shows here too.
    const Id other = cardsOfKind(*doc(), CardKind::Opportunity).last();
    m_canvas->session.push(new LinkCardsCommand(doc(), {other, pain}));
    settle();
    QCOMPARE(links()->count(), int(opportunities.size()) + 1);
    QVERIFY(rowFor(links(), other));
    // Double-clicking a row goes to that card.
    emit links()->itemDoubleClicked(rowFor(links(), other));
    QCOMPARE(m_canvas->session.selection()->current(), (ElementRef{Entity::Card, other}));
}

void TestCanvasLinks::linksRowOnlyForOneOpportunityOrPain()
{
    select(cardsOfKind(*doc(), CardKind::Touchpoint).first());
    QVERIFY(!linksRowShown());
    const QList<Id> pains = cardsOfKind(*doc(), CardKind::PainPoint);
    m_canvas->session.selection()->set({{Entity::Card, pains.at(0)}, {Entity::Card, pains.at(1)}});
    settle();
    QVERIFY(!linksRowShown());
    // A card that becomes a pain point shows the row with its label.
    const Id note = cardsOfKind(*doc(), CardKind::Touchpoint).first();
    select(note);
    m_canvas->session.push(new SetValueCommand(doc(), fieldRef(note, CardField::Kind), keyOf(CardKind::PainPoint)));
    settle();
    QVERIFY(linksRowShown());
    const auto labels = m_inspector->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.begin(), labels.end(), [this](const QLabel *label) {
        return label->buddy() == links() && label->text() == u"Addressed by"_s;
    }));
}

void TestCanvasLinks::connectorsFollowSelectionAndHover()
{
    LinkOverlayItem *overlay = m_canvas->scene.linkOverlay();
    QCOMPARE(overlay->connectorCount(), 0);
    Id opportunity = 0;
    for (const Id id : cardsOfKind(*doc(), CardKind::Opportunity)) {
        if (!opportunity && !doc()->painPointsOf(id).isEmpty())
            opportunity = id;
    }
    QVERIFY(opportunity);
    const int links = int(doc()->painPointsOf(opportunity).size());
    click(&m_canvas->view, m_canvas->scene.cardItem(opportunity)->sceneBoundingRect().center());
    settle();
    QCOMPARE(overlay->connectorCount(), links);
    QVERIFY(!overlay->boundingRect().isEmpty());

    // Hovering a linked pain point adds its links; leaving the selection empty keeps only those.
    const Id pain = doc()->painPointsOf(opportunity).first();
    moveTo(&m_canvas->view, QPointF(5, 5), Qt::NoButton); // off the card just clicked
    m_canvas->scene.clearSelection();
    settle();
    QCOMPARE(overlay->connectorCount(), 0);
    moveTo(&m_canvas->view, m_canvas->scene.cardItem(pain)->sceneBoundingRect().center(), Qt::NoButton);
    settle();
    QCOMPARE(overlay->hoveredCard(), pain);
    QCOMPARE(overlay->connectorCount(), int(doc()->opportunitiesOf(pain).size()));
    moveTo(&m_canvas->view, QPointF(5, 5), Qt::NoButton);
    settle();
    QCOMPARE(overlay->connectorCount(), 0);
}

void TestCanvasLinks::hiddenLaneHidesConnectors()
{
    Id opportunity = 0;
    for (const Id id : cardsOfKind(*doc(), CardKind::Opportunity)) {
        if (!opportunity && !doc()->painPointsOf(id).isEmpty())
            opportunity = id;
    }
    select(opportunity);
    LinkOverlayItem *overlay = m_canvas->scene.linkOverlay();
    QVERIFY(overlay->connectorCount() > 0);
    m_canvas->scene.setLaneHidden(doc()->card(doc()->painPointsOf(opportunity).first())->lane, true);
    settle();
    QCOMPARE(overlay->connectorCount(), 0);
}

void TestCanvasLinks::personaFilterDimsOthersAndShowsOneCurve()
{
    QVERIFY(doc()->personas().size() >= 2);
    const Id first = doc()->personas().at(0).id;
    const Id second = doc()->personas().at(1).id;
    m_canvas->scene.setFilter({first, std::nullopt, {}});
    settle();
    int dimmed = 0;
    for (const Card &card : doc()->snapshot().cards) {
        // Untagged cards concern everyone; cards tagged only with others are dimmed.
        const bool expected = !card.personas.isEmpty() && !card.personas.contains(first);
        QCOMPARE(m_canvas->scene.cardItem(card.id)->isDimmed(), expected);
        dimmed += expected ? 1 : 0;
    }
    QVERIFY(dimmed > 0);
    EmotionLaneItem *lane = nullptr;
    for (const Lane &l : doc()->lanes()) {
        if (m_canvas->scene.emotionLane(l.id))
            lane = m_canvas->scene.emotionLane(l.id);
    }
    QVERIFY(lane);
    const Id stage = doc()->stages().first().id;
    QVERIFY(lane->pointItem(first, stage)->isVisible());
    QVERIFY(!lane->pointItem(second, stage)->isVisible());

    m_canvas->scene.setFilter({});
    for (const Card &card : doc()->snapshot().cards)
        QVERIFY(!m_canvas->scene.cardItem(card.id)->isDimmed());
    QVERIFY(lane->pointItem(second, stage)->isVisible());
}

void TestCanvasLinks::evidenceFilterDimsOtherEvidence()
{
    m_canvas->scene.setFilter({0, Evidence::Observed, {}});
    settle();
    Id assumed = 0;
    for (const Card &card : doc()->snapshot().cards) {
        QCOMPARE(m_canvas->scene.cardItem(card.id)->isDimmed(), card.evidence != Evidence::Observed);
        if (card.evidence == Evidence::Assumed)
            assumed = card.id;
    }
    // Marking a card observed (Ctrl+1) brings it forward at once.
    m_canvas->session.push(new SetValueCommand(doc(), fieldRef(assumed, CardField::Evidence), keyOf(Evidence::Observed)));
    settle();
    QVERIFY(!m_canvas->scene.cardItem(assumed)->isDimmed());
}

// View ▸ Persona and View ▸ Evidence in a main window, and the Roadmap dock it docks.
void TestCanvasLinks::windowMenusSetTheFilters()
{
    Window window;
    QVERIFY(window.open());
    PlanningActions *planning = window.window.planning();
    QVERIFY(planning->roadmapDock()->isHidden()); // until asked for
    QMenu *personas = planning->personaFilterMenu();
    emit personas->aboutToShow();
    const QList<QAction *> choices = personas->actions();
    const Id second = window.doc()->personas().at(1).id;
    QAction *secondChoice = nullptr;
    for (QAction *a : choices) {
        if (a->text() == window.doc()->personas().at(1).name)
            secondChoice = a;
    }
    QVERIFY(secondChoice);
    secondChoice->trigger();
    QCOMPARE(window.scene()->filter().persona, second);

    QMenu *evidence = planning->evidenceFilterMenu();
    emit evidence->aboutToShow();
    evidence->actions().last()->trigger(); // only proposed
    QCOMPARE(window.scene()->filter(), (CanvasFilter{second, Evidence::Proposed, {}}));
    // The status bar says what is dimmed and why, and offers the way back.
    QLabel *status = planning->filterStatus();
    QVERIFY(status->isVisibleTo(&window.window));
    QVERIFY2(status->text().contains(window.doc()->personas().at(1).name.toHtmlEscaped()), qPrintable(status->text()));
    QVERIFY2(status->text().contains(u"proposed"_s), qPrintable(status->text()));
    window.window.grab().save(Test::artifactPath(u"window-filtered.png"_s));
    emit status->linkActivated(u"clear"_s);
    QCOMPARE(window.scene()->filter(), CanvasFilter{});
    QVERIFY(!status->isVisibleTo(&window.window));
    window.scene()->setFilter({second, Evidence::Proposed, {}});
    emit personas->aboutToShow();
    QVERIFY(personas->actions().value(choices.indexOf(secondChoice))->isChecked());
    personas->actions().first()->trigger(); // all personas
    QCOMPARE(window.scene()->filter(), (CanvasFilter{0, Evidence::Proposed, {}}));

    // Deleting the persona a filter shows drops that part of the filter.
    window.scene()->setFilter({second, std::nullopt, {}});
    window.window.session()->push(new RemovePersonaCommand(window.doc(), second));
    QCOMPARE(window.scene()->filter().persona, Id(0));
}

void TestCanvasLinks::screenshots()
{
    QApplication::setPalette(QApplication::style()->standardPalette());
    Id opportunity = 0;
    for (const Id id : cardsOfKind(*doc(), CardKind::Opportunity)) {
        if (doc()->painPointsOf(id).size() >= 1 && !opportunity)
            opportunity = id;
    }
    // A second pain point for the picture: connectors fan out.
    const QList<Id> pains = cardsOfKind(*doc(), CardKind::PainPoint);
    m_canvas->session.push(new LinkCardsCommand(doc(), {opportunity, pains.at(2)}));
    select(opportunity);
    m_canvas->view.centerOn(m_canvas->scene.cardItem(opportunity));
    QTest::qWait(10);
    QVERIFY(m_canvas->view.grab().save(Test::artifactPath(u"canvas-links.png"_s)));
    QVERIFY(m_inspector->grab().save(Test::artifactPath(u"inspector-links.png"_s)));
    m_canvas->scene.setFilter({doc()->personas().at(1).id, std::nullopt, {}});
    QTest::qWait(10);
    QVERIFY(m_canvas->view.grab().save(Test::artifactPath(u"canvas-persona-filter.png"_s)));
}

QTEST_MAIN(TestCanvasLinks)
#include "tst_canvaslinks.moc"
