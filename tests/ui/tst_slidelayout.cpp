// The slide layout that the presentation, the PDF slides and the PPTX share, measured as a
// room sees it: every built-in template at 1920 × 1080 (and the 1600 × 1000 of a laptop),
// card titles of at least 1/40 of the height inside the screen, lane labels beside their
// cards, a stage that does not fit going on on further slides, and the view filter in the title.

#include "document/document.h"
#include "metrics/metricsreport.h"
#include "slides/slidedeck.h"
#include "slides/slidefigures.h"
#include "slides/slidelayout.h"
#include "slides/slidenotes.h"
#include "slides/slidestyle.h"
#include "support/testsupport.h"
#include "templates/templatelibrary.h"

#include <QApplication>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Waymark;

class TestSlideLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readableAtADistance_data();
    void readableAtADistance();
    void continuedWhenACellIsFull_data();
    void continuedWhenACellIsFull();
    void hiddenLanesAreLeftOut();
    void viewFilterInTheTitle();
    void panelOffGivesTheCardsTheWidth();
    void notesCarryEvidenceAndSurvey();
    void emptyStageSaysSo();

private:
    std::unique_ptr<Document> open(const QString &templateName);
    static QString check(const Document &document, const SlideDeck &deck, const SlidePicture &picture, int index, double scale,
                         double screenHeight);

    std::unique_ptr<QTemporaryDir> m_dir;
    int m_counter = 0;
};

void TestSlideLayout::initTestCase()
{
    m_dir = Test::scratchDir();
}

std::unique_ptr<Document> TestSlideLayout::open(const QString &templateName)
{
    return Test::documentFromTemplate(m_dir->filePath(u"map%1.waymark"_s.arg(++m_counter)), templateName);
}

// The first thing wrong with a stage slide shown `scale` pixels per unit, or nothing.
QString TestSlideLayout::check(const Document &document, const SlideDeck &deck, const SlidePicture &picture, int index,
                               double scale, double screenHeight)
{
    const SlideDeck::Slide &slide = deck.at(index);
    const QRectF screen = deck.frame().slide();
    const QString where = deck.title(document, index);
    QList<QRectF> cards;
    for (const SlideText &title : picture.texts(SlideRole::CardTitle)) {
        if (title.size * scale < screenHeight / 40)
            return u"%1: \"%2\" is %3 px high"_s.arg(where, title.text()).arg(title.size * scale);
        if (!screen.contains(title.rect))
            return u"%1: \"%2\" is off the screen"_s.arg(where, title.text());
        if (!slide.shows(title.card))
            return u"%1: \"%2\" is not in the deck's slide"_s.arg(where, title.text());
        const QRectF box = picture.cardRect(title.card);
        if (!box.contains(title.rect))
            return u"%1: \"%2\" spills out of its card"_s.arg(where, title.text());
        if (deck.frame().panel && box.intersects(deck.frame().panelRect()))
            return u"%1: \"%2\" is under the figures"_s.arg(where, title.text());
        for (const QRectF &other : cards) {
            if (other.intersects(box))
                return u"%1: \"%2\" overlaps another card"_s.arg(where, title.text());
        }
        cards.append(box);
    }
    if (picture.texts(SlideRole::CardTitle).size() != slide.cards().size())
        return u"%1: %2 titles for %3 cards"_s.arg(where).arg(picture.texts(SlideRole::CardTitle).size()).arg(slide.cards().size());
    // Every lane with cards here is labelled, on screen, level with its first card.
    QHash<Id, SlideText> labels;
    for (const SlideText &label : picture.texts(SlideRole::LaneLabel)) {
        if (!screen.contains(label.rect) || label.size * scale < screenHeight / 50)
            return u"%1: lane label \"%2\" is unreadable"_s.arg(where, label.text());
        labels.insert(label.lane, label);
    }
    for (const SlideBlock &block : slide.blocks) {
        const auto label = labels.constFind(block.lane);
        if (label == labels.constEnd())
            return u"%1: lane \"%2\" has no label"_s.arg(where, document.lane(block.lane)->name);
        if (label->text() != document.lane(block.lane)->name)
            return u"%1: lane label \"%2\""_s.arg(where, label->text());
        if (label->rect.right() > deck.frame().cardsLeft())
            return u"%1: lane label \"%2\" runs into the cards"_s.arg(where, label->text());
    }
    const QList<SlideText> titles = picture.texts(SlideRole::Title);
    if (titles.size() != 1 || titles.first().text() != where || !screen.contains(titles.first().rect))
        return u"%1: the slide's title is not its stage's"_s.arg(where);
    return {};
}

void TestSlideLayout::readableAtADistance_data()
{
    QTest::addColumn<QString>("templateName");
    QTest::addColumn<QSize>("screen");
    for (const TemplateLibrary::Entry &entry : TemplateLibrary::entries()) {
        QTest::newRow(qPrintable(entry.name + u" 1920x1080"_s)) << entry.name << QSize(1920, 1080);
        QTest::newRow(qPrintable(entry.name + u" 1600x1000"_s)) << entry.name << QSize(1600, 1000);
    }
    QTest::newRow("phone-store 1024x768") << u"phone-store"_s << QSize(1024, 768);
}

void TestSlideLayout::readableAtADistance()
{
    QFETCH(QString, templateName);
    QFETCH(QSize, screen);
    const auto doc = open(templateName);
    const double scale = screen.height() / SlideStyle::Height;
    const SlideDeck deck(*doc, SlideStyle::Frame{screen.width() / scale, true});
    const SlideFigures figures = SlideFigures::fromDocument(*doc);
    const SlideLayout layout(*doc, deck, figures);

    QCOMPARE(deck.at(0).stage, Id(0));
    QVERIFY(deck.frame().panelRect().width() <= 0.3 * deck.frame().width);
    QHash<Id, int> seen;
    for (int i = 1; i < deck.count(); ++i) {
        const SlidePicture picture = layout.picture(i);
        QCOMPARE(picture.size, QSizeF(deck.frame().width, SlideStyle::Height));
        const QString problem = check(*doc, deck, picture, i, scale, screen.height());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        for (const Id card : deck.at(i).cards())
            ++seen[card];
    }
    // Every card of every stage is on exactly one slide, and the stages come in map order.
    int cards = 0;
    for (const Stage &stage : doc->stages()) {
        for (const Id card : doc->cardsOfStage(stage.id)) {
            QCOMPARE(seen.value(card), 1);
            ++cards;
        }
    }
    QCOMPARE(int(seen.size()), cards);
    for (int i = 2; i < deck.count(); ++i)
        QVERIFY(doc->stageIndex(deck.at(i).stage) >= doc->stageIndex(deck.at(i - 1).stage));
}

void TestSlideLayout::continuedWhenACellIsFull_data()
{
    QTest::addColumn<int>("extra");
    QTest::addColumn<bool>("continued");
    QTest::newRow("a few more") << 2 << false;
    QTest::newRow("a full cell") << 40 << true;
    QTest::newRow("a very full cell") << 120 << true;
}

void TestSlideLayout::continuedWhenACellIsFull()
{
    QFETCH(int, extra);
    QFETCH(bool, continued);
    const auto doc = open(u"blank"_s);
    const Stage &stage = doc->stages().at(1);
    Id lane = 0;
    for (const Lane &l : doc->lanes()) {
        if (l.kind == LaneKind::Touchpoints)
            lane = l.id;
    }
    for (int i = 0; i < extra; ++i) {
        Card card;
        card.stage = stage.id;
        card.lane = lane;
        card.position = i;
        card.kind = CardKind::Touchpoint;
        card.title = u"Touchpoint %1 with a title that takes two lines"_s.arg(i + 1);
        card.description = u"What the customer meets here, in a sentence or two."_s;
        doc->insertCard(card);
    }
    const SlideDeck deck(*doc, SlideStyle::Frame{});
    const SlideLayout layout(*doc, deck, SlideFigures::fromDocument(*doc));
    const int first = deck.indexOf(stage.id);
    const int parts = deck.at(first).parts;
    QCOMPARE(parts > 1, continued);
    QList<Id> shown;
    for (int p = 1; p <= parts; ++p) {
        const int index = deck.indexOf(stage.id, p);
        QCOMPARE(index, first + p - 1);
        QCOMPARE(deck.title(*doc, index), parts > 1 ? u"%1, %2 of %3"_s.arg(stage.name).arg(p).arg(parts) : stage.name);
        const SlidePicture picture = layout.picture(index);
        const QString problem = check(*doc, deck, picture, index, 1, SlideStyle::Height);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // Not shrunk: the same size on every part, and nothing below the cards' area.
        for (const SlideText &title : picture.texts(SlideRole::CardTitle)) {
            QCOMPARE(title.size, SlideStyle::CardTitleSize);
            QVERIFY(picture.cardRect(title.card).bottom() <= deck.frame().cards().bottom() + 0.5);
        }
        // A continued lane is labelled again.
        QCOMPARE(picture.texts(SlideRole::LaneLabel).size(), 1);
        shown += deck.at(index).cards();
        if (p > 1)
            QCOMPARE(deck.notShown(*doc, index).size(), doc->cardsOfStage(stage.id).size() - deck.at(index).cards().size());
    }
    QCOMPARE(shown, doc->cardsIn(stage.id, lane)); // all of them, in their order
    // The slides of a stage are filled alike, not one full and one nearly empty.
    if (parts > 1) {
        const auto used = [&](int p) {
            double bottom = 0;
            const SlidePicture picture = layout.picture(deck.indexOf(stage.id, p));
            for (const Id card : deck.at(deck.indexOf(stage.id, p)).cards())
                bottom = std::max(bottom, picture.cardRect(card).bottom());
            return bottom - deck.frame().cards().top();
        };
        QVERIFY2(used(parts) > 0.4 * used(1), qPrintable(u"%1 and %2"_s.arg(used(1)).arg(used(parts))));
    }
}

void TestSlideLayout::hiddenLanesAreLeftOut()
{
    const auto doc = open(u"phone-store"_s);
    Id backstage = 0;
    for (const Lane &lane : doc->lanes()) {
        if (lane.kind == LaneKind::Backstage)
            backstage = lane.id;
    }
    const SlideDeck deck(*doc, SlideStyle::Frame{}, {backstage});
    const Stage &stage = doc->stages().at(0);
    const QList<Id> hidden = doc->cardsIn(stage.id, backstage);
    QVERIFY(!hidden.isEmpty());
    for (const Id card : hidden)
        QCOMPARE(deck.indexOfCard(card), -1);
    const int index = deck.indexOf(stage.id);
    int inHiddenLanes = 0;
    for (const SlideDeck::Unshown &unshown : deck.notShown(*doc, index)) {
        QVERIFY(!deck.at(index).shows(unshown.card));
        inHiddenLanes += unshown.part == 0;
        if (unshown.part == 0)
            QVERIFY(hidden.contains(unshown.card));
    }
    QCOMPARE(inHiddenLanes, int(hidden.size()));
}

void TestSlideLayout::viewFilterInTheTitle()
{
    const auto doc = open(u"phone-store"_s);
    const Persona &persona = doc->personas().at(0);
    CanvasFilter filter;
    filter.persona = persona.id;
    const SlideFigures figures = SlideFigures::from(MetricsReport{}, filter, *doc);
    QCOMPARE(figures.filterLabel, u"Showing %1"_s.arg(persona.name));
    const SlideDeck deck(*doc, SlideStyle::Frame{});
    const SlideLayout layout(*doc, deck, figures);
    for (int i = 0; i < deck.count(); ++i) {
        const SlidePicture picture = layout.picture(i);
        const QList<SlideText> labels = picture.texts(SlideRole::FilterLabel);
        QCOMPARE(labels.size(), 1);
        QCOMPARE(labels.first().text(), figures.filterLabel);
        if (i > 0) {
            // Beside the stage's caption, above its name.
            QVERIFY(deck.frame().header().contains(labels.first().rect));
            QVERIFY(labels.first().rect.bottom() <= picture.texts(SlideRole::Title).first().rect.top() + 1);
        }
    }
    // Nothing filtered: no label.
    const SlideFigures all = SlideFigures::fromDocument(*doc);
    QVERIFY(all.filterLabel.isEmpty());
    QVERIFY(SlideLayout(*doc, deck, all).picture(1).texts(SlideRole::FilterLabel).isEmpty());
    CanvasFilter evidence;
    evidence.evidence = Evidence::Observed;
    QCOMPARE(SlideFigures::labelOf(evidence, *doc), u"Showing observed evidence"_s);
}

void TestSlideLayout::panelOffGivesTheCardsTheWidth()
{
    const auto doc = open(u"phone-store"_s);
    const SlideDeck with(*doc, SlideStyle::Frame{SlideStyle::WideWidth, true});
    const SlideDeck without(*doc, SlideStyle::Frame{SlideStyle::WideWidth, false});
    QVERIFY(without.frame().columns() > with.frame().columns());
    QVERIFY(without.count() <= with.count());
    const SlidePicture picture = SlideLayout(*doc, without, SlideFigures::fromDocument(*doc)).picture(1);
    for (const SlideItem &item : picture.items) {
        if (const auto *shape = std::get_if<SlideShape>(&item))
            QVERIFY(shape->role != SlideRole::Panel);
    }
    QVERIFY(picture.texts(SlideRole::PanelLabel).isEmpty());
    const QString problem = check(*doc, without, picture, 1, 1, SlideStyle::Height);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestSlideLayout::notesCarryEvidenceAndSurvey()
{
    const auto doc = open(u"phone-store"_s);
    const Stage &stage = doc->stages().at(2);
    QList<Response> responses;
    for (int i = 0; i < 7; ++i) {
        Response r;
        r.stage = stage.id;
        r.nps = 3 + i;
        if (i % 2)
            r.csat = 4;
        responses.append(r);
    }
    doc->insertResponses(responses);
    const SlideFigures figures = SlideFigures::fromDocument(*doc);
    const SlideDeck deck(*doc, SlideStyle::Frame{});
    const int index = deck.indexOf(stage.id);
    const SlideNotes::Notes notes = SlideNotes::of(*doc, deck, index, figures);
    QVERIFY(notes.heading.contains(deck.title(*doc, index)));
    QCOMPARE(notes.description, stage.description);
    QCOMPARE(notes.survey, u"Survey: n = 7 responses (NPS n = 7, CSAT n = 3)."_s);
    QCOMPARE(notes.evidence.size(), deck.at(index).cards().size());
    for (const Id card : deck.at(index).cards()) {
        const Card &c = *doc->card(card);
        QVERIFY(notes.evidence.contains(u"%1 — %2 (%3)"_s.arg(labelOf(c.evidence), c.title, doc->lane(c.lane)->name)));
    }
    // The figures on the slide are the stage's.
    const SlidePicture picture = SlideLayout(*doc, deck, figures).picture(index);
    QVERIFY(picture.plainText().contains(u"n = 7"_s));
    const SlideNotes::Notes empty = SlideNotes::of(*doc, deck, deck.indexOf(doc->stages().at(0).id), figures);
    QCOMPARE(empty.survey, u"Survey: no responses (n = 0)."_s);
}

void TestSlideLayout::emptyStageSaysSo()
{
    const auto doc = open(u"blank"_s);
    const SlideDeck deck(*doc, SlideStyle::Frame{});
    QCOMPARE(deck.count(), int(doc->stages().size()) + 1);
    const SlidePicture picture = SlideLayout(*doc, deck, SlideFigures::fromDocument(*doc)).picture(1);
    QVERIFY(picture.plainText().contains(u"No cards in this stage yet."_s));
    QVERIFY(picture.plainText().contains(u"No survey responses for this stage yet."_s));
}

QTEST_MAIN(TestSlideLayout)
#include "tst_slidelayout.moc"
