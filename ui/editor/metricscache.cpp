#include "metricscache.h"

#include "document/document.h"
#include "io/formaterror.h"
#include "store/storeerror.h"

#include <QLocale>
#include <QTimer>

#include <utility>

using namespace Qt::StringLiterals;

namespace Waymark {

MetricsCache::MetricsCache(Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    const auto figures = [this] { invalidate(true); };
    const auto gaps = [this] { invalidate(false); };
    const auto responses = [this] {
        m_cube.reset();
        invalidate(true);
    };
    connect(document, &Document::responsesChanged, this, responses);
    connect(document, &Document::reset, this, responses);
    // A persona filter depends on which touchpoints the personas are tagged on.
    connect(document, &Document::cardPersonasChanged, this, [this] {
        if (m_persona)
            invalidate(true);
    });
    connect(document, &Document::stageInserted, this, figures);
    connect(document, &Document::stageRemoved, this, figures);
    connect(document, &Document::stageMoved, this, figures);
    connect(document, &Document::cardRemoved, this, figures);
    connect(document, &Document::businessPeriodsChanged, this, figures);
    connect(document, &Document::valueChanged, this, [this](const FieldRef &ref) {
        // Names are part of the report; targets are read from the document by whoever shows them.
        if ((ref.entity == Entity::Stage && ref.field == int(StageField::Name))
            || (ref.entity == Entity::Card && ref.field == int(CardField::Title)))
            invalidate(true);
    });
    connect(document, &Document::emotionPointChanged, this, gaps);
    connect(document, &Document::personaRemoved, this, gaps);
}

void MetricsCache::invalidate(bool figures)
{
    if (figures) {
        m_figuresStale = true;
        m_figuresChanged = true;
    }
    m_gapsStale = true;
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, [this] {
        if (!m_scheduled)
            return; // refreshed meanwhile
        m_scheduled = false;
        ensure();
        if (std::exchange(m_figuresChanged, false))
            emit changed();
        else
            emit disagreementsChanged();
    });
}

void MetricsCache::setFilter(Id persona, const QList<SegmentCondition> &segment)
{
    if (persona == m_persona && segment == m_segment)
        return;
    m_persona = persona;
    m_segment = segment;
    emit filterChanged();
    refresh();
}

MetricsQuery MetricsCache::query() const
{
    MetricsQuery query;
    query.segment = m_segment;
    query.excludedTouchpoints = MetricsEngine::touchpointsOfOthers(*m_document, m_persona);
    return query;
}

const ResponseCube &MetricsCache::cube() const
{
    if (!m_cube) {
        try {
            m_cube.emplace(m_document->responsesOfStages({}));
        } catch (const StoreError &) {
            m_cube.emplace(); // the document says so through writeFailed
        }
    }
    return *m_cube;
}

QString MetricsCache::filterLabel() const
{
    if (!isFiltered())
        return {};
    QStringList parts;
    if (const Persona *persona = m_document->persona(m_persona))
        parts.append(persona->name.isEmpty() ? tr("Unnamed persona") : persona->name);
    if (!m_segment.isEmpty())
        parts.append(SegmentCondition::describe(m_segment));
    parts.append(tr("n %1").arg(QLocale().toString(report().overall.responses)));
    return tr("Showing %1").arg(parts.join(u" \u00b7 "_s));
}

void MetricsCache::refresh()
{
    m_figuresStale = true;
    m_gapsStale = true;
    m_scheduled = false;
    m_figuresChanged = false;
    ensure();
    emit changed();
}

void MetricsCache::ensure() const
{
    if (m_figuresStale) {
        m_figuresStale = false;
        m_gapsStale = true;
        m_filterProblem.clear();
        try {
            MetricsQuery query = this->query();
            query.insights = false; // the canvas shows none; the charts ask for them
            m_report = MetricsEngine::compute(*m_document, query, m_segment.isEmpty() ? nullptr : &cube());
        } catch (const FormatError &error) {
            // The filter names a segment the responses no longer have (an import undone):
            // nothing is in it, and the label says so rather than showing everyone.
            m_report = {};
            m_filterProblem = error.message();
        } catch (const StoreError &) {
            m_report = {}; // the document says so through writeFailed; the canvas shows nothing
        }
        m_stageIndex.clear();
        m_touchpointIndex.clear();
        for (qsizetype i = 0; i < m_report.stages.size(); ++i)
            m_stageIndex.insert(m_report.stages.at(i).id, i);
        for (qsizetype i = 0; i < m_report.touchpoints.size(); ++i)
            m_touchpointIndex.insert(m_report.touchpoints.at(i).card, i);
    }
    if (m_gapsStale) {
        m_gapsStale = false;
        m_gaps = MeasuredEmotion::disagreements(*m_document, m_report);
    }
}

const MetricsReport &MetricsCache::report() const
{
    ensure();
    return m_report;
}

const Metrics *MetricsCache::stage(Id stage) const
{
    ensure();
    const auto it = m_stageIndex.constFind(stage);
    if (it == m_stageIndex.constEnd())
        return nullptr;
    const Metrics &metrics = m_report.stages.at(*it).metrics;
    return metrics.responses > 0 ? &metrics : nullptr;
}

const Metrics *MetricsCache::touchpoint(Id card) const
{
    ensure();
    const auto it = m_touchpointIndex.constFind(card);
    return it == m_touchpointIndex.constEnd() ? nullptr : &m_report.touchpoints.at(*it).metrics;
}

std::optional<double> MetricsCache::measuredEmotion(Id stage) const
{
    const Metrics *metrics = this->stage(stage);
    if (!metrics || !metrics->csatMean)
        return std::nullopt;
    return MeasuredEmotion::fromCsatMean(*metrics->csatMean);
}

const QList<MeasuredEmotion::Gap> &MetricsCache::disagreements() const
{
    ensure();
    return m_gaps;
}

} // namespace Waymark
