#pragma once

#include "io/exportoptions.h"

#include <QHash>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>

namespace Waymark {

class Document;
class PageCanvas;
struct Card;
struct MetricsReport;
struct CanvasTheme;

// `waymark export --report`: a PDF a CX manager can send as it is. A cover (title, date,
// personas, headline figures), the map, a page per two personas with their empathy maps, the
// metrics per stage (charts and a table), and the pain points and opportunities ranked.
class ReportWriter
{
public:
    ReportWriter(Document &document, const ExportOptions &options);
    void write(PageCanvas &pdf);

private:
    void cover(PageCanvas &pdf);
    void personas(PageCanvas &pdf);
    void metrics(PageCanvas &pdf);
    void painPoints(PageCanvas &pdf);
    void opportunities(PageCanvas &pdf);
    void priorities(PageCanvas &pdf);
    void comments(PageCanvas &pdf);
    void charts(PageCanvas &pdf, const MetricsReport &report, double y);
    // The segment insights and how they were found, from `y`; returns the y below them.
    double insights(PageCanvas &pdf, const MetricsReport &report, double y);
    // The figures of the export's view filter, with insights.
    MetricsReport figures() const;

    // A table that continues on the next page when it runs out of room, under "`continued`
    // (continued)" and its header repeated. Every cell shows its whole text; a row too tall for
    // what is left of a page goes on over the next one.
    void table(PageCanvas &pdf, const QString &heading, const QStringList &columns, const QList<double> &widths,
               const QList<QStringList> &rows, const QString &continued = {});
    double sectionTitle(PageCanvas &pdf, const QString &title, double y);

    Document &m_document;
    ExportOptions m_options;
    double m_tableBottom = 0; // where the last table ended on the current page
};

} // namespace Waymark
