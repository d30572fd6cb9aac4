#include "versionsdialog.h"

#include "commands/restoresnapshotcommand.h"
#include "document/document.h"
#include "document/mapversions.h"
#include "editor/mapsession.h"
#include "editor/selection.h"
#include "io/messagetext.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Waymark {

namespace {

enum Role { EntityRole = Qt::UserRole, IdRole };

Entity entityOf(const QString &element)
{
    if (element == u"stage"_s)
        return Entity::Stage;
    if (element == u"lane"_s)
        return Entity::Lane;
    if (element == u"card"_s)
        return Entity::Card;
    if (element == u"persona"_s)
        return Entity::Persona;
    return Entity::Map;
}

} // namespace

VersionsDialog::VersionsDialog(MapSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_versions(new QTreeWidget(this))
    , m_changes(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_take(new QPushButton(tr("&Take Snapshot…"), this))
    , m_compare(new QPushButton(tr("&Compare With Current"), this))
    , m_restore(new QPushButton(tr("&Restore"), this))
{
    setWindowTitle(tr("Versions"));
    m_versions->setObjectName(u"versions"_s);
    m_versions->setHeaderLabels({tr("Label"), tr("Taken (UTC)"), tr("By"), tr("Size")});
    m_versions->setRootIsDecorated(false);
    m_versions->setAccessibleName(tr("Versions kept in the map"));
    m_versions->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 4; ++column)
        m_versions->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_changes->setObjectName(u"changes"_s);
    m_changes->setAccessibleName(tr("Changes since the selected version"));
    m_changes->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_take->setObjectName(u"takeSnapshot"_s);
    m_compare->setObjectName(u"compare"_s);
    m_restore->setObjectName(u"restore"_s);
    m_compare->setDefault(true);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_take);
    buttons->addWidget(m_compare);
    buttons->addWidget(m_restore);
    buttons->addStretch();
    auto *top = new QHBoxLayout;
    top->addWidget(m_versions, 1);
    top->addLayout(buttons);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_changes, 1);
    layout->addWidget(close);
    resize(720, 520);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_take, &QPushButton::clicked, this, &VersionsDialog::askForLabel);
    connect(m_compare, &QPushButton::clicked, this, &VersionsDialog::compareWithCurrent);
    connect(m_restore, &QPushButton::clicked, this, &VersionsDialog::restoreSelected);
    connect(m_versions, &QTreeWidget::itemSelectionChanged, this, &VersionsDialog::updateButtons);
    connect(m_versions, &QTreeWidget::itemDoubleClicked, this, &VersionsDialog::compareWithCurrent);
    // A change in the list selects what it is about, when it is still there.
    connect(m_changes, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (!item || !m_session)
            return;
        const auto entity = Entity(item->data(EntityRole).toInt());
        const Id id = item->data(IdRole).toLongLong();
        if (entity != Entity::Map && m_session->document()->exists({entity, id, 0}))
            m_session->selection()->select({entity, id});
    });
    if (m_session)
        connect(m_session, &QObject::destroyed, this, &QDialog::reject);
    refresh();
}

void VersionsDialog::refresh()
{
    const QString selected = selectedLabel();
    m_versions->clear();
    if (!m_session)
        return;
    try {
        for (const SnapshotEntry &entry : MapVersions(*m_session->document()).list()) {
            auto *item = new QTreeWidgetItem(m_versions, {MessageText::escaped(entry.label), entry.createdAt,
                                                          MessageText::escaped(entry.author),
                                                          QLocale().formattedDataSize(entry.bytes)});
            item->setData(0, Qt::UserRole, entry.label);
        }
    } catch (const StoreError &error) {
        showError(error.message());
    }
    if (m_versions->topLevelItemCount() == 0)
        m_status->setText(tr("No versions yet: Take Snapshot keeps the map as it is now."));
    if (!selected.isEmpty())
        selectLabel(selected);
    else if (m_versions->topLevelItemCount() > 0)
        m_versions->setCurrentItem(m_versions->topLevelItem(m_versions->topLevelItemCount() - 1));
    updateButtons();
}

QString VersionsDialog::selectedLabel() const
{
    const QTreeWidgetItem *item = m_versions->currentItem();
    return item && item->isSelected() ? item->data(0, Qt::UserRole).toString() : QString();
}

void VersionsDialog::selectLabel(const QString &label)
{
    for (int i = 0; i < m_versions->topLevelItemCount(); ++i) {
        if (m_versions->topLevelItem(i)->data(0, Qt::UserRole).toString() == label)
            m_versions->setCurrentItem(m_versions->topLevelItem(i));
    }
}

void VersionsDialog::askForLabel()
{
    bool ok = false;
    const QString label = QInputDialog::getText(this, tr("Take Snapshot"), tr("Label for the map as it is now:"),
                                                QLineEdit::Normal, {}, &ok);
    if (ok)
        takeSnapshot(label);
}

bool VersionsDialog::takeSnapshot(const QString &label)
{
    if (!m_session)
        return false;
    try {
        MapVersions(*m_session->document()).take(label);
    } catch (const StoreError &error) {
        showError(error.message());
        return false;
    }
    m_status->setText(tr("Kept the map as %1.").arg(MessageText::quoted(label)));
    refresh();
    selectLabel(label);
    return true;
}

void VersionsDialog::compareWithCurrent()
{
    const QString label = selectedLabel();
    if (!m_session || label.isEmpty())
        return;
    m_changes->clear();
    QList<MapDiff::Change> changes;
    try {
        changes = MapVersions(*m_session->document()).changesSince(label);
    } catch (const StoreError &error) {
        showError(error.message());
        return;
    }
    const QStringList lines = MapDiff::toText(changes);
    for (qsizetype i = 0; i < changes.size(); ++i) {
        auto *item = new QListWidgetItem(MessageText::escaped(lines.at(i)), m_changes);
        item->setData(EntityRole, int(entityOf(changes.at(i).element)));
        item->setData(IdRole, changes.at(i).id);
    }
    m_status->setText(changes.isEmpty() ? tr("No changes since %1.").arg(MessageText::quoted(label))
                                        : tr("%n change(s) since %1; the cards that changed are selected.", nullptr,
                                             int(changes.size()))
                                              .arg(MessageText::quoted(label)));
    selectChanged(changes);
}

void VersionsDialog::selectChanged(const QList<MapDiff::Change> &changes)
{
    QList<ElementRef> cards;
    for (const Id id : MapDiff::changedCards(changes)) {
        if (m_session->document()->card(id))
            cards.append({Entity::Card, id});
    }
    if (!cards.isEmpty())
        m_session->selection()->set(cards, cards.first());
}

bool VersionsDialog::restoreSelected()
{
    const QString label = selectedLabel();
    if (!m_session || label.isEmpty() || m_session->document()->isReadOnly())
        return false;
    Document *document = m_session->document();
    try {
        MapVersions versions(*document);
        MapData data = versions.state(label);
        versions.ensureRestorable(data, label);
        if (!m_session->push(new RestoreSnapshotCommand(document, label, std::move(data))))
            return false; // the session has said why
    } catch (const StoreError &error) {
        showError(error.message());
        return false;
    }
    m_changes->clear();
    m_status->setText(tr("Restored %1; Undo brings back the map as it was, which is also kept as a version.")
                          .arg(MessageText::quoted(label)));
    refresh();
    return true;
}

void VersionsDialog::updateButtons()
{
    const bool writable = m_session && !m_session->document()->isReadOnly();
    const bool selected = !selectedLabel().isEmpty();
    m_take->setEnabled(writable);
    m_compare->setEnabled(selected);
    m_restore->setEnabled(writable && selected);
}

void VersionsDialog::showError(const QString &message)
{
    m_status->setText(MessageText::escaped(message));
}

} // namespace Waymark
