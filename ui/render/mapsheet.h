#pragma once

#include <QRectF>
#include <QString>

class QPainter;

namespace Waymark {

class ExportScene;

// One printed view of a map: a title line, the map (or the part of it given by a range of
// stages and lanes, its headers repeated) and the legend, as the export options ask.
class MapSheet
{
public:
    static constexpr double TitleHeight = 58; // scene units
    static constexpr double Gap = 12;

    MapSheet(ExportScene &scene, int firstColumn, int lastColumn, int firstRow, int lastRow, QString subtitle = {});

    // The size the sheet needs, in scene units (pixels at 96 dpi).
    QSizeF size() const;
    void paint(QPainter *painter, const QRectF &target);

private:
    ExportScene &m_scene;
    int m_firstColumn;
    int m_lastColumn;
    int m_firstRow;
    int m_lastRow;
    QString m_subtitle;
};

} // namespace Waymark
