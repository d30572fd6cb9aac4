// Survey figures on the canvas: stage headers show NPS and CSAT badges coloured against the
// stage's targets (none without responses), touchpoint cards their own NPS, and the emotion
// lane a measured curve (CSAT mean 1..5 on -5..+5) with the stages where it and the workshop
// disagree by more than 2 points marked.

#include "canvasinput.h"

#include "canvas/emotionlaneitem.h"
#include "canvas/metricbadge.h"
#include "commands/importresponsescommand.h"
#include "commands/setemotionpointcommand.h"
#include "commands/setvaluecommand.h"
#include "editor/metricscache.h"
#include "inspector/inspectordock.h"
#include "metrics/measuredemotion.h"

#include <QDoubleSpinBox>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QStyle>

using namespace Qt::StringLiterals;
using namespace Waymark;
using namespace Waymark::CanvasInput;

Q_DECLARE_METATYPE(Waymark::MetricBadge::Status)

namespace {

Response answer(Id stage, std::optional<int> nps, std::optional<int> csat, Id touchpoint = 0)
{
    Response r;
    r.stage = stage;
    r.nps = nps;
    r.csat = csat;
    r.touchpoint = touchpoint;
    return r;
}

bool hasColour(const QImage &image, const QColor &colour)
{
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb p = image.pixel(x, y);
            if (std::abs(qRed(p) - colour.red()) + std::abs(qGreen(p) - colour.green()) + std::abs(qBlue(p) - colour.blue()) < 12)
                return true;
        }
    }
    return false;
}

} // namespace

class TestCanvasMetrics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void badgeStatus_data();
    void badgeStatus();
    void stageBadges();
    void badgeColourFollowsTarget();
    void targetsEditableInInspector();
    void touchpointNps();
    void measuredFromCsat_data();
    void measuredFromCsat();
    void disagreements();
    void measuredCurveToggle();
    void oneRecomputePerImport();
    void screenshots();

private:
    Document *doc() const { return m_canvas->doc(); }
    Id stage(int index) const { return doc()->stages().at(index).id; }
    void import(const QList<Response> &responses);
    Id cardTitled(const QString &title) const;
    EmotionLaneItem *emotionLane() const;
    QImage renderHeader(Id stage) const;

    std::unique_ptr<Canvas> m_canvas;
};

void TestCanvasMetrics::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QApplication::setPalette(QApplication::style()->standardPalette());
}

void TestCanvasMetrics::init()
{
    m_canvas = std::make_unique<Canvas>();
    m_canvas->scene.setShowMeasuredEmotion(true);
    QVERIFY(m_canvas->show());
}

void TestCanvasMetrics::cleanup()
{
    m_canvas.reset();
}

void TestCanvasMetrics::import(const QList<Response> &responses)
{
    ResponseBatch batch;
    for (const Response &response : responses)
        batch.append(response);
    m_canvas->session.push(new ImportResponsesCommand(doc(), std::move(batch)));
    settle();
}

Id TestCanvasMetrics::cardTitled(const QString &title) const
{
    for (const Stage &s : doc()->stages()) {
        for (const Id id : doc()->cardsOfStage(s.id)) {
            if (doc()->card(id)->title == title)
                return id;
        }
    }
    return 0;
}

EmotionLaneItem *TestCanvasMetrics::emotionLane() const
{
    for (const Lane &lane : doc()->lanes()) {
        if (lane.kind == LaneKind::EmotionCurve)
            return m_canvas->scene.emotionLane(lane.id);
    }
    return nullptr;
}

QImage TestCanvasMetrics::renderHeader(Id stage) const
{
    const QRectF rect = m_canvas->scene.stageHeader(stage)->sceneBoundingRect();
    QImage image(rect.size().toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    m_canvas->scene.render(&painter, QRectF(QPointF(0, 0), rect.size()), rect);
    return image;
}

void TestCanvasMetrics::badgeStatus_data()
{
    QTest::addColumn<bool>("nps");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("target"); // NaN: none
    QTest::addColumn<MetricBadge::Status>("status");
    QTest::addColumn<QString>("text");
    using S = MetricBadge::Status;
    QTest::newRow("nps, no target") << true << 25.0 << qQNaN() << S::Neutral << u"NPS +25"_s;
    QTest::newRow("nps at target") << true << 30.0 << 30.0 << S::Met << u"NPS +30"_s;
    QTest::newRow("nps above target") << true << 45.4 << 30.0 << S::Met << u"NPS +45"_s;
    QTest::newRow("nps 10 short") << true << 20.0 << 30.0 << S::Near << u"NPS +20"_s;
    QTest::newRow("nps 10.5 short") << true << 19.5 << 30.0 << S::Missed << u"NPS +20"_s;
    QTest::newRow("negative nps, negative target") << true << -12.0 << -10.0 << S::Near << u"NPS -12"_s;
    QTest::newRow("zero") << true << -0.2 << qQNaN() << S::Neutral << u"NPS 0"_s;
    QTest::newRow("csat, no target") << false << 82.0 << qQNaN() << S::Neutral << u"CSAT 82 %"_s;
    QTest::newRow("csat met") << false << 80.0 << 80.0 << S::Met << u"CSAT 80 %"_s;
    QTest::newRow("csat 5 short") << false << 75.0 << 80.0 << S::Near << u"CSAT 75 %"_s;
    QTest::newRow("csat 6 short") << false << 74.0 << 80.0 << S::Missed << u"CSAT 74 %"_s;
}

void TestCanvasMetrics::badgeStatus()
{
    QFETCH(bool, nps);
    QFETCH(double, value);
    QFETCH(double, target);
    QFETCH(MetricBadge::Status, status);
    QFETCH(QString, text);
    const std::optional<double> goal = std::isnan(target) ? std::nullopt : std::optional(target);
    const MetricBadge badge = nps ? MetricBadge::nps(value, goal) : MetricBadge::csat(value, goal);
    QCOMPARE(badge.status, status);
    QCOMPARE(badge.text, text);
}

void TestCanvasMetrics::stageBadges()
{
    QVERIFY(m_canvas->scene.stageHeader(stage(0))->badges().isEmpty()); // no responses yet
    // Stage 1: NPS 10 10 9 0 -> 50; CSAT 5 4 2 1 -> 50 %. Stage 2: CSAT only.
    import({answer(stage(0), 10, 5), answer(stage(0), 10, 4), answer(stage(0), 9, 2), answer(stage(0), 0, 1),
            answer(stage(1), {}, 4)});
    const QList<MetricBadge> badges = m_canvas->scene.stageHeader(stage(0))->badges();
    QCOMPARE(badges.size(), 2);
    QCOMPARE(badges[0].text, u"NPS +50"_s);
    QCOMPARE(badges[1].text, u"CSAT 50 %"_s);
    QCOMPARE(badges[0].status, MetricBadge::Status::Neutral);
    QVERIFY(m_canvas->scene.stageHeader(stage(0))->toolTip().contains(u"4 survey responses"_s));
    const QList<MetricBadge> csatOnly = m_canvas->scene.stageHeader(stage(1))->badges();
    QCOMPARE(csatOnly.size(), 1);
    QCOMPARE(csatOnly[0].text, u"CSAT 100 %"_s);
    QVERIFY(m_canvas->scene.stageHeader(stage(2))->badges().isEmpty());

    m_canvas->undo()->undo();
    settle();
    QVERIFY(m_canvas->scene.stageHeader(stage(0))->badges().isEmpty());
    // No word of responses left (the tooltip may still hold the stage's whole description).
    QVERIFY(!m_canvas->scene.stageHeader(stage(0))->toolTip().contains(u"survey response"_s));
    QVERIFY(!m_canvas->scene.stageHeader(stage(0))->toolTip().contains(u"NPS"_s));
}

void TestCanvasMetrics::badgeColourFollowsTarget()
{
    import({answer(stage(0), 10, 5), answer(stage(0), 10, 4), answer(stage(0), 9, 2), answer(stage(0), 0, 1)});
    const CanvasTheme &theme = m_canvas->scene.theme();
    MetricBadge neutral;
    QVERIFY(hasColour(renderHeader(stage(0)), neutral.fill(theme)));

    // NPS 50 against 55: a little short, amber; against 90: red; against 40: green.
    const struct {
        double target;
        MetricBadge::Status status;
    } cases[] = {{55, MetricBadge::Status::Near}, {90, MetricBadge::Status::Missed}, {40, MetricBadge::Status::Met}};
    for (const auto &c : cases) {
        m_canvas->session.push(new SetValueCommand(doc(), fieldRef(stage(0), StageField::NpsTarget), c.target));
        settle();
        const MetricBadge badge = m_canvas->scene.stageHeader(stage(0))->badges().first();
        QCOMPARE(badge.status, c.status);
        QVERIFY(hasColour(renderHeader(stage(0)), badge.fill(theme)));
    }
    QVERIFY(m_canvas->scene.stageHeader(stage(0))->toolTip().contains(u"target +40 met"_s));
    m_canvas->undo()->undo();
    settle();
    QCOMPARE(m_canvas->scene.stageHeader(stage(0))->badges().first().status, MetricBadge::Status::Missed);
}

// A target is optional: the inspector's spin box has a "Not set" step below its range.
void TestCanvasMetrics::targetsEditableInInspector()
{
    InspectorDock inspector;
    inspector.setSession(&m_canvas->session);
    m_canvas->session.selection()->set({{Entity::Stage, stage(0)}});
    auto *nps = inspector.findChild<QDoubleSpinBox *>(u"nps_target"_s);
    auto *csat = inspector.findChild<QDoubleSpinBox *>(u"csat_target"_s);
    QVERIFY(nps && csat);
    QCOMPARE(nps->value(), nps->minimum());
    QCOMPARE(nps->text(), u"Not set"_s);
    nps->setValue(30);
    QCOMPARE(doc()->stage(stage(0))->npsTarget, std::optional(30.0));
    QCOMPARE(m_canvas->undo()->undoText(), u"Change NPS target"_s);
    csat->setValue(85);
    QCOMPARE(doc()->stage(stage(0))->csatTarget, std::optional(85.0));
    nps->setValue(nps->minimum());
    QVERIFY(!doc()->stage(stage(0))->npsTarget);
    QCOMPARE(nps->text(), u"Not set"_s);
    inspector.setSession(nullptr);
}

void TestCanvasMetrics::touchpointNps()
{
    const Id pages = cardTitled(u"Handset and tariff pages"_s);
    const Id listing = cardTitled(u"Sponsored comparison-site listing"_s);
    import({answer(stage(0), 10, {}, pages), answer(stage(0), 6, {}, pages), answer(stage(0), 9, {})});
    const std::optional<MetricBadge> badge = m_canvas->scene.cardItem(pages)->badge();
    QVERIFY(badge);
    QCOMPARE(badge->text, u"NPS 0"_s); // 1 promoter, 1 detractor
    QVERIFY(m_canvas->scene.cardItem(pages)->toolTip().contains(u"from 2 answers naming this touchpoint"_s));
    QVERIFY(!m_canvas->scene.cardItem(listing)->badge());
    // Not on cards of other kinds.
    for (const Id id : doc()->cardsOfStage(stage(0))) {
        if (doc()->card(id)->kind != CardKind::Touchpoint)
            QVERIFY(!m_canvas->scene.cardItem(id)->badge());
    }
}

void TestCanvasMetrics::measuredFromCsat_data()
{
    QTest::addColumn<int>("csat");
    QTest::addColumn<double>("emotion");
    QTest::newRow("1: -5") << 1 << -5.0;
    QTest::newRow("2: -2.5") << 2 << -2.5;
    QTest::newRow("3: 0") << 3 << 0.0;
    QTest::newRow("4: +2.5") << 4 << 2.5;
    QTest::newRow("5: +5") << 5 << 5.0;
}

void TestCanvasMetrics::measuredFromCsat()
{
    QFETCH(int, csat);
    QFETCH(double, emotion);
    QCOMPARE(MeasuredEmotion::fromCsatMean(csat), emotion);
    import({answer(stage(2), {}, csat), answer(stage(2), {}, csat)});
    QCOMPARE(m_canvas->session.metrics()->measuredEmotion(stage(2)), std::optional(emotion));
    QVERIFY(!m_canvas->session.metrics()->measuredEmotion(stage(3)));
}

void TestCanvasMetrics::disagreements()
{
    // The workshop: Priya +2 and Graham 0 at stage 1 (mean 1); -2 and +3 at stage 2 (0.5);
    // 0 and -1 at stage 3 (-0.5). Measured: CSAT 5 -> +5 (4 apart), 3 -> 0 (0.5 apart),
    // 1 and 2 -> mean 1.5 -> -3.75 (3.25 apart).
    import({answer(stage(0), {}, 5), answer(stage(1), {}, 3), answer(stage(2), {}, 1), answer(stage(2), {}, 2)});
    QCOMPARE(MeasuredEmotion::workshopScore(*doc(), stage(0)), std::optional(1.0));
    const QList<MeasuredEmotion::Gap> gaps = m_canvas->session.metrics()->disagreements();
    QCOMPARE(gaps.size(), 2);
    QCOMPARE(gaps[0].stage, stage(0));
    QCOMPARE(gaps[0].delta(), 4.0);
    QCOMPARE(gaps[1].stage, stage(2));
    QCOMPARE(gaps[1].delta(), -3.25);

    // Moving the workshop's points moves the verdict: Graham to +5 at stage 1 -> mean 3.5.
    const Id graham = doc()->personas().at(1).id;
    m_canvas->session.push(new SetEmotionPointCommand(doc(), {graham, stage(0), 5, {}}));
    settle();
    QCOMPARE(m_canvas->session.metrics()->disagreements().size(), 1);
}

void TestCanvasMetrics::measuredCurveToggle()
{
    import({answer(stage(0), {}, 5), answer(stage(1), {}, 3)});
    EmotionLaneItem *lane = emotionLane();
    QVERIFY(lane);
    const QList<std::pair<Id, double>> curve{{stage(0), 5.0}, {stage(1), 0.0}};
    QCOMPARE(lane->measuredCurve(), curve);
    m_canvas->scene.setShowMeasuredEmotion(false);
    QVERIFY(lane->measuredCurve().isEmpty());
    m_canvas->scene.setShowMeasuredEmotion(true);
    QCOMPARE(lane->measuredCurve(), curve);
}

void TestCanvasMetrics::oneRecomputePerImport()
{
    QSignalSpy spy(m_canvas->session.metrics(), &MetricsCache::changed);
    import({answer(stage(0), 9, 5), answer(stage(1), 3, 2)});
    QTest::qWait(50);
    QCOMPARE(spy.count(), 1);
    m_canvas->undo()->undo();
    QTest::qWait(50);
    QCOMPARE(spy.count(), 2);
}

void TestCanvasMetrics::screenshots()
{
    QList<Response> responses;
    const int nps[] = {10, 9, 3, 8, 10, 6, 9, 7};
    for (int i = 0; i < 240; ++i) {
        const int s = i % int(doc()->stages().size());
        responses.append(answer(stage(s), nps[(i + s) % 8], 1 + (i / 7 + s * 2) % 5));
    }
    const Id pages = cardTitled(u"Handset and tariff pages"_s);
    for (int i = 0; i < 12; ++i)
        responses.append(answer(stage(0), i % 5 ? 10 : 4, 4, pages));
    import(responses);
    m_canvas->session.push(new SetValueCommand(doc(), fieldRef(stage(0), StageField::NpsTarget), 40.0));
    m_canvas->session.push(new SetValueCommand(doc(), fieldRef(stage(1), StageField::NpsTarget), 10.0));
    m_canvas->session.push(new SetValueCommand(doc(), fieldRef(stage(2), StageField::CsatTarget), 90.0));
    settle();
    m_canvas->view.resize(1500, 1300);
    settle();
    QVERIFY(m_canvas->view.grab().save(Test::artifactPath(u"canvas-metrics.png"_s)));
    // The emotion lane up close.
    EmotionLaneItem *lane = emotionLane();
    const QRectF rect = lane->sceneBoundingRect().adjusted(-CanvasMetrics::LaneHeaderWidth, 0, 0, 0);
    QImage image((rect.size() * 1.0).toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    m_canvas->scene.render(&painter, QRectF(QPointF(0, 0), rect.size()), rect);
    painter.end();
    QVERIFY(image.save(Test::artifactPath(u"canvas-measured-emotion.png"_s)));
}

QTEST_MAIN(TestCanvasMetrics)
#include "tst_canvasmetrics.moc"
