#pragma once

#include <QStyledItemDelegate>

namespace Waymark {

// Spin boxes for the number columns of the business figures table, with the ranges of the
// business period's fields (model/fields.cpp): no negative customers, 0 to 200 years.
class BusinessFiguresDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    QString displayText(const QVariant &value, const QLocale &locale) const override;
};

} // namespace Waymark
