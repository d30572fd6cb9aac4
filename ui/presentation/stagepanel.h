#pragma once

#include "metrics/metricsreport.h"
#include "model/ids.h"
#include "model/stage.h"

#include <QWidget>

class QLabel;

namespace Waymark {

class Document;

// The side of a presentation slide that is read from the back of the room: the stage's name,
// its survey figures enlarged (against the stage's targets), how each persona feels there and
// what hurts and delights. The overview slide shows the map's title, stages and personas.
class StagePanel : public QWidget
{
    Q_OBJECT

public:
    explicit StagePanel(Document *document, QWidget *parent = nullptr);

    // 0 for the overview, else the stage.
    void showOverview();
    void showStage(Id stage);
    void setMetrics(const MetricsReport &report);
    QString text() const; // what is shown, as plain text (for tests)

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void refresh();
    QString overviewHtml() const;
    QString stageHtml(Id stage) const;
    QString badgeHtml(const Metrics &metrics, const Stage &stage) const;
    int basePixelSize() const;

    Document *m_document;
    QLabel *m_label;
    Id m_stage = 0;
    int m_base = 16;
    MetricsReport m_report;
};

} // namespace Waymark
