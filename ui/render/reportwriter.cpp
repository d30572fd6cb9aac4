#include "reportwriter.h"

#include "io/commentsformat.h"

#include "model/valuebounds.h"
#include "canvas/canvastheme.h"
#include "canvas/textlines.h"
#include "document/document.h"
#include "exportscene.h"
#include "io/formaterror.h"
#include "metrics/metricsformat.h"
#include "metrics/metricsreport.h"
#include "charts/stagechartbuilder.h"
#include "pagecanvas.h"
#include "planning/opportunityranking.h"
#include "roadmap/prioritymatrix.h"

#include <QChart>
#include "pdfmapformat.h"
#include "render/mapthumbnail.h"
#include "io/translate.h"

#include <QCoreApplication>
#include <QDate>
#include <QFontMetricsF>
#include <QImage>
#include <QLocale>
#include <QTextOption>

using namespace Qt::StringLiterals;

namespace Waymark {

namespace {

constexpr qsizetype MaxCoverStages = 12;

QFont scaled(QFont font, double factor, bool bold = false)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    if (bold)
        font.setBold(true);
    return font;
}

// Draws wrapped text in a column of `width` from `y`; returns the y below it.
double paragraph(QPainter &painter, const QString &text, const QFont &font, const QColor &colour, double x, double y, double width,
                 int maxLines = 0)
{
    const QString shown = ValueBounds::forDisplay(text); // a page holds less than this
    if (shown.trimmed().isEmpty())
        return y;
    painter.setFont(font);
    painter.setPen(colour);
    QTextOption option(Qt::AlignLeft | Qt::AlignTop);
    option.setWrapMode(QTextOption::WordWrap);
    const QFontMetricsF metrics(font);
    QRectF bounds = painter.boundingRect(QRectF(x, y, width, 10000), shown, option);
    if (maxLines > 0)
        bounds.setHeight(std::min(bounds.height(), metrics.lineSpacing() * maxLines));
    painter.save();
    painter.setClipRect(bounds.adjusted(-2, -2, 2, 2));
    painter.drawText(QRectF(x, y, width, bounds.height()), shown, option);
    painter.restore();
    return y + bounds.height();
}

QString signedScore(const std::optional<double> &value)
{
    if (!value)
        return u"—"_s;
    return (*value > 0 ? u"+"_s : QString()) + QString::number(*value, 'f', 1);
}

QString percent(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 1) + u" %"_s : u"—"_s;
}

QString decimal(const std::optional<double> &value, int decimals = 2)
{
    return value ? QString::number(*value, 'f', decimals) : u"—"_s;
}

} // namespace

ReportWriter::ReportWriter(Document &document, const ExportOptions &options)
    : m_document(document)
    , m_options(options)
{
}

void ReportWriter::write(PageCanvas &pdf)
{
    cover(pdf);
    pdf.newPage();
    ExportScene scene(m_document, m_options);
    PdfMapFormat::paintMapPages(pdf, scene);
    if (!m_document.personas().isEmpty()) {
        pdf.newPage();
        personas(pdf);
    }
    pdf.newPage();
    metrics(pdf);
    if (!OpportunityRanking::ranked(m_document).isEmpty()) {
        pdf.newPage();
        priorities(pdf);
    }
    pdf.newPage();
    m_tableBottom = 0;
    opportunities(pdf);
    painPoints(pdf);
    if (m_options.comments) {
        pdf.newPage();
        m_tableBottom = 0;
        comments(pdf);
    }
}

void ReportWriter::comments(PageCanvas &pdf)
{
    const QList<CommentsFormat::Thread> threads = CommentsFormat::threads(m_document, false);
    QList<QStringList> rows;
    for (const CommentsFormat::Thread &thread : threads) {
        QString conversation = thread.comment.text;
        for (const Comment &reply : thread.replies)
            conversation += u"\n\u21b3 %1: %2"_s.arg(CommentsFormat::byline(reply), reply.text);
        rows.append({thread.placed(), CommentsFormat::byline(thread.comment), conversation});
    }
    if (rows.isEmpty())
        rows.append({tr("No open comments."), QString(), QString()});
    table(pdf, tr("Open comments"), {tr("On"), tr("Started by"), tr("Conversation")}, {0.28, 0.2, 0.52}, rows);
}

double ReportWriter::sectionTitle(PageCanvas &pdf, const QString &title, double y)
{
    const CanvasTheme theme = CanvasTheme::light();
    const QFont font = scaled(theme.stageFont, 1.5);
    pdf.painter().setFont(font);
    pdf.painter().setPen(theme.text);
    const QFontMetricsF metrics(font);
    pdf.painter().drawText(QPointF(pdf.content().left(), y + metrics.ascent()),
                           metrics.elidedText(ValueBounds::forDisplay(title, 500), Qt::ElideRight, pdf.content().width()));
    y += metrics.height() + 4;
    pdf.painter().setPen(QPen(theme.accent, 2));
    pdf.painter().drawLine(QLineF(pdf.content().left(), y, pdf.content().left() + 80, y));
    return y + 14;
}

void ReportWriter::cover(PageCanvas &pdf)
{
    const CanvasTheme theme = CanvasTheme::light();
    QPainter &p = pdf.painter();
    const QRectF area = pdf.content();
    const double column = area.width() * 0.46;

    double y = area.top() + 20;
    p.setPen(theme.mutedText);
    p.setFont(scaled(theme.bodyFont, 1.1));
    p.drawText(QPointF(area.left(), y), tr("Customer journey map"));
    y += 12;
    y = paragraph(p, m_document.info().title, scaled(theme.stageFont, 2.4), theme.text, area.left(), y, column);
    y = paragraph(p, m_document.info().description, scaled(theme.bodyFont, 1.25), theme.mutedText, area.left(), y + 10, column);
    p.setFont(theme.bodyFont);
    p.setPen(theme.mutedText);
    y += 18;
    p.drawText(QPointF(area.left(), y), QLocale().toString(QDate::currentDate(), QLocale::LongFormat));

    // Headline figures.
    const MetricsReport report = figures();
    int touchpoints = 0, pains = 0, opportunities = 0;
    for (const Stage &stage : m_document.stages()) {
        for (const Id id : m_document.cardsOfStage(stage.id)) {
            const CardKind kind = m_document.card(id)->kind;
            touchpoints += kind == CardKind::Touchpoint;
            pains += kind == CardKind::PainPoint;
            opportunities += kind == CardKind::Opportunity;
        }
    }
    const QList<std::pair<QString, QString>> figures = {
        {QString::number(m_document.stages().size()), tr("stages")},
        {QString::number(touchpoints), tr("touchpoints")},
        {QString::number(pains), tr("pain points")},
        {QString::number(opportunities), tr("opportunities")},
        {report.overall.responses ? signedScore(report.overall.nps) : u"—"_s,
         report.overall.responses ? tr("NPS from %1 responses").arg(QLocale().toString(report.overall.responses)) : tr("no survey data yet")},
    };
    y += 30;
    double x = area.left();
    for (const auto &[number, label] : figures) {
        p.setFont(scaled(theme.stageFont, 1.7));
        p.setPen(theme.accent);
        p.drawText(QPointF(x, y + 22), number);
        p.setFont(theme.smallFont);
        p.setPen(theme.mutedText);
        p.drawText(QRectF(x, y + 28, 96, 30), Qt::TextWordWrap, label);
        x += 104;
    }

    // The map in small, at the right.
    const QRectF thumbArea(area.left() + column + 40, area.top() + 20, area.width() - column - 40, area.height() * 0.5);
    const QImage thumb = MapThumbnail::render(m_document.snapshot(), int(thumbArea.width() * 2), int(thumbArea.height() * 2), 1);
    if (!thumb.isNull()) {
        const QSizeF size = QSizeF(thumb.size()).scaled(thumbArea.size(), Qt::KeepAspectRatio);
        p.setPen(QPen(theme.gridLine, 1));
        p.drawImage(QRectF(thumbArea.topLeft(), size), thumb);
        p.drawRect(QRectF(thumbArea.topLeft(), size));
    }

    // The stages in order: the map's headers may shorten a long name, this line never does.
    y += 76;
    QStringList steps;
    const qsizetype listed = std::min<qsizetype>(m_document.stages().size(), MaxCoverStages);
    for (qsizetype i = 0; i < listed; ++i)
        steps.append(u"%1 %2"_s.arg(i + 1).arg(m_document.stages().at(i).name));
    if (m_document.stages().size() > listed)
        steps.append(tr("and %1 more").arg(m_document.stages().size() - listed));
    if (!steps.isEmpty()) {
        p.setFont(theme.smallFont);
        p.setPen(theme.mutedText);
        p.drawText(QPointF(area.left(), y), tr("The journey"));
        y = paragraph(p, steps.join(u"  →  "_s), theme.bodyFont, theme.text, area.left(), y + 6, column, 4);
    }

    // Who the journey is about.
    double py = std::max(y + 30, area.top() + area.height() * 0.58);
    p.setFont(scaled(theme.laneFont, 1.15));
    p.setPen(theme.text);
    if (!m_document.personas().isEmpty())
        p.drawText(QPointF(area.left(), py), tr("Personas"));
    py += 14;
    const qsizetype count = m_document.personas().size();
    const double boxWidth = count ? std::min(300.0, (area.width() - 16 * (count - 1)) / count) : 0;
    double bx = area.left();
    for (const Persona &persona : m_document.personas()) {
        const QColor colour = m_document.personaColor(persona.id);
        const QRectF box(bx, py, boxWidth, area.bottom() - py - 4);
        p.fillRect(QRectF(box.left(), box.top(), 4, box.height()), colour);
        double ty = paragraph(p, persona.name, scaled(theme.laneFont, 1.1), theme.text, box.left() + 12, box.top(), box.width() - 16);
        QStringList facts;
        if (!persona.role.isEmpty())
            facts.append(persona.role);
        if (persona.age > 0)
            facts.append(tr("%1 years").arg(persona.age));
        if (!persona.segment.isEmpty())
            facts.append(persona.segment);
        ty = paragraph(p, facts.join(u" · "_s), theme.smallFont, theme.mutedText, box.left() + 12, ty + 2, box.width() - 16);
        if (!persona.quote.isEmpty()) {
            QFont italic = theme.bodyFont;
            italic.setItalic(true);
            paragraph(p, u"\u201c"_s + persona.quote + u"\u201d"_s, italic, theme.text, box.left() + 12, ty + 6, box.width() - 16, 4);
        }
        bx += boxWidth + 16;
    }
}

void ReportWriter::personas(PageCanvas &pdf)
{
    const CanvasTheme theme = CanvasTheme::light();
    QPainter &p = pdf.painter();
    const QRectF area = pdf.content();
    const auto &personas = m_document.personas();
    for (qsizetype i = 0; i < personas.size(); ++i) {
        const bool top = i % 2 == 0;
        if (i > 0 && top)
            pdf.newPage();
        double y = top ? sectionTitle(pdf, personas.size() > 2 ? tr("Personas (%1 of %2)").arg(i / 2 + 1).arg((personas.size() + 1) / 2)
                                                               : tr("Personas"),
                                      area.top())
                       : area.top() + area.height() / 2 + 10;
        const Persona &persona = personas.at(i);
        const double half = area.height() / 2 - 40;
        const QRectF box(area.left(), y, area.width(), half);
        const QColor colour = m_document.personaColor(persona.id);
        p.fillRect(QRectF(box.left(), box.top(), 4, box.height()), colour);

        const double left = box.left() + 14;
        const double profileWidth = box.width() * 0.36;
        double ty = paragraph(p, persona.name, scaled(theme.stageFont, 1.2), theme.text, left, box.top(), profileWidth);
        QStringList facts;
        for (const QString &fact : {persona.role, persona.age > 0 ? tr("%1 years").arg(persona.age) : QString(), persona.gender, persona.segment}) {
            if (!fact.isEmpty())
                facts.append(fact);
        }
        ty = paragraph(p, facts.join(u" · "_s), theme.bodyFont, theme.mutedText, left, ty + 2, profileWidth);
        if (!persona.quote.isEmpty()) {
            QFont italic = theme.bodyFont;
            italic.setItalic(true);
            ty = paragraph(p, u"\u201c"_s + persona.quote + u"\u201d"_s, italic, theme.text, left, ty + 6, profileWidth, 3);
        }
        const struct {
            const char *title;
            const QString &text;
        } lists[] = {{QT_TRANSLATE_NOOP("Waymark", "Goals"), persona.goals},
                     {QT_TRANSLATE_NOOP("Waymark", "Needs"), persona.needs},
                     {QT_TRANSLATE_NOOP("Waymark", "Pains"), persona.pains},
                     {QT_TRANSLATE_NOOP("Waymark", "Motivations"), persona.motivations}};
        for (const auto &list : lists) {
            if (list.text.trimmed().isEmpty() || ty > box.bottom() - 30)
                continue;
            ty = paragraph(p, tr(list.title), scaled(theme.smallFont, 1.0, true), theme.text, left, ty + 6, profileWidth);
            QStringList items = list.text.split(u'\n', Qt::SkipEmptyParts);
            for (QString &item : items)
                item = u"•  "_s + item.trimmed();
            ty = paragraph(p, items.join(u'\n'), theme.smallFont, theme.text, left, ty, profileWidth, 4);
        }

        // Empathy map: four quadrants around the persona.
        const QRectF map(left + profileWidth + 20, box.top(), box.right() - left - profileWidth - 20, box.height());
        const double w = map.width() / 2;
        const double h = map.height() / 2;
        const struct {
            const char *title;
            const QString &text;
        } quadrants[] = {{QT_TRANSLATE_NOOP("Waymark", "Says"), persona.says},
                         {QT_TRANSLATE_NOOP("Waymark", "Thinks"), persona.thinks},
                         {QT_TRANSLATE_NOOP("Waymark", "Does"), persona.does},
                         {QT_TRANSLATE_NOOP("Waymark", "Feels"), persona.feels}};
        for (int q = 0; q < 4; ++q) {
            const QRectF cell(map.left() + (q % 2) * w, map.top() + (q / 2) * h, w, h);
            QColor tint = colour;
            tint.setAlphaF(0.07f);
            p.fillRect(cell.adjusted(2, 2, -2, -2), tint);
            p.setPen(QPen(theme.gridLine, 1));
            p.drawRect(cell.adjusted(2, 2, -2, -2));
            const double cy = paragraph(p, tr(quadrants[q].title).toUpper(), scaled(theme.smallFont, 1.0, true), colour.darker(130),
                                        cell.left() + 12, cell.top() + 10, cell.width() - 24);
            paragraph(p, quadrants[q].text, theme.bodyFont, theme.text, cell.left() + 12, cy + 4, cell.width() - 24,
                      int((cell.height() - 40) / QFontMetricsF(theme.bodyFont).lineSpacing()));
        }
    }
}

MetricsReport ReportWriter::figures() const
{
    MetricsQuery query;
    query.segment = m_options.segment;
    query.excludedTouchpoints = MetricsEngine::touchpointsOfOthers(m_document, m_options.persona);
    try {
        return MetricsEngine::compute(m_document, query);
    } catch (const FormatError &) {
        return {}; // a segment the responses do not have: nobody (the command line refuses it first)
    }
}

void ReportWriter::metrics(PageCanvas &pdf)
{
    const CanvasTheme theme = CanvasTheme::light();
    const MetricsReport report = figures();
    const QRectF area = pdf.content();
    double y = sectionTitle(pdf, tr("Metrics by stage"), area.top());
    if (report.overall.responses == 0) {
        paragraph(pdf.painter(), tr("No survey responses have been imported into this map yet. Import them with "
                                    "File > Import Responses or `waymark import`, and this page shows NPS, CSAT, CES, "
                                    "first-contact resolution and response time for every stage."),
                  theme.bodyFont, theme.mutedText, area.left(), y, area.width() * 0.6);
        return;
    }
    const QString overall = tr("Overall: NPS %1 (95 %: %2 to %3) from %4 responses · CSAT %5 · CES %6")
                                .arg(signedScore(report.overall.nps),
                                     report.overall.npsCi95 ? QString::number(report.overall.npsCi95->first, 'f', 1) : u"—"_s,
                                     report.overall.npsCi95 ? QString::number(report.overall.npsCi95->second, 'f', 1) : u"—"_s,
                                     QLocale().toString(report.overall.responses), percent(report.overall.csat),
                                     decimal(report.overall.cesMean));
    if (!report.filter.isEmpty() || m_options.persona) {
        QStringList shown;
        if (const Persona *persona = m_document.persona(m_options.persona))
            shown.append(persona->name);
        if (!report.filter.isEmpty())
            shown.append(SegmentCondition::describe(report.filter));
        y = paragraph(pdf.painter(), tr("Showing %1: every figure on these pages counts only these respondents.").arg(shown.join(u" \u00b7 "_s)),
                      scaled(theme.bodyFont, 1.0, true), theme.accent, area.left(), y, area.width()) + 6;
    }
    y = paragraph(pdf.painter(), overall, theme.bodyFont, theme.text, area.left(), y, area.width()) + 10;

    QList<QStringList> rows;
    for (const auto &stage : report.stages) {
        const Metrics &m = stage.metrics;
        rows.append({stage.name, QLocale().toString(m.responses), signedScore(m.nps),
                     m.npsCi95 ? u"%1 to %2"_s.arg(m.npsCi95->first, 0, 'f', 1).arg(m.npsCi95->second, 0, 'f', 1) : u"—"_s,
                     percent(m.csat), decimal(m.cesMean), percent(m.fcrRate), decimal(m.minutesMean, 1)});
    }
    m_tableBottom = y;
    table(pdf, {}, {tr("Stage"), tr("Responses"), tr("NPS"), tr("95 % interval"), tr("CSAT"), tr("CES"), tr("FCR"), tr("Minutes")},
          {0.26, 0.1, 0.08, 0.16, 0.1, 0.08, 0.1, 0.12}, rows, tr("Metrics by stage"));
    y = m_tableBottom + 16;
    if (report.business) {
        y = paragraph(pdf.painter(),
                      tr("Business figures (%1): churn %2, customer lifetime value %3.")
                          .arg(report.business->period, percent(report.business->churnRate), decimal(report.business->clv)),
                      theme.bodyFont, theme.text, area.left(), m_tableBottom + 10, area.width())
            + 16;
    }
    y = insights(pdf, report, y);
    charts(pdf, report, y);
}

double ReportWriter::insights(PageCanvas &pdf, const MetricsReport &report, double y)
{
    const CanvasTheme theme = CanvasTheme::light();
    const QRectF area = pdf.content();
    const QFont heading = scaled(theme.bodyFont, 1.1, true);
    if (y + 80 > area.bottom()) {
        pdf.newPage();
        y = area.top();
    }
    y = paragraph(pdf.painter(), tr("Segment insights"), heading, theme.text, area.left(), y, area.width()) + 4;
    if (report.insights.isEmpty()) {
        y = paragraph(pdf.painter(), tr("No segment stands out."), theme.bodyFont, theme.text, area.left(), y, area.width()) + 2;
    }
    for (const SegmentInsight &insight : report.insights) {
        if (y + 30 > area.bottom()) {
            pdf.newPage();
            y = sectionTitle(pdf, tr("Segment insights (continued)"), area.top());
        }
        y = paragraph(pdf.painter(), MetricsFormat::insightSentence(insight), theme.bodyFont, theme.text, area.left() + 8, y,
                      area.width() - 8) + 3;
    }
    y = paragraph(pdf.painter(), MetricsFormat::insightMethodSentence(report.insightMethod), scaled(theme.bodyFont, 0.9),
                  theme.mutedText, area.left(), y + 2, area.width());
    return y + 16;
}

void ReportWriter::charts(PageCanvas &pdf, const MetricsReport &report, double y)
{
    // The dock's charts, two abreast, drawn as vectors; a chart that does not fit goes over.
    const QList<QChart *> built = StageChartBuilder::build(report, StageChartOptions::forDocument(m_document));
    std::vector<std::unique_ptr<QChart>> charts(built.cbegin(), built.cend());
    const QRectF area = pdf.content();
    const double gap = 16;
    const double width = (area.width() - gap) / 2;
    double rowHeight = 0;
    int column = 0;
    for (const std::unique_ptr<QChart> &chart : charts) {
        const double height = std::clamp(chart->preferredHeight(), 180.0, area.height() - 40);
        if (y + height > area.bottom()) {
            pdf.newPage();
            y = sectionTitle(pdf, tr("Metrics by stage (continued)"), area.top());
            column = 0;
            rowHeight = 0;
        }
        const QRectF target(area.left() + column * (width + gap), y, width, height);
        StageChartBuilder::render(chart.get(), &pdf.painter(), target, target.size());
        rowHeight = std::max(rowHeight, height);
        if (++column == 2) {
            column = 0;
            y += rowHeight + gap;
            rowHeight = 0;
        }
    }
}

void ReportWriter::priorities(PageCanvas &pdf)
{
    // The roadmap dock's matrix, as it is on screen but in the light print palette.
    const QRectF area = pdf.content();
    const double y = sectionTitle(pdf, tr("Priorities: effort × impact"), area.top());
    PriorityMatrix matrix;
    const CanvasTheme theme = CanvasTheme::light();
    QPalette print(theme.headerBackground, Qt::white);
    print.setColor(QPalette::WindowText, theme.text);
    print.setColor(QPalette::Text, theme.text);
    print.setColor(QPalette::Highlight, theme.accent);
    matrix.setPalette(print);
    matrix.setFont(theme.bodyFont);
    matrix.setDocument(&m_document);
    const double height = area.bottom() - y;
    matrix.resize(QSizeF(std::min(area.width() * 0.62, height * 1.4), height).toSize());
    matrix.ensurePolished();
    pdf.painter().save();
    pdf.painter().translate(area.left(), y);
    matrix.render(&pdf.painter(), QPoint(), QRegion(), QWidget::DrawChildren);
    pdf.painter().restore();

    // The dots carry the opportunities' numbers; their names are beside the matrix, in that order.
    const double x = area.left() + matrix.width() + 28;
    double ty = y;
    const QHash<Id, int> numbers = OpportunityRanking::numbers(m_document);
    QList<Id> byNumber = numbers.keys();
    std::sort(byNumber.begin(), byNumber.end(), [&numbers](Id a, Id b) { return numbers.value(a) < numbers.value(b); });
    for (const Id id : std::as_const(byNumber)) {
        const Card *card = m_document.card(id);
        const QString line = u"%1  %2  (%3)"_s.arg(numbers.value(id)).arg(card->title, OpportunityRanking::quadrantName(OpportunityRanking::quadrantOf(*card)));
        ty = paragraph(pdf.painter(), line, theme.bodyFont, theme.text, x, ty, area.right() - x, 3) + 4;
        if (ty > area.bottom() - 20)
            break;
    }
}

void ReportWriter::opportunities(PageCanvas &pdf)
{
    const QList<Id> ranked = OpportunityRanking::ranked(m_document);
    const QHash<Id, int> numbers = OpportunityRanking::numbers(m_document);
    QList<QStringList> rows;
    int rank = 1;
    for (const Id id : ranked) {
        const Card *card = m_document.card(id);
        const Stage *stage = m_document.stage(card->stage);
        QStringList addresses;
        for (const CardLink &link : m_document.linksOf(id)) {
            if (link.opportunity == id)
                addresses.append(m_document.card(link.painPoint)->title);
        }
        rows.append({QString::number(rank++), QString::number(numbers.value(id)), card->title, stage ? stage->name : QString(),
                     addresses.isEmpty() ? u"—"_s : addresses.join(u"; "_s), QString::number(card->impact),
                     QString::number(card->effort), QString::number(OpportunityRanking::score(*card), 'f', 2),
                     card->owner.isEmpty() ? u"—"_s : card->owner, labelOf(card->status)});
    }
    table(pdf, tr("Opportunities, ranked by impact ÷ effort"),
          {u"#"_s, tr("No."), tr("Opportunity"), tr("Stage"), tr("Addresses"), tr("Impact"), tr("Effort"), tr("Score"), tr("Owner"),
           tr("Status")},
          {0.03, 0.04, 0.23, 0.12, 0.2, 0.06, 0.06, 0.06, 0.12, 0.08}, rows);
}

void ReportWriter::painPoints(PageCanvas &pdf)
{
    QList<const Card *> pains;
    for (const Stage &stage : m_document.stages()) {
        for (const Id id : m_document.cardsOfStage(stage.id)) {
            if (m_document.card(id)->kind == CardKind::PainPoint)
                pains.append(m_document.card(id));
        }
    }
    std::stable_sort(pains.begin(), pains.end(), [](const Card *a, const Card *b) { return a->severity > b->severity; });
    QList<QStringList> rows;
    for (const Card *card : std::as_const(pains)) {
        const Stage *stage = m_document.stage(card->stage);
        rows.append({QString::number(card->severity), card->title, stage ? stage->name : QString(), labelOf(card->evidence),
                     card->description});
    }
    m_tableBottom += 18;
    table(pdf, tr("Pain points, most severe first"), {tr("Severity"), tr("Pain point"), tr("Stage"), tr("Evidence"), tr("Detail")},
          {0.08, 0.27, 0.15, 0.1, 0.4}, rows);
}

void ReportWriter::table(PageCanvas &pdf, const QString &heading, const QStringList &columns, const QList<double> &widths,
                         const QList<QStringList> &rows, const QString &continued)
{
    const CanvasTheme theme = CanvasTheme::light();
    QPainter &p = pdf.painter();
    const QRectF area = pdf.content();
    double y = m_tableBottom > area.top() ? m_tableBottom : area.top();
    if (!heading.isEmpty()) {
        if (y > area.bottom() - 120) {
            pdf.newPage();
            y = area.top();
        }
        y = sectionTitle(pdf, heading, y);
    }
    const QFont headerFont = scaled(theme.smallFont, 1.0, true);
    const QFont cellFont = theme.bodyFont;
    const QFontMetricsF metrics(cellFont);
    const double lineHeight = metrics.lineSpacing();
    constexpr double HeaderHeight = 22;
    constexpr double CellPadding = 5;
    QList<double> xs;
    double x = area.left();
    for (const double w : widths) {
        xs.append(x);
        x += w * area.width();
    }
    const auto header = [&] {
        p.fillRect(QRectF(area.left(), y, area.width(), HeaderHeight), theme.rowOdd);
        p.setFont(headerFont);
        p.setPen(theme.mutedText);
        for (int c = 0; c < columns.size(); ++c)
            p.drawText(QRectF(xs[c] + 6, y, widths[c] * area.width() - 12, HeaderHeight), Qt::AlignLeft | Qt::AlignVCenter,
                       columns[c].toUpper());
        y += HeaderHeight + 2;
    };
    const auto nextPage = [&] {
        pdf.newPage();
        y = area.top();
        const QString title = continued.isEmpty() ? heading : continued;
        if (!title.isEmpty())
            y = sectionTitle(pdf, tr("%1 (continued)").arg(title), y);
        header();
    };
    if (rows.isEmpty()) {
        y = paragraph(p, tr("None in this map."), cellFont, theme.mutedText, area.left(), y, area.width());
        m_tableBottom = y;
        return;
    }
    header();
    for (const QStringList &row : rows) {
        // Each cell in lines: a row is as tall as its longest cell.
        QList<QStringList> cells;
        qsizetype lines = 1;
        for (int c = 0; c < row.size(); ++c) {
            cells.append(TextLines::wrap(row[c], cellFont, widths[c] * area.width() - 12));
            lines = std::max(lines, cells.last().size());
        }
        const double height = lines * lineHeight + 2 * CellPadding;
        // A row that fits a fresh page goes over whole; a longer one is split between lines.
        if (y + height > area.bottom() && height <= area.bottom() - area.top() - 80)
            nextPage();
        p.setFont(cellFont);
        p.setPen(theme.text);
        y += CellPadding;
        for (qsizetype line = 0; line < lines; ++line) {
            if (y + lineHeight > area.bottom()) {
                nextPage();
                p.setFont(cellFont);
                p.setPen(theme.text);
                y += CellPadding;
            }
            for (int c = 0; c < cells.size(); ++c) {
                if (line < cells[c].size())
                    p.drawText(QPointF(xs[c] + 6, y + metrics.ascent()), cells[c].at(line));
            }
            y += lineHeight;
        }
        y += CellPadding;
        p.setPen(QPen(theme.gridLine, 0.75));
        p.drawLine(QLineF(area.left(), y, area.right(), y));
    }
    m_tableBottom = y;
}

} // namespace Waymark
