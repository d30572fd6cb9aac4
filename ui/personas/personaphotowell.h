#pragma once

#include "model/ids.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace Waymark {

class MapSession;

// A persona's photo, or its initials on its colour when it has none, with buttons to choose
// a picture (scaled down and stored in the map) and to remove it. Both are undo steps.
class PersonaPhotoWell : public QWidget
{
    Q_OBJECT

public:
    static constexpr int Side = 112;

    PersonaPhotoWell(MapSession *session, Id persona, QWidget *parent = nullptr);

    void setReadOnly(bool readOnly);
    // Stores the picture of the file; returns why not, for users, or an empty string.
    QString setPhotoFromFile(const QString &path);
    void removePhoto();
    void refresh();

    // The round picture shown, at `side` pixels: the photo or the initials.
    static QPixmap portrait(const QByteArray &photo, const QString &name, const QColor &color, int side, qreal dpr);

private:
    void choose();

    MapSession *m_session;
    Id m_persona;
    QLabel *m_picture;
    QPushButton *m_choose;
    QPushButton *m_remove;
    bool m_readOnly = false;
};

} // namespace Waymark
