#include "helpdialogs.h"
#include "io/translate.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Waymark::HelpDialogs {

namespace {

// "&Save As…" -> "Save As"
QString plain(QString text)
{
    text.remove(QRegularExpression(u"&(?!&)"_s));
    text.replace(u"&&"_s, u"&"_s);
    if (text.endsWith(u'\u2026'))
        text.chop(1);
    return text.trimmed();
}

void collect(const QMenu *menu, const QString &path, QList<ShortcutGroup> &groups)
{
    ShortcutGroup group{path, {}};
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (const QMenu *sub = action->menu()) {
            collect(sub, path + u" \u25b8 "_s + plain(action->text()), groups);
            continue;
        }
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys.append(key.toString(QKeySequence::NativeText));
        if (!keys.isEmpty())
            group.actions.append({plain(action->text()), keys.join(u", "_s)});
    }
    // The group before its submenus' groups, which were appended while reading it.
    if (!group.actions.isEmpty()) {
        qsizetype at = groups.size();
        while (at > 0 && groups.at(at - 1).menu.startsWith(path + u" \u25b8 "_s))
            --at;
        groups.insert(at, group);
    }
}

QDialog *reuse(QMainWindow *window, const QString &name)
{
    if (auto *open = window->findChild<QDialog *>(name)) {
        open->show();
        open->raise();
        open->activateWindow();
        return open;
    }
    return nullptr;
}

} // namespace

QList<ShortcutGroup> shortcuts(const QMenuBar *bar)
{
    QList<ShortcutGroup> groups;
    for (const QAction *action : bar->actions()) {
        if (const QMenu *menu = action->menu())
            collect(menu, plain(action->text()), groups);
    }
    return groups;
}

QString userGuide()
{
    QFile file(u":/waymark/docs/user-guide.md"_s);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void showShortcuts(QMainWindow *window)
{
    if (reuse(window, u"keyboardShortcutsDialog"_s))
        return;
    auto *dialog = new QDialog(window);
    dialog->setObjectName(u"keyboardShortcutsDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Keyboard Shortcuts"));
    auto *filter = new QLineEdit(dialog);
    filter->setPlaceholderText(tr("Find a command or a key"));
    filter->setClearButtonEnabled(true);
    auto *tree = new QTreeWidget(dialog);
    tree->setObjectName(u"shortcutList"_s);
    tree->setColumnCount(2);
    tree->setHeaderLabels({tr("Command"), tr("Keys")});
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->setSelectionMode(QAbstractItemView::NoSelection);
    QFont bold = tree->font();
    bold.setBold(true);
    const auto add = [&](const ShortcutGroup &group) {
        auto *heading = new QTreeWidgetItem(tree, {group.menu});
        heading->setFont(0, bold);
        heading->setFirstColumnSpanned(true);
        for (const auto &[text, keys] : group.actions)
            new QTreeWidgetItem(heading, {text, keys});
        heading->setExpanded(true);
    };
    for (const ShortcutGroup &group : shortcuts(window->menuBar()))
        add(group);
    // Keys of the canvas that are not commands of a menu.
    add({tr("On the canvas"),
         {{tr("Move between cards"), tr("Arrow keys")},
          {tr("Edit the focused card, stage or lane"), tr("Return")},
          {tr("Keep what you typed and leave the field"), tr("Return, Esc or a click elsewhere")},
          {tr("Pan"), tr("Space + drag, or the middle button")},
          {tr("Zoom"), tr("Ctrl + wheel, or pinch")},
          {tr("Put a dragged card back"), tr("Esc")}}});
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    QObject::connect(filter, &QLineEdit::textChanged, tree, [tree](const QString &text) {
        for (int g = 0; g < tree->topLevelItemCount(); ++g) {
            QTreeWidgetItem *group = tree->topLevelItem(g);
            bool any = false;
            for (int i = 0; i < group->childCount(); ++i) {
                QTreeWidgetItem *item = group->child(i);
                const bool shown = text.isEmpty() || item->text(0).contains(text, Qt::CaseInsensitive)
                    || item->text(1).contains(text, Qt::CaseInsensitive);
                item->setHidden(!shown);
                any = any || shown;
            }
            group->setHidden(!any);
        }
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(filter);
    layout->addWidget(tree, 1);
    layout->addWidget(buttons);
    dialog->resize(560, 640);
    dialog->show();
}

void showUserGuide(QMainWindow *window)
{
    if (reuse(window, u"userGuideDialog"_s))
        return;
    auto *dialog = new QDialog(window);
    dialog->setObjectName(u"userGuideDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Waymark User Guide"));
    auto *browser = new QTextBrowser(dialog);
    browser->setObjectName(u"userGuide"_s);
    browser->setOpenExternalLinks(true);
    browser->setMarkdown(userGuide());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(browser, 1);
    layout->addWidget(buttons);
    dialog->resize(720, 760);
    dialog->show();
}

} // namespace Waymark::HelpDialogs
