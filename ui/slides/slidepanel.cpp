#include "slidepanel.h"

#include "slidefigures.h"
#include "slidepicture.h"
#include "slidestyle.h"
#include "slidetext.h"

#include "document/document.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Waymark::SlidePanel {

using namespace SlideStyle;

namespace {

constexpr double Inset = 44;
constexpr double ChartHeight = 190;
constexpr double FooterRoom = 70;

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Waymark", text, disambiguation, n);
}

QString signedNumber(double value)
{
    const QString number = QLocale().toString(value, 'f', 0);
    return value >= 0.5 ? u"+"_s + number : number;
}

// Against a target: at or above is good, within ten points amber, below that red.
QColor targetColor(const std::optional<double> &value, const std::optional<double> &target)
{
    if (!value || !target)
        return text();
    if (*value >= *target)
        return good();
    return *value >= *target - 10 ? amber() : bad();
}

// Texts stacked down the panel, each below the last, at a common scale.
struct Column {
    SlidePicture &picture;
    double x;
    double width;
    double y;
    double scale = 1;

    SlideText add(const QString &string, double size, bool bold, const QColor &color, SlideRole role, int maxLines = 1000,
                  double indent = 0)
    {
        SlideText t = SlideTexts::make(string, x + indent, y, width - indent, size * scale, bold, color, role, maxLines);
        picture.items.append(t);
        y = t.rect.bottom();
        return t;
    }
    void gap(double units) { y += units * scale; }
    // A coloured mark (a dot or a square) at the first line of the next text.
    void mark(const QColor &color, double size, bool dot)
    {
        SlideShape shape;
        const double side = size * 0.62 * scale;
        shape.rect = QRectF(x, y + (size * LineSpacing * scale - side) / 2, side, side);
        shape.fill = color;
        shape.ellipse = dot;
        shape.radius = dot ? 0 : 3;
        picture.items.append(shape);
    }
};

void addFigure(Column &column, const QString &label, const QString &value, const QString &detail, const QColor &color)
{
    column.add(label, PanelLabelSize, false, mutedText(), SlideRole::PanelLabel, 1);
    column.add(value, FigureSize, true, color, SlideRole::Figure, 1);
    column.add(detail, FooterSize, false, mutedText(), SlideRole::FigureDetail, 2);
    column.gap(18);
}

void addFigures(Column &column, const Metrics *metrics, const Stage &stage)
{
    if (!metrics || (!metrics->nps && !metrics->csat)) {
        column.add(tr("Survey"), PanelLabelSize, false, mutedText(), SlideRole::PanelLabel, 1);
        column.add(tr("No survey responses for this stage yet."), PanelTextSize, false, softText(), SlideRole::FigureDetail, 3);
        column.gap(24);
        return;
    }
    if (metrics->nps) {
        QString detail = tr("n = %1").arg(metrics->npsN);
        if (metrics->npsCi95)
            detail += u" · ±"_s + QLocale().toString((metrics->npsCi95->second - metrics->npsCi95->first) / 2, 'f', 0);
        if (stage.npsTarget)
            detail += u" · "_s + tr("target %1").arg(signedNumber(*stage.npsTarget));
        addFigure(column, tr("NPS"), signedNumber(*metrics->nps), detail, targetColor(metrics->nps, stage.npsTarget));
    }
    if (metrics->csat) {
        QString detail = tr("n = %1").arg(metrics->csatN);
        if (stage.csatTarget)
            detail += u" · "_s + tr("target %1 %").arg(QLocale().toString(*stage.csatTarget, 'f', 0));
        addFigure(column, tr("CSAT"), QLocale().toString(*metrics->csat, 'f', 0) + u" %"_s, detail,
                  targetColor(metrics->csat, stage.csatTarget));
    }
}

// Every shown persona's emotion across the stages, the presented stage marked.
void addEmotionChart(SlidePicture &picture, const Document &document, const SlideFigures &figures, Id current, const QRectF &rect)
{
    const QList<Stage> &stages = document.stages();
    SlideShape frame;
    frame.rect = rect;
    frame.fill = background();
    frame.radius = 8;
    frame.role = SlideRole::EmotionChart;
    picture.items.append(frame);
    const double pad = 18;
    const double step = stages.size() > 1 ? (rect.width() - 2 * pad) / (stages.size() - 1) : 0;
    const auto xOf = [&](int index) { return stages.size() > 1 ? rect.left() + pad + index * step : rect.center().x(); };
    const auto yOf = [&](int score) {
        return rect.center().y() - score * (rect.height() / 2 - pad) / EmotionPoint::MaxScore;
    };
    const int currentIndex = document.stageIndex(current);
    SlideShape band;
    const double bandWidth = std::max(24.0, std::min(step, 60.0));
    band.rect = QRectF(xOf(currentIndex) - bandWidth / 2, rect.top() + 6, bandWidth, rect.height() - 12);
    band.fill = separator();
    band.radius = 6;
    band.role = SlideRole::EmotionChart;
    picture.items.append(band);
    SlideLine zero;
    zero.points = QPolygonF({QPointF(rect.left() + 8, yOf(0)), QPointF(rect.right() - 8, yOf(0))});
    zero.color = mutedText();
    zero.width = 1.5;
    picture.items.append(zero);
    for (const Persona &persona : document.personas()) {
        if (!figures.showsPersona(persona.id))
            continue;
        SlideLine curve;
        curve.color = document.personaColor(persona.id);
        curve.width = 5;
        for (const EmotionPoint &point : document.emotionPointsOf(persona.id))
            curve.points.append(QPointF(xOf(document.stageIndex(point.stage)), yOf(point.score)));
        if (curve.points.size() > 1)
            picture.items.append(curve);
        if (const EmotionPoint *point = document.emotionPoint(persona.id, current)) {
            SlideShape dot;
            dot.rect = QRectF(xOf(currentIndex) - 11, yOf(point->score) - 11, 22, 22);
            dot.fill = curve.color;
            dot.border = background();
            dot.borderWidth = 3;
            dot.ellipse = true;
            dot.role = SlideRole::EmotionChart;
            picture.items.append(dot);
        }
    }
}

} // namespace

void addStage(SlidePicture &picture, const Document &document, const SlideFigures &figures, Id stageId, const QRectF &panel)
{
    const Stage &stage = *document.stage(stageId);
    Column column{picture, panel.left() + Inset, panel.width() - 2 * Inset, panel.top() + 56};
    addFigures(column, figures.stage(stageId), stage);

    const bool anyEmotion = document.emotionPointCount() > 0;
    const double chartTop = panel.bottom() - FooterRoom - ChartHeight - PanelLabelSize * LineSpacing;
    const double feelingsEnd = anyEmotion ? chartTop - 20 : panel.bottom() - FooterRoom;
    QList<EmotionPoint> points = document.emotionPointsAt(stageId);
    points.erase(std::remove_if(points.begin(), points.end(),
                                [&](const EmotionPoint &p) { return !figures.showsPersona(p.persona) || !document.persona(p.persona); }),
                 points.end());
    if (!points.isEmpty()) {
        column.add(tr("How they feel"), PanelLabelSize, false, mutedText(), SlideRole::PanelLabel, 1);
        column.gap(4);
        for (qsizetype i = 0; i < points.size(); ++i) {
            const EmotionPoint &point = points.at(i);
            const double needed = PanelTextSize * LineSpacing + (point.note.isEmpty() ? 0 : 2 * CardTextSize * LineSpacing);
            if (column.y + needed > feelingsEnd) {
                column.add(tr("and %n more", nullptr, int(points.size() - i)), CardTextSize, false, mutedText(),
                           SlideRole::Persona, 1, 30);
                break;
            }
            column.mark(document.personaColor(point.persona), PanelTextSize, true);
            column.add(u"%1 %2"_s.arg(document.persona(point.persona)->name, signedNumber(point.score)), PanelTextSize, true,
                       text(), SlideRole::Persona, 1, 30);
            if (!point.note.isEmpty())
                column.add(point.note, CardTextSize, false, softText(), SlideRole::Persona, 2, 30);
            column.gap(10);
        }
    }
    if (anyEmotion) {
        column.y = chartTop;
        column.add(tr("Emotion across the journey"), PanelLabelSize, false, mutedText(), SlideRole::PanelLabel, 1);
        addEmotionChart(picture, document, figures, stageId, QRectF(column.x, column.y + 4, column.width, ChartHeight));
    }
}

void addOverview(SlidePicture &picture, const Document &document, const SlideFigures &figures, const QRectF &panel)
{
    const qsizetype itemsBefore = picture.items.size();
    // A long map (many stages, a long description) is set smaller until it fits.
    for (double scale = 1;; scale -= 0.08) {
        picture.items.resize(itemsBefore);
        Column column{picture, panel.left() + Inset, panel.width() - 2 * Inset, panel.top() + 56, scale};
        column.add(tr("Customer journey"), CaptionSize, false, mutedText(), SlideRole::Caption, 1);
        if (!figures.filterLabel.isEmpty())
            column.add(figures.filterLabel, CaptionSize, true, accent(), SlideRole::FilterLabel, 2);
        column.gap(6);
        column.add(document.info().title, 48, true, text(), SlideRole::Title, 4);
        column.gap(14);
        if (!document.info().description.isEmpty()) {
            column.add(document.info().description, 24, false, softText(), SlideRole::Caption, 6);
            column.gap(20);
        }
        for (int i = 0; i < document.stages().size(); ++i) {
            const Stage &stage = document.stages().at(i);
            column.mark(document.stageColor(stage.id), 24, false);
            column.add(u"%1. %2"_s.arg(i + 1).arg(stage.name), 24, false, text(), SlideRole::Caption, 2, 30 * scale);
            column.gap(6);
        }
        if (!document.personas().isEmpty()) {
            column.gap(14);
            column.add(tr("Personas"), PanelLabelSize, false, mutedText(), SlideRole::PanelLabel, 1);
            column.gap(4);
            for (const Persona &persona : document.personas()) {
                if (!figures.showsPersona(persona.id))
                    continue;
                column.mark(document.personaColor(persona.id), 24, true);
                column.add(persona.name, 24, false, text(), SlideRole::Persona, 1, 30 * scale);
                column.gap(4);
            }
        }
        if (figures.overall.nps) {
            column.gap(14);
            column.add(tr("Overall NPS %1 · n = %2").arg(signedNumber(*figures.overall.nps)).arg(figures.overall.npsN), 24, true,
                       text(), SlideRole::Figure, 2);
        }
        if (column.y <= panel.bottom() - FooterRoom || scale < 0.6)
            break;
    }
}

} // namespace Waymark::SlidePanel
