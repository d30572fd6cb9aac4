#include "chartsdock.h"

#include "chartfilter.h"
#include "document/document.h"
#include "editor/mapsession.h"
#include "io/formaterror.h"
#include "store/storeerror.h"
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
    connect(m_filter, &ChartFilter::changed, this, &ChartsDock::scheduleRecompute);
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
    if (m_session)
        disconnect(m_session->document(), nullptr, this, nullptr);
    m_session = session;
    if (session) {
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

MetricsQuery ChartsDock::query() const
{
    MetricsQuery query;
    if (const Id persona = m_filter->persona(); persona && m_session) {
        const Document *doc = m_session->document();
        QSet<Id> touchpoints;
        for (const Id card : doc->cardsTagged(persona)) {
            if (doc->card(card) && doc->card(card)->kind == CardKind::Touchpoint)
                touchpoints.insert(card);
        }
        query.touchpoints = touchpoints;
    }
    return query;
}

QString ChartsDock::subtitle() const
{
    QStringList parts;
    if (!m_filter->attribute().isEmpty() && !m_filter->value().isEmpty())
        parts.append(tr("%1: %2").arg(m_filter->attribute(), m_filter->value()));
    if (const Id persona = m_filter->persona(); persona && m_session) {
        if (const Persona *p = m_session->document()->persona(persona))
            parts.append(tr("touchpoints of %1").arg(p->name));
    }
    return parts.isEmpty() ? tr("All responses") : parts.join(u" \u00b7 "_s);
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

    MetricsReport shown;
    QList<SegmentInsight> insights;
    try {
        MetricsQuery query = this->query();
        const MetricsReport overall = MetricsEngine::compute(*doc, query);
        m_filter->setAttributes(overall.attributes);
        shown = overall;
        insights = overall.insights;
        if (const QString attribute = m_filter->attribute(); !attribute.isEmpty()) {
            query.by = attribute;
            const MetricsReport byAttribute = MetricsEngine::compute(*doc, query);
            QStringList values;
            for (const MetricsReport::Segment &segment : byAttribute.segments)
                values.append(segment.value);
            m_filter->setValues(values);
            insights = byAttribute.insights;
            insights.removeIf([&attribute](const SegmentInsight &insight) { return insight.attribute != attribute; });
            shown = byAttribute;
            if (const QString value = m_filter->value(); !value.isEmpty()) {
                query.filterAttribute = attribute;
                query.filterValue = value;
                shown = MetricsEngine::compute(*doc, query);
            }
        }
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
        else if (m_filter->persona())
            showMessage(tr("No responses name a touchpoint tagged with this persona."));
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
        label->setToolTip(tr("The 95 % intervals of the segment's NPS and the rest's do not overlap (%1 and %2 answers).")
                              .arg(insight.segment.npsN)
                              .arg(insight.rest.npsN));
        m_insightsLayout->addWidget(label);
    }
    if (insights.isEmpty()) {
        auto *label = new QLabel(tr("No segment stands out: every segment's NPS interval overlaps the rest's (each side "
                                    "needs %1 answers).").arg(MetricsEngine::MinInsightAnswers));
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
    return tr("%1 %2 = %3: NPS %4%5, against %6%7 for the rest")
        .arg(insight.higher ? u"\u25b2"_s : u"\u25bc"_s, insight.attribute, insight.value, score(*insight.segment.nps),
             margin(insight.segment), score(*insight.rest.nps), margin(insight.rest));
}

void ChartsDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        scheduleRecompute(); // the charts follow light and dark
    QDockWidget::changeEvent(event);
}

} // namespace Waymark
