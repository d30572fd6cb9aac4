#include "businessfiguresdelegate.h"

#include "model/fields.h"

#include <QDoubleSpinBox>
#include <QLocale>
#include <QSpinBox>

#include <cmath>
#include <limits>

namespace Waymark {

QWidget *BusinessFiguresDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                               const QModelIndex &index) const
{
    const int field = index.column();
    if (field <= int(BusinessField::Period) || field > int(BusinessField::ExpectedYears))
        return QStyledItemDelegate::createEditor(parent, option, index);
    const FieldSpec &spec = fieldSpec(Entity::BusinessPeriod, field);
    if (spec.type == FieldType::Integer) {
        auto *spin = new QSpinBox(parent);
        spin->setRange(int(spec.min), int(std::min<double>(spec.max, std::numeric_limits<int>::max())));
        spin->setGroupSeparatorShown(true);
        spin->setFrame(false);
        return spin;
    }
    auto *spin = new QDoubleSpinBox(parent);
    spin->setRange(spec.min, std::min(spec.max, 1e12));
    spin->setDecimals(2);
    spin->setGroupSeparatorShown(true);
    spin->setFrame(false);
    return spin;
}

void BusinessFiguresDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *spin = qobject_cast<QSpinBox *>(editor))
        spin->setValue(int(index.data(Qt::EditRole).toLongLong()));
    else if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor))
        spin->setValue(index.data(Qt::EditRole).toDouble());
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void BusinessFiguresDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->interpretText();
        model->setData(index, qint64(spin->value()), Qt::EditRole);
    } else if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
        spin->interpretText();
        model->setData(index, spin->value(), Qt::EditRole);
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

QString BusinessFiguresDelegate::displayText(const QVariant &value, const QLocale &itemLocale) const
{
    // Item views leave out group separators; 850,000 customers read better with them.
    QLocale locale = itemLocale;
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    if (value.typeId() == QMetaType::LongLong)
        return locale.toString(value.toLongLong());
    if (value.typeId() == QMetaType::Double)
        return locale.toString(value.toDouble(), 'f', value.toDouble() == std::floor(value.toDouble()) ? 0 : 2);
    return QStyledItemDelegate::displayText(value, itemLocale);
}

} // namespace Waymark
