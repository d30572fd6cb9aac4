// The metrics charts: from a known set of responses, each chart holds the hand-computed
// figures per stage (NPS and its 95 % interval, the promoter mix, CSAT...), charts without
// data are left out, targets show as marks, and a chart renders without a view, as the PDF
// report draws it.

#include "charts/chartvaluecolumn.h"
#include "charts/stagechartbuilder.h"
#include "commands/setvaluecommand.h"
#include "document/document.h"
#include "metrics/metricsreport.h"
#include "support/testsupport.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QImage>
#include <QLegendMarker>
#include <QLineSeries>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QPercentBarSeries>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Waymark;

namespace {

QAbstractBarSeries *barsOf(const QChart *chart)
{
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
            return bars;
    }
    return nullptr;
}

// The bar of stage `stage` (map order): the sum of the sets, since NPS below zero is a set
// of its own. Categories run bottom to top, so the first stage is the last category.
double barValue(const QChart *chart, int stage, int stages)
{
    double sum = 0;
    for (const QBarSet *set : barsOf(chart)->barSets())
        sum += set->at(stages - 1 - stage);
    return sum;
}

QList<QLineSeries *> linesNamed(const QChart *chart, const QString &name)
{
    QList<QLineSeries *> lines;
    for (QAbstractSeries *series : chart->series()) {
        if (auto *line = qobject_cast<QLineSeries *>(series); line && line->name() == name)
            lines.append(line);
    }
    return lines;
}

Response response(Id stage, std::optional<int> nps, std::optional<int> csat = {}, std::optional<int> ces = {})
{
    Response r;
    r.stage = stage;
    r.nps = nps;
    r.csat = csat;
    r.ces = ces;
    return r;
}

} // namespace

class TestStageChartBuilder : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void noResponsesNoCharts();
    void npsPerStage();
    void npsIntervalWhiskers();
    void promoterMix();
    void csatAndCes();
    void onlyChartsWithData();
    void targetsFromDocument();
    void valueColumn();
    void rendersWithoutView();
    void rendersIntoPdf();

private:
    MetricsReport report() const { return MetricsEngine::compute(*m_doc); }
    Id stage(int index) const { return m_doc->stages().at(index).id; }
    int stages() const { return int(m_doc->stages().size()); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Document> m_doc;
};

void TestStageChartBuilder::init()
{
    m_dir = Test::scratchDir();
    m_doc = Test::documentFromTemplate(m_dir->filePath(u"map.waymark"_s), u"phone-store"_s);
    // Stage 1: NPS 10 10 9 10 9 (5 promoters), 8 7 (2 passives), 6 5 0 (3 detractors):
    // NPS = 100 x (5 - 3) / 10 = 20. CSAT 5 5 4 2 (3 of 4 satisfied: 75 %, mean 4).
    // Stage 2: NPS 9 9 9 0 (3 promoters, 1 detractor): 50. No CSAT. Stage 3: none. Stage 4:
    // only CSAT 1 1 (0 %, mean 1). CES 7 and 5 in stage 1: mean 6.
    QList<Response> responses;
    for (const int nps : {10, 10, 9, 8, 7, 6, 5, 10, 9, 0})
        responses.append(response(stage(0), nps));
    responses[0].csat = 5;
    responses[1].csat = 5;
    responses[2].csat = 4;
    responses[3].csat = 2;
    responses[0].ces = 7;
    responses[1].ces = 5;
    for (const int nps : {9, 9, 9, 0})
        responses.append(response(stage(1), nps));
    responses.append(response(stage(3), {}, 1));
    responses.append(response(stage(3), {}, 1));
    m_doc->insertResponses(responses);
}

void TestStageChartBuilder::cleanup()
{
    m_doc.reset();
    m_dir.reset();
}

void TestStageChartBuilder::noResponsesNoCharts()
{
    const auto fresh = Test::documentFromTemplate(m_dir->filePath(u"empty.waymark"_s), u"phone-store"_s);
    const MetricsReport empty = MetricsEngine::compute(*fresh);
    QCOMPARE(empty.overall.responses, 0);
    QVERIFY(StageChartBuilder::kinds(empty).isEmpty());
    QVERIFY(StageChartBuilder::build(empty).isEmpty());
    QVERIFY(!StageChartBuilder::build(StageChartKind::Nps, empty));
    QCOMPARE(StageChartBuilder::noDataText(), u"No survey responses yet"_s);
}

void TestStageChartBuilder::npsPerStage()
{
    std::unique_ptr<QChart> chart(StageChartBuilder::build(StageChartKind::Nps, report()));
    QVERIFY(chart);
    QCOMPARE(chart->objectName(), u"npsChart"_s);
    QVERIFY(!chart->parent());
    // Every stage has a row, in map order from the top; stages without answers are empty.
    QCOMPARE(barsOf(chart.get())->barSets().first()->count(), stages());
    QCOMPARE(barValue(chart.get(), 0, stages()), 20.0);
    QCOMPARE(barValue(chart.get(), 1, stages()), 50.0);
    QCOMPARE(barValue(chart.get(), 2, stages()), 0.0);
    QVERIFY(chart->preferredHeight() > 200);
}

void TestStageChartBuilder::npsIntervalWhiskers()
{
    std::unique_ptr<QChart> chart(StageChartBuilder::build(StageChartKind::Nps, report()));
    const QList<QLineSeries *> whiskers = linesNamed(chart.get(), u"95 % interval"_s);
    QCOMPARE(whiskers.size(), 2); // the two stages with NPS answers
    // Stage 1: p = .5, d = .3, var = .8 - .04 = .76, se = sqrt(.076), margin = 196 x se.
    const double margin = 100 * 1.96 * std::sqrt(0.76 / 10);
    double lo = 1000, hi = -1000;
    for (const QPointF &point : whiskers.first()->points()) {
        lo = std::min(lo, point.x());
        hi = std::max(hi, point.x());
        QVERIFY(std::abs(point.y() - (stages() - 1)) < 0.2); // on the first stage's row
    }
    QVERIFY(std::abs(lo - (20 - margin)) < 1e-9);
    QVERIFY(std::abs(hi - (20 + margin)) < 1e-9);
    // One legend entry for all of them.
    int shown = 0;
    for (QLineSeries *whisker : whiskers)
        shown += chart->legend()->markers(whisker).first()->isVisible();
    QCOMPARE(shown, 1);
}

void TestStageChartBuilder::promoterMix()
{
    std::unique_ptr<QChart> chart(StageChartBuilder::build(StageChartKind::NpsMix, report()));
    QVERIFY(chart);
    auto *series = qobject_cast<QAbstractBarSeries *>(barsOf(chart.get()));
    QCOMPARE(series->type(), QAbstractSeries::SeriesTypeHorizontalPercentBar);
    const QList<QBarSet *> sets = series->barSets();
    QCOMPARE(sets.size(), 3);
    QVERIFY(sets[0]->label().startsWith(u"Detractors"_s));
    QVERIFY(sets[2]->label().startsWith(u"Promoters"_s));
    const int first = stages() - 1;
    QCOMPARE(sets[0]->at(first), 30.0);
    QCOMPARE(sets[1]->at(first), 20.0);
    QCOMPARE(sets[2]->at(first), 50.0);
    QCOMPARE(sets[0]->at(first - 1), 25.0);
    QCOMPARE(sets[2]->at(first - 1), 75.0);
}

void TestStageChartBuilder::csatAndCes()
{
    std::unique_ptr<QChart> csat(StageChartBuilder::build(StageChartKind::Csat, report()));
    QCOMPARE(barValue(csat.get(), 0, stages()), 75.0);
    QCOMPARE(barValue(csat.get(), 3, stages()), 0.0);
    std::unique_ptr<QChart> ces(StageChartBuilder::build(StageChartKind::Ces, report()));
    QCOMPARE(barValue(ces.get(), 0, stages()), 6.0);
    QVERIFY(!StageChartBuilder::build(StageChartKind::Fcr, report()));
    QVERIFY(!StageChartBuilder::build(StageChartKind::ResponseTime, report()));
}

void TestStageChartBuilder::onlyChartsWithData()
{
    const QList<StageChartKind> kinds{StageChartKind::Nps, StageChartKind::NpsMix, StageChartKind::Csat, StageChartKind::Ces};
    QCOMPARE(StageChartBuilder::kinds(report()), kinds);
    const QList<QChart *> charts = StageChartBuilder::build(report());
    QStringList names;
    for (QChart *chart : charts)
        names.append(chart->objectName());
    QCOMPARE(names, (QStringList{u"npsChart"_s, u"npsMixChart"_s, u"csatChart"_s, u"cesChart"_s}));
    qDeleteAll(charts);
}

void TestStageChartBuilder::targetsFromDocument()
{
    SetValueCommand(m_doc.get(), fieldRef(stage(0), StageField::NpsTarget), 30.0).redo();
    SetValueCommand(m_doc.get(), fieldRef(stage(0), StageField::CsatTarget), 80.0).redo();
    const StageChartOptions options = StageChartOptions::forDocument(*m_doc);
    QCOMPARE(options.npsTargets.value(stage(0)), 30.0);
    QCOMPARE(options.npsTargets.size(), 1);
    std::unique_ptr<QChart> nps(StageChartBuilder::build(StageChartKind::Nps, report(), options));
    const QList<QLineSeries *> marks = linesNamed(nps.get(), u"Target"_s);
    QCOMPARE(marks.size(), 1);
    QCOMPARE(marks.first()->at(0).x(), 30.0);
    std::unique_ptr<QChart> csat(StageChartBuilder::build(StageChartKind::Csat, report(), options));
    QCOMPARE(linesNamed(csat.get(), u"Target"_s).first()->at(0).x(), 80.0);
    std::unique_ptr<QChart> ces(StageChartBuilder::build(StageChartKind::Ces, report(), options));
    QVERIFY(linesNamed(ces.get(), u"Target"_s).isEmpty());
}

void TestStageChartBuilder::valueColumn()
{
    std::unique_ptr<QChart> chart(StageChartBuilder::build(StageChartKind::Nps, report()));
    const ChartValueColumn *column = nullptr;
    for (QGraphicsItem *item : chart->childItems()) {
        if (auto *found = dynamic_cast<ChartValueColumn *>(item))
            column = found;
    }
    QVERIFY(column);
    // In category order: the last stage first.
    const QList<ChartValueColumn::Entry> entries = column->entries();
    QCOMPARE(entries.size(), stages());
    QCOMPARE(entries.last().strong, u"+20"_s);
    QVERIFY(entries.last().faint.contains(u"n 10"_s));
    QVERIFY(entries.last().faint.startsWith(u"\u00b154"_s));
    QCOMPARE(entries.at(stages() - 2).strong, u"+50"_s);
    QCOMPARE(entries.first().strong, u"\u2014"_s);
}

void TestStageChartBuilder::rendersWithoutView()
{
    StageChartOptions options = StageChartOptions::forDocument(*m_doc);
    options.subtitle = u"All responses"_s;
    const QList<QChart *> charts = StageChartBuilder::build(report(), options);
    for (QChart *chart : charts) {
        const QSizeF size(640, chart->preferredHeight());
        QImage image((size * 2).toSize(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        StageChartBuilder::render(chart, &painter, QRectF(QPointF(0, 0), size * 2), size);
        painter.end();
        QVERIFY(!chart->scene()); // taken out of the temporary scene again
        // Something was drawn: the bars' colours are there.
        int coloured = 0;
        for (int y = 0; y < image.height(); y += 3) {
            for (int x = 0; x < image.width(); x += 3) {
                const QColor c = image.pixelColor(x, y);
                coloured += c.saturation() > 120;
            }
        }
        QVERIFY2(coloured > 100, qPrintable(chart->objectName()));
        QVERIFY(image.save(Test::artifactPath(u"chart-"_s + chart->objectName() + u".png"_s)));
    }
    qDeleteAll(charts);
}

// As the report draws: on a PDF page in 1/96 inch units at the writer's resolution; the
// print style's pixel fonts keep the text where the layout put it.
void TestStageChartBuilder::rendersIntoPdf()
{
    const QString path = Test::artifactPath(u"charts.pdf"_s);
    QPdfWriter writer(path);
    writer.setResolution(1200);
    writer.setPageSize(QPageSize(QPageSize::A4));
    QPainter painter(&writer);
    const double scale = 1200.0 / 96;
    painter.scale(scale, scale);
    StageChartOptions options = StageChartOptions::forDocument(*m_doc);
    options.subtitle = u"All responses"_s;
    const QList<QChart *> charts = StageChartBuilder::build(report(), options);
    double y = 0;
    for (QChart *chart : charts) {
        const QSizeF size(680, chart->preferredHeight());
        if (y + size.height() > 1000) {
            writer.newPage();
            y = 0;
        }
        StageChartBuilder::render(chart, &painter, QRectF(QPointF(20, y + 20), size), size);
        y += size.height() + 10;
    }
    painter.end();
    qDeleteAll(charts);
    QVERIFY(QFileInfo(path).size() > 10000);
}

QTEST_MAIN(TestStageChartBuilder)
#include "tst_stagechartbuilder.moc"
