#include "statusdelegate.h"

#include "model/enums.h"

#include <QComboBox>

namespace Waymark {

QWidget *StatusDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    for (const EnumEntry &entry : enumEntries<OpportunityStatus>())
        combo->addItem(labelOf(OpportunityStatus(entry.value)), QString::fromLatin1(entry.key));
    // A choice is made with one click: commit it then, not when focus leaves.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        emit const_cast<StatusDelegate *>(this)->commitData(combo);
        emit const_cast<StatusDelegate *>(this)->closeEditor(combo);
    });
    return combo;
}

void StatusDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole))));
}

void StatusDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
}

} // namespace Waymark
