#include "metricscache.h"

#include "document/document.h"
#include "io/formaterror.h"
#include "store/storeerror.h"

#include <QTimer>

#include <utility>

namespace Waymark {

MetricsCache::MetricsCache(Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    const auto figures = [this] { invalidate(true); };
    const auto gaps = [this] { invalidate(false); };
    connect(document, &Document::responsesChanged, this, figures);
    connect(document, &Document::stageInserted, this, figures);
    connect(document, &Document::stageRemoved, this, figures);
    connect(document, &Document::stageMoved, this, figures);
    connect(document, &Document::cardRemoved, this, figures);
    connect(document, &Document::businessPeriodsChanged, this, figures);
    connect(document, &Document::reset, this, figures);
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
        try {
            m_report = MetricsEngine::compute(*m_document);
        } catch (const FormatError &) {
            m_report = {}; // only a query naming an unknown attribute throws; this one has none
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
