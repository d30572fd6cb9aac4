#include "colorfieldeditor.h"

#include "fieldpresentation.h"

#include <QColorDialog>
#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QToolButton>

namespace Waymark {

ColorFieldEditor::ColorFieldEditor(Entity entity, const FieldSpec &spec, QWidget *parent)
    : FieldEditor(entity, spec, parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_swatch = new QToolButton(row);
    m_swatch->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_swatch->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    describe(m_swatch);
    m_reset = new QToolButton(row);
    m_reset->setObjectName(QString::fromLatin1(spec.key) + u"Default");
    m_reset->setText(tr("Default"));
    m_reset->setToolTip(tr("Use the usual colour of the %1").arg(entityName(entity).toLower()));
    m_reset->setAccessibleName(tr("Default %1").arg(QCoreApplication::translate("Waymark", spec.label)));
    layout->addWidget(m_swatch, 1);
    layout->addWidget(m_reset);
    // Palette changes (light to dark) redraw the empty swatch's frame.
    m_swatch->installEventFilter(this);
    setWidget(row);

    connect(m_swatch, &QToolButton::clicked, this, &ColorFieldEditor::choose);
    connect(m_reset, &QToolButton::clicked, this, [this] { emit edited(QString()); });
}

QWidget *ColorFieldEditor::focusTarget() const
{
    return m_swatch;
}

void ColorFieldEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_swatch->setEnabled(!readOnly);
    updateSwatch();
}

void ColorFieldEditor::display(const QVariant &value)
{
    m_color = colorFromValue(value);
    updateSwatch();
}

void ColorFieldEditor::displayMixed()
{
    m_color = QColor();
    updateSwatch();
}

void ColorFieldEditor::updateSwatch()
{
    const int size = m_swatch->fontMetrics().height();
    m_swatch->setIconSize({size, size});
    if (isMixed()) {
        m_swatch->setIcon({});
        m_swatch->setText(mixedText());
    } else {
        m_swatch->setIcon(swatchIcon(m_color, m_swatch->palette(), size));
        m_swatch->setText(m_color.isValid() ? m_color.name().toUpper() : tr("Default"));
    }
    m_reset->setEnabled(!m_readOnly && (isMixed() || m_color.isValid()));
}

void ColorFieldEditor::choose()
{
    const QString title = tr("Choose %1").arg(QCoreApplication::translate("Waymark", spec().label));
    const QColor color = QColorDialog::getColor(m_color.isValid() ? m_color : Qt::white, m_swatch->window(), title);
    if (color.isValid() && (isMixed() || color != m_color))
        emit edited(colorValue(color));
}

bool ColorFieldEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_swatch && event->type() == QEvent::PaletteChange)
        updateSwatch();
    return FieldEditor::eventFilter(watched, event);
}

} // namespace Waymark
