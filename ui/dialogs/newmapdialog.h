#pragma once

#include "model/mapdata.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QLineEdit;
class QListWidget;

namespace Waymark {

// File > New: pick a template from a list with a preview of each, give the map a title, and
// say where it is saved (by default the last folder used, else Documents, under its title):
// a new map is a file from the start, saved as it is edited.
class NewMapDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewMapDialog(QWidget *parent = nullptr);

    QString templateName() const;
    // The chosen template with the title the user gave.
    MapData mapData() const;
    // Where the map is saved: a file that does not exist yet, or one the user chose to replace.
    QString path() const;
    void setPath(const QString &path);

    // The folder new maps go to when the user has not said: the last one used, else Documents.
    static QString defaultFolder();
    // `folder`/`title`.waymark, numbered ("Title 2.waymark") when that file exists already.
    static QString freePath(const QString &folder, const QString &title);

    void accept() override;

private:
    void showTemplate();
    void updatePath();
    void choosePath();

    QListWidget *m_list;
    QLabel *m_preview;
    QLabel *m_summary;
    QLineEdit *m_title;
    QLineEdit *m_path;
    QHash<QString, QImage> m_previews;
    bool m_titleEdited = false;
    bool m_pathChosen = false;
    QString m_replaceConfirmed;
};

} // namespace Waymark
