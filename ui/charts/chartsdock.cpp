#include "chartsdock.h"

#include "chartfilter.h"
#include "document/document.h"
#include "editor/mapsession.h"
#include "io/formaterror.h"
#include "store/storeerror.h"
#include "editor/metricscache.h"
#include "metrics/metricsformat.h"
#include "metrics/metricsreport.h"
#include "stagechartbuilder.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Waymark {

namespace {

constexpr int RecomputeDelay = 50; // ms: a burst of signals (an import, an undo) is one recompute

QString score(double nps)
{
    const double rounded = std::round(nps);
    return rounded > 0 ? u"+"_s + QLocale().toString(rounded, 'f', 0) : QLocale().toString(rounded == 0 ? 0.0 : rounded, 'f', 0);
}

QString margin(const Metrics &m)
{
    if (!m.npsCi95)
        return {};
    return u" \u00b1"_s + QLocale().toString((m.npsCi95->second - m.npsCi95->first) / 2, 'f', 0);
}

} // namespace

ChartsDock::ChartsDock(QWidget *parent)
    : QDockWidget(tr("Survey Charts"), parent)
    , m_filter(new ChartFilter)
    , m_summary(new QLabel)
    , m_scroll(new QScrollArea)
    , m_chartsBox(new QWidget)
    , m_chartsLayout(new QVBoxLayout(m_chartsBox))
    , m_placeholder(new QLabel)
    , m_insightsTitle(new QLabel(tr("Segment insights")))
    , m_insights(new QWidget)
    , m_insightsLayout(new QVBoxLayout(m_insights))
    , m_timer(new QTimer(this))
{
    setObjectName(u"chartsDock"_s);
    m_summary->setObjectName(u"chartsSummary"_s);
    m_summary->setWordWrap(true);
    m_placeholder->setObjectName(u"chartsPlaceholder"_s);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->setMargin(24);
    m_insights->setObjectName(u"segmentInsights"_s);
    m_insightsLayout->setContentsMargins(0, 0, 0, 4);
    m_insightsLayout->setSpacing(3);
    QFont heading = m_insightsTitle->font();
    heading.setBold(true);
    m_insightsTitle->setFont(heading);

    // Everything but the selectors scrolls: figures, insights, then the charts.
    m_chartsLayout->setContentsMargins(0, 0, 0, 0);
    m_chartsLayout->setSpacing(6);
    m_chartsLayout->addWidget(m_summary);
    m_chartsLayout->addWidget(m_insightsTitle);
    m_chartsLayout->addWidget(m_insights);
    m_chartsLayout->addWidget(m_placeholder);
    m_chartsLayout->addStretch(1);
    m_scroll->setWidget(m_chartsBox);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(8, 6, 8, 8);
    layout->addWidget(m_filter);
    layout->addWidget(m_scroll, 1);
    setWidget(content);

    m_timer->setSingleShot(true);
    m_timer->setInterval(RecomputeDelay);
    connect(m_timer, &QTimer::timeout, this, &ChartsDock::recompute);
    connect(m_filter, &ChartFilter::changed, this, [this] {
        if (m_session)
            m_session->metrics()->setFilter(m_filter->persona(), m_filter->conditions()); // says filterChanged
        scheduleRecompute();
    });
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_stale)
            scheduleRecompute();
    });
    recompute();
}

ChartsDock::~ChartsDock() = default;

QSize ChartsDock::sizeHint() const
{
    // Room for a stage name, a bar and its figures side by side.
    return QSize(480, 700);
}

void ChartsDock::setSession(MapSession *session)
{
    if (m_session) {
        disconnect(m_session->document(), nullptr, this, nullptr);
        disconnect(m_session->metrics(), nullptr, this, nullptr);
    }
    m_session = session;
    if (session) {
        // The view filter is the session's: the canvas's View menu and Show all change it too.
        connect(session->metrics(), &MetricsCache::filterChanged, this, &ChartsDock::scheduleRecompute);
        Document *doc = session->document();
        for (const auto signal : {&Document::responsesChanged, &Document::reset, &Document::businessPeriodsChanged})
            connect(doc, signal, this, &ChartsDock::scheduleRecompute);
        connect(doc, &Document::stageInserted, this, &ChartsDock::scheduleRecompute);
        connect(doc, &Document::stageRemoved, this, &ChartsDock::scheduleRecompute);
        connect(doc, &Document::stageMoved, this, &ChartsDock::scheduleRecompute);
        connect(doc, &Document::personaInserted, this, &ChartsDock::scheduleRecompute);
        connect(doc, &Document::personaRemoved, this, &ChartsDock::scheduleRecompute);
        connect(doc, &Document::personaMoved, this, &ChartsDock::scheduleRecompute);
        connect(doc, &Document::cardInserted, this, &ChartsDock::scheduleRecompute);
        connect(doc, &Document::cardRemoved, this, &ChartsDock::scheduleRecompute);
        connect(doc, &Document::cardPersonasChanged, this, &ChartsDock::scheduleRecompute);
        connect(doc, &Document::valueChanged, this, [this](const FieldRef &ref) {
            // Stage names and targets, persona names, touchpoint kinds, business figures.
            if (ref.entity != Entity::Map && ref.entity != Entity::Lane)
                scheduleRecompute();
        });
    }
    m_stale = true;
    recompute();
}

void ChartsDock::scheduleRecompute()
{
    m_stale = true;
    if (isVisible() || !m_session)
        m_timer->start();
}

QList<QChart *> ChartsDock::charts() const
{
    QList<QChart *> charts;
    for (int i = 0; i < m_chartsLayout->count(); ++i) {
        if (auto *view = qobject_cast<QChartView *>(m_chartsLayout->itemAt(i)->widget()))
            charts.append(view->chart());
    }
    return charts;
}

void ChartsDock::clearCharts()
{
    for (int i = m_chartsLayout->count() - 1; i >= 0; --i) {
        if (auto *view = qobject_cast<QChartView *>(m_chartsLayout->itemAt(i)->widget()))
            delete view; // and its chart
    }
}

void ChartsDock::showMessage(const QString &text)
{
    m_placeholder->setText(text);
    m_placeholder->setVisible(!text.isEmpty());
}

QString ChartsDock::subtitle() const
{
    const QString label = m_session ? m_session->metrics()->filterLabel() : QString();
    if (label.isEmpty())
        return tr("All responses");
    // "Showing gender = female · n 36" without its count, which the summary line gives.
    return label.section(u" \u00b7 "_s, 0, -2);
}

void ChartsDock::recompute()
{
    m_timer->stop();
    // The charts are made anew: keep the reader's place.
    const int scrolled = m_scroll->verticalScrollBar()->value();
    QTimer::singleShot(0, m_scroll, [scroll = m_scroll, scrolled] { scroll->verticalScrollBar()->setValue(scrolled); });
    clearCharts();
    while (QLayoutItem *item = m_insightsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_filter->setEnabled(!m_session.isNull());
    if (!m_session) {
        m_stale = false;
        m_summary->clear();
        showMessage(tr("No map is open."));
        emit recomputed();
        return;
    }
    m_stale = false;
    Document *doc = m_session->document();

    QList<std::pair<Id, QString>> personas;
    for (const Persona &persona : doc->personas())
        personas.append({persona.id, persona.name.isEmpty() ? tr("Unnamed persona") : persona.name});
    m_filter->setPersonas(personas);

    MetricsCache *cache = m_session->metrics();
    const ResponseCube &cube = cache->cube();
    m_filter->setAttributes(cube.attributes(), [&cube](const QString &attribute) {
        const int a = cube.attributeIndex(attribute);
        QStringList values = a < 0 ? QStringList() : cube.values(a);
        MetricsEngine::sortValues(values, attribute);
        return values;
    });
    m_filter->setFilter(cache->persona(), cache->segment());
    MetricsReport shown;
    QList<SegmentInsight> insights;
    try {
        MetricsQuery query = cache->query();
        query.by = m_filter->breakdown();
        shown = MetricsEngine::compute(*doc, query, &cube);
        insights = shown.insights;
        m_method = shown.insightMethod;
    } catch (const FormatError &error) {
        showMessage(error.message());
        emit recomputed();
        return;
    } catch (const StoreError &error) {
        showMessage(error.message());
        emit recomputed();
        return;
    }

    const Metrics &all = shown.overall;
    if (all.responses == 0) {
        m_summary->clear();
        if (doc->responseCount() == 0)
            showMessage(StageChartBuilder::noDataText() + u"\n\n"_s + tr("Import them with Data \u25b8 Import Survey Responses\u2026"));
        else if (m_filter->persona() && m_filter->conditions().isEmpty())
            showMessage(tr("Every response is about a touchpoint tagged only with other personas."));
        else
            showMessage(tr("No responses in this segment."));
    } else {
        QStringList summary{all.responses == 1 ? tr("1 response") : tr("%1 responses").arg(QLocale().toString(all.responses))};
        if (all.nps)
            summary.append(tr("NPS %1%2").arg(score(*all.nps), margin(all)));
        if (all.csat)
            summary.append(tr("CSAT %1\u00a0%").arg(QLocale().toString(*all.csat, 'f', 0)));
        QString text = subtitle() + u": "_s + summary.join(u" \u00b7 "_s);
        if (shown.business) {
            QStringList business;
            if (shown.business->churnRate)
                business.append(tr("churn %1\u00a0%").arg(QLocale().toString(*shown.business->churnRate, 'f', 1)));
            if (shown.business->clv)
                business.append(tr("CLV %1").arg(QLocale().toString(*shown.business->clv, 'f', 0)));
            if (!business.isEmpty())
                text += u"\n"_s + tr("Business (%1): %2").arg(shown.business->period, business.join(u" \u00b7 "_s));
        }
        m_summary->setText(text);
        showMessage({});
        StageChartOptions options = StageChartOptions::forDocument(*doc, ChartStyle::forPalette(palette()));
        options.subtitle = subtitle();
        int index = m_chartsLayout->indexOf(m_placeholder) + 1;
        for (QChart *chart : StageChartBuilder::build(shown, options)) {
            auto *view = new QChartView(chart);
            view->setRenderHint(QPainter::Antialiasing);
            view->setFrameShape(QFrame::NoFrame);
            view->setMinimumHeight(int(chart->preferredHeight()));
            view->setMinimumWidth(220);
            view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
            view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
            view->setBackgroundBrush(options.style.background);
            m_chartsLayout->insertWidget(index++, view);
        }
    }

    for (const SegmentInsight &insight : std::as_const(insights)) {
        auto *label = new QLabel(insightText(insight));
        label->setObjectName(u"segmentInsight"_s);
        label->setWordWrap(true);
        label->setToolTip(MetricsFormat::insightMethodSentence(m_method));
        m_insightsLayout->addWidget(label);
    }
    if (insights.isEmpty()) {
        auto *label = new QLabel(tr("No segment stands out. %1").arg(MetricsFormat::insightMethodSentence(m_method)));
        label->setWordWrap(true);
        label->setForegroundRole(QPalette::PlaceholderText);
        m_insightsLayout->addWidget(label);
    }
    m_insightsTitle->setVisible(all.responses > 0);
    m_insights->setVisible(all.responses > 0);
    emit recomputed();
}

QString ChartsDock::insightText(const SegmentInsight &insight)
{
    return MetricsFormat::insightSentence(insight);
}

void ChartsDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        scheduleRecompute(); // the charts follow light and dark
    QDockWidget::changeEvent(event);
}

} // namespace Waymark
