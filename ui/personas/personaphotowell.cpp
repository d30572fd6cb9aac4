#include "personaphotowell.h"

#include "app/messagebox.h"
#include "commands/setvaluecommand.h"
#include "document/document.h"
#include "editor/mapsession.h"
#include "io/formaterror.h"
#include "io/personaphoto.h"

#include <QFileDialog>
#include <QImageReader>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Waymark {

PersonaPhotoWell::PersonaPhotoWell(MapSession *session, Id persona, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_persona(persona)
    , m_picture(new QLabel(this))
    , m_choose(new QPushButton(tr("Choose Photo…"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_picture->setFixedSize(Side, Side);
    m_picture->setAlignment(Qt::AlignCenter);
    m_picture->setAccessibleName(tr("Photo"));
    layout->addWidget(m_picture, 0, Qt::AlignHCenter);
    m_choose->setObjectName(u"choosePhoto"_s);
    m_choose->setToolTip(tr("A picture of the persona: it is scaled down to %1 pixels and kept in the map")
                             .arg(PersonaPhoto::MaxSide));
    m_remove->setObjectName(u"removePhoto"_s);
    m_choose->setAutoDefault(false);
    m_remove->setAutoDefault(false);
    layout->addWidget(m_choose);
    layout->addWidget(m_remove);
    layout->addStretch();
    connect(m_choose, &QPushButton::clicked, this, &PersonaPhotoWell::choose);
    connect(m_remove, &QPushButton::clicked, this, &PersonaPhotoWell::removePhoto);
    refresh();
}

void PersonaPhotoWell::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    refresh();
}

QPixmap PersonaPhotoWell::portrait(const QByteArray &photo, const QString &name, const QColor &color, int side, qreal dpr)
{
    QPixmap pixmap(QSize(side, side) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
    QPainterPath circle;
    circle.addEllipse(QRectF(0.5, 0.5, side - 1, side - 1));
    QImage image = PersonaPhoto::decode(photo); // null for anything out of bounds: initials instead
    if (!image.isNull()) {
        // Fill the circle, cropping the longer side, as avatars do.
        const QSize cover = image.size().scaled(QSize(side, side) * dpr, Qt::KeepAspectRatioByExpanding);
        image = image.scaled(cover, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        image.setDevicePixelRatio(dpr);
        const QSizeF shown = QSizeF(image.size()) / dpr;
        painter.setClipPath(circle);
        painter.drawImage(QPointF((side - shown.width()) / 2, (side - shown.height()) / 2), image);
        return pixmap;
    }
    const QColor fill = color.isValid() ? color : QColor(0x94, 0xa3, 0xb8);
    painter.fillPath(circle, fill);
    QString initials;
    for (const QString &word : name.split(u' ', Qt::SkipEmptyParts)) {
        if (initials.size() < 2)
            initials += word.at(0).toUpper();
    }
    QFont font;
    font.setBold(true);
    font.setPixelSize(side * 2 / 5);
    painter.setFont(font);
    painter.setPen(fill.lightness() > 150 ? QColor(0x1f, 0x29, 0x37) : QColor(Qt::white));
    painter.drawText(QRectF(0, 0, side, side), Qt::AlignCenter, initials.isEmpty() ? u"?"_s : initials);
    return pixmap;
}

void PersonaPhotoWell::refresh()
{
    const Document *document = m_session->document();
    const Persona *persona = document->persona(m_persona);
    if (!persona)
        return;
    m_picture->setPixmap(portrait(persona->photo, persona->name, document->personaColor(m_persona), Side, devicePixelRatioF()));
    m_choose->setEnabled(!m_readOnly);
    m_remove->setEnabled(!m_readOnly && !persona->photo.isEmpty());
}

void PersonaPhotoWell::choose()
{
    QStringList patterns;
    for (const QByteArray &format : QImageReader::supportedImageFormats())
        patterns.append(u"*."_s + QString::fromLatin1(format));
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a Photo"), settings.value(u"photoFolder"_s).toString(),
                                                      tr("Images (%1)").arg(patterns.join(u' ')));
    if (path.isEmpty())
        return;
    settings.setValue(u"photoFolder"_s, QFileInfo(path).absolutePath());
    const QString problem = setPhotoFromFile(path);
    if (!problem.isEmpty())
        MessageBox::warning(this, tr("Cannot Use the Photo"), problem);
}

QString PersonaPhotoWell::setPhotoFromFile(const QString &path)
{
    QByteArray bytes;
    try {
        bytes = PersonaPhoto::fromFile(path);
    } catch (const FormatError &e) {
        return e.message();
    }
    m_session->push(new SetValueCommand(m_session->document(), fieldRef(m_persona, PersonaField::Photo), bytes));
    return {};
}

void PersonaPhotoWell::removePhoto()
{
    const Persona *persona = m_session->document()->persona(m_persona);
    if (persona && !persona->photo.isEmpty())
        m_session->push(new SetValueCommand(m_session->document(), fieldRef(m_persona, PersonaField::Photo), QByteArray()));
}

} // namespace Waymark
