#pragma once

#include <QStyledItemDelegate>

namespace Waymark {

// Edits an opportunity's status with a list of the four statuses rather than free text. The
// model's edit role holds the status key ("in_progress"), its display role the label.
class StatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace Waymark
