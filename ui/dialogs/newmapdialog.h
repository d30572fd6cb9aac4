#pragma once

#include "model/mapdata.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QLineEdit;
class QListWidget;

namespace Waymark {

// File > New: pick a template from a list with a preview of each, and give the map a title.
class NewMapDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewMapDialog(QWidget *parent = nullptr);

    QString templateName() const;
    // The chosen template with the title the user gave.
    MapData mapData() const;

private:
    void showTemplate();

    QListWidget *m_list;
    QLabel *m_preview;
    QLabel *m_summary;
    QLineEdit *m_title;
    QHash<QString, QImage> m_previews;
    bool m_titleEdited = false;
};

} // namespace Waymark
