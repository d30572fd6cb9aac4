// The built-in templates are realistic enough to show a client: several stages, the
// standard lanes, cards of every kind with real wording, a persona and an emotion curve.

#include "templates/templatelibrary.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Waymark;

class TestTemplates : public QObject
{
    Q_OBJECT

private slots:
    void theFiveAreThere();
    void content_data();
    void content();
    void unknownTemplateIsExplained();
};

void TestTemplates::theFiveAreThere()
{
    QStringList names;
    for (const auto &entry : TemplateLibrary::entries())
        names.append(entry.name);
    QCOMPARE(names.first(), u"blank"_s);
    for (const QString &name : {u"phone-store"_s, u"bagel-shop"_s, u"saas-onboarding"_s, u"ecommerce-order-return"_s, u"b2b-renewal"_s})
        QVERIFY2(names.contains(name), qPrintable(name));
}

void TestTemplates::content_data()
{
    QTest::addColumn<QString>("name");
    for (const auto &entry : TemplateLibrary::entries()) {
        if (entry.name != u"blank"_s)
            QTest::newRow(qPrintable(entry.name)) << entry.name;
    }
}

void TestTemplates::content()
{
    QFETCH(QString, name);
    const MapData map = TemplateLibrary::load(name);
    QVERIFY(!map.info.title.isEmpty());
    QVERIFY(!map.info.description.isEmpty());
    QVERIFY(map.stages.size() >= 5);
    QVERIFY(map.cards.size() >= 20);

    QSet<LaneKind> laneKinds;
    for (const Lane &lane : map.lanes)
        laneKinds.insert(lane.kind);
    for (const LaneKind kind : {LaneKind::CustomerActions, LaneKind::Touchpoints, LaneKind::Thoughts, LaneKind::EmotionCurve,
                                LaneKind::PainPoints, LaneKind::Delights, LaneKind::Opportunities, LaneKind::Backstage})
        QVERIFY2(laneKinds.contains(kind), qPrintable(keyOf(kind)));

    QSet<CardKind> cardKinds;
    QSet<Id> stagesWithTouchpoints;
    for (const Card &card : map.cards) {
        cardKinds.insert(card.kind);
        QVERIFY2(card.title.size() >= 3, qPrintable(card.title));
        if (card.kind == CardKind::Touchpoint)
            stagesWithTouchpoints.insert(card.stage);
    }
    QCOMPARE(cardKinds.size(), int(allValues<CardKind>().size()));
    QCOMPARE(stagesWithTouchpoints.size(), map.stages.size());

    QVERIFY(!map.personas.isEmpty());
    for (const Persona &persona : map.personas) {
        QVERIFY(!persona.name.isEmpty());
        QVERIFY(!persona.says.isEmpty() && !persona.thinks.isEmpty() && !persona.does.isEmpty() && !persona.feels.isEmpty());
        QVERIFY(persona.color.isValid());
        int points = 0;
        for (const EmotionPoint &point : map.emotionPoints)
            points += point.persona == persona.id;
        QCOMPARE(points, map.stages.size()); // a whole curve, a point per stage
    }
}

void TestTemplates::unknownTemplateIsExplained()
{
    try {
        TemplateLibrary::load(u"bagle-shop"_s);
        QFAIL("loaded");
    } catch (const std::exception &e) {
        const QString message = QString::fromUtf8(e.what());
        QVERIFY2(message.contains(u"no template named 'bagle-shop'"_s) && message.contains(u"bagel-shop"_s), qPrintable(message));
    }
}

QTEST_GUILESS_MAIN(TestTemplates)
#include "tst_templates.moc"
