#include "stagepanel.h"

#include "model/valuebounds.h"
#include "document/document.h"

#include <QLabel>
#include <QLocale>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Waymark {

namespace {

constexpr int MaxListed = 4;
constexpr int MinBase = 12; // pain points and delights per stage: a slide, not a list

QString esc(const QString &text)
{
    return ValueBounds::forDisplay(text).toHtmlEscaped();
}

QString signedNumber(double value)
{
    const QString number = QLocale().toString(value, 'f', 0);
    return value > 0.5 ? u"+"_s + number : number;
}

// Against a target: at or above is good, within ten points amber, below that red.
QString targetColor(const std::optional<double> &value, const std::optional<double> &target)
{
    if (!value || !target)
        return u"#e8e8ee"_s;
    if (*value >= *target)
        return u"#5fd08a"_s;
    return *value >= *target - 10 ? u"#f2c14e"_s : u"#ff7a6b"_s;
}

} // namespace

StagePanel::StagePanel(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_label(new QLabel(this))
{
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0x1d, 0x21, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xf2, 0xf3, 0xf7));
    setPalette(p);
    m_label->setWordWrap(true);
    m_label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_label->setTextFormat(Qt::RichText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 48, 48, 48);
    layout->addWidget(m_label);
}

void StagePanel::showOverview()
{
    m_stage = 0;
    refresh();
}

void StagePanel::showStage(Id stage)
{
    m_stage = stage;
    refresh();
}

void StagePanel::setMetrics(const MetricsReport &report)
{
    m_report = report;
    refresh();
}

QString StagePanel::text() const
{
    return QTextDocumentFragment::fromHtml(m_label->text()).toPlainText();
}

void StagePanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    refresh();
}

int StagePanel::basePixelSize() const
{
    return m_base;
}

void StagePanel::refresh()
{
    const Stage *stage = m_stage ? m_document->stage(m_stage) : nullptr;
    // Readable from the back of a room: about 1/40 of the screen's height (27 px at 1080),
    // smaller only as far as needed for a long stage to fit.
    const QMargins margins = layout()->contentsMargins();
    const int width = std::max(100, this->width() - margins.left() - margins.right());
    const int height = std::max(100, this->height() - margins.top() - margins.bottom());
    for (m_base = std::max(16, window()->height() / 40); ; m_base -= 2) {
        m_label->setText(stage ? stageHtml(m_stage) : overviewHtml());
        if (m_base <= MinBase || m_label->heightForWidth(width) <= height)
            break;
    }
}

QString StagePanel::overviewHtml() const
{
    const int base = basePixelSize();
    QString html = u"<div style='font-size:%1px'>"_s.arg(base);
    html += u"<div style='font-size:%1px; color:#9aa3b5'>%2</div>"_s.arg(int(base * 0.8)).arg(tr("Customer journey"));
    html += u"<div style='font-size:%1px; font-weight:bold'>%2</div>"_s.arg(int(base * 1.8)).arg(esc(m_document->info().title));
    if (!m_document->info().description.isEmpty())
        html += u"<p style='color:#c9cedb'>%1</p>"_s.arg(esc(m_document->info().description));
    html += u"<ol style='margin-left:0'>"_s;
    for (const Stage &stage : m_document->stages()) {
        html += u"<li><span style='color:%1'>&#9632;</span> %2</li>"_s.arg(m_document->stageColor(stage.id).name(), esc(stage.name));
    }
    html += u"</ol>"_s;
    if (!m_document->personas().isEmpty()) {
        html += u"<p style='color:#9aa3b5; font-size:%1px'>%2</p><p>"_s.arg(int(base * 0.8)).arg(tr("Personas"));
        for (const Persona &persona : m_document->personas())
            html += u"<span style='color:%1'>&#9679;</span> %2&nbsp;&nbsp; "_s.arg(m_document->personaColor(persona.id).name(), esc(persona.name));
        html += u"</p>"_s;
    }
    if (m_report.overall.nps)
        html += u"<p>%1 <b>%2</b> &nbsp; <span style='color:#9aa3b5'>(n = %3)</span></p>"_s
                    .arg(tr("Overall NPS"), signedNumber(*m_report.overall.nps))
                    .arg(m_report.overall.npsN);
    return html + u"</div>"_s;
}

QString StagePanel::badgeHtml(const Metrics &metrics, const Stage &stage) const
{
    const int base = basePixelSize();
    if (!metrics.nps && !metrics.csat)
        return u"<p style='color:#9aa3b5'>%1</p>"_s.arg(tr("No survey responses for this stage yet."));
    QString html = u"<table cellspacing='0' cellpadding='0' style='margin-top:%1px; margin-bottom:%1px'><tr>"_s.arg(base / 2);
    const auto cell = [&](const QString &label, const QString &value, const QString &detail, const QString &color) {
        return u"<td style='padding-right:%1px'><div style='font-size:%2px; color:#9aa3b5'>%3</div>"
               "<div style='font-size:%4px; font-weight:bold; color:%5'>%6</div>"
               "<div style='font-size:%2px; color:#9aa3b5'>%7</div></td>"_s
            .arg(base * 2)
            .arg(int(base * 0.75))
            .arg(label)
            .arg(int(base * 2.6))
            .arg(color, value, detail);
    };
    if (metrics.nps) {
        QString detail = u"n = %1"_s.arg(metrics.npsN);
        if (metrics.npsCi95)
            detail += u" · ±%1"_s.arg(QLocale().toString((metrics.npsCi95->second - metrics.npsCi95->first) / 2, 'f', 0));
        if (stage.npsTarget)
            detail += u" · "_s + tr("target %1").arg(signedNumber(*stage.npsTarget));
        html += cell(tr("NPS"), signedNumber(*metrics.nps), detail, targetColor(metrics.nps, stage.npsTarget));
    }
    if (metrics.csat) {
        QString detail = u"n = %1"_s.arg(metrics.csatN);
        if (stage.csatTarget)
            detail += u" · "_s + tr("target %1 %").arg(QLocale().toString(*stage.csatTarget, 'f', 0));
        html += cell(tr("CSAT"), QLocale().toString(*metrics.csat, 'f', 0) + u" %"_s, detail,
                     targetColor(metrics.csat, stage.csatTarget));
    }
    return html + u"</tr></table>"_s;
}

QString StagePanel::stageHtml(Id stageId) const
{
    const Stage &stage = *m_document->stage(stageId);
    const int base = basePixelSize();
    const int index = m_document->stageIndex(stageId);
    QString html = u"<div style='font-size:%1px'>"_s.arg(base);
    html += u"<div style='font-size:%1px; color:#9aa3b5'>%2</div>"_s.arg(int(base * 0.8))
                .arg(tr("Stage %1 of %2").arg(index + 1).arg(m_document->stages().size()));
    html += u"<div style='font-size:%1px; font-weight:bold'><span style='color:%2'>&#9632;</span> %3</div>"_s
                .arg(int(base * 1.8))
                .arg(m_document->stageColor(stageId).name(), esc(stage.name));
    if (!stage.description.isEmpty())
        html += u"<p style='color:#c9cedb'>%1</p>"_s.arg(esc(stage.description));

    const auto found = std::find_if(m_report.stages.cbegin(), m_report.stages.cend(),
                                    [stageId](const MetricsReport::Stage &s) { return s.id == stageId; });
    html += badgeHtml(found != m_report.stages.cend() ? found->metrics : Metrics{}, stage);

    const QList<EmotionPoint> points = m_document->emotionPointsAt(stageId);
    for (const EmotionPoint &point : points) {
        const Persona *persona = m_document->persona(point.persona);
        if (!persona)
            continue;
        html += u"<div><span style='color:%1'>&#9679;</span> %2 <b>%3</b>"_s.arg(
            m_document->personaColor(point.persona).name(), esc(persona->name), signedNumber(point.score));
        if (!point.note.isEmpty())
            html += u" <span style='color:#c9cedb'>— %1</span>"_s.arg(esc(point.note));
        html += u"</div>"_s;
    }

    QList<const Card *> pains;
    QList<const Card *> delights;
    for (const Id id : m_document->cardsOfStage(stageId)) {
        const Card *card = m_document->card(id);
        if (card->kind == CardKind::PainPoint)
            pains.append(card);
        else if (card->kind == CardKind::Delight)
            delights.append(card);
    }
    std::stable_sort(pains.begin(), pains.end(), [](const Card *a, const Card *b) { return a->severity > b->severity; });
    const auto list = [&](const QList<const Card *> &cards, const QString &mark, const QString &color) {
        QString items;
        for (qsizetype i = 0; i < std::min<qsizetype>(cards.size(), MaxListed); ++i)
            items += u"<div style='margin-top:%1px'><span style='color:%2'>%3</span> %4</div>"_s.arg(base / 3).arg(color, mark, esc(cards.at(i)->title));
        if (cards.size() > MaxListed)
            items += u"<div style='color:#9aa3b5'>%1</div>"_s.arg(tr("and %n more", nullptr, int(cards.size() - MaxListed)));
        return items;
    };
    if (!pains.isEmpty() || !delights.isEmpty())
        html += u"<div style='margin-top:%1px'></div>"_s.arg(base / 2);
    html += list(pains, u"&#9650;"_s, u"#ff7a6b"_s);
    html += list(delights, u"&#9733;"_s, u"#5fd08a"_s);
    return html + u"</div>"_s;
}

} // namespace Waymark
