#pragma once

#include "editor/elementref.h"
#include "model/fields.h"
#include "outlineicons.h"

#include <QAbstractItemModel>
#include <QList>
#include <QPointer>

#include <array>
#include <optional>

namespace Waymark {

class Document;
class MapSession;

// The map's stages, lanes and personas as a tree of three groups, for the outline dock.
//
// The model never changes its own rows: a rename or a drop pushes an undo command through
// the session, and the rows follow when the document signals the change. So whatever changed
// the map (the outline, the canvas, undo), the outline shows it the same way, one row at a
// time, and views keep their selection and expansion.
class OutlineModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        // The row's ElementRef; for a group, {entity, 0}, which names the kind but no element.
        ElementRefRole = Qt::UserRole + 1,
    };

    explicit OutlineModel(QObject *parent = nullptr);
    ~OutlineModel() override;

    // nullptr: no rows at all.
    void setSession(MapSession *session);
    MapSession *session() const;

    // Stages, lanes and personas: the kinds the outline lists.
    static bool isListed(Entity entity);
    QModelIndex groupIndex(Entity entity) const;
    QModelIndex indexOf(const ElementRef &ref) const; // invalid when not listed
    // The row's element; {entity, 0} for a group, {} (the map) for any other index.
    ElementRef elementAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    // Pushes the reorder (one undo step) rather than moving the rows itself.
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;
    // removeRows() is deliberately left out: after an internal move the view asks the model
    // to remove the dragged rows, which for us would delete what the drop just reordered.

private:
    enum Group { Stages, Lanes, Personas, GroupCount };
    struct Drop {
        Entity entity = Entity::Map;
        QList<Id> ids;
        int row = -1; // before which row of the group, in the rows as they are now
    };

    static int groupOf(Entity entity);
    static Entity entityOf(int group);
    bool isOurs(const QModelIndex &index) const;
    QModelIndex childIndex(int group, int row) const;
    std::optional<Drop> decodeDrop(const QMimeData *data, int row, const QModelIndex &parent) const;
    bool reorder(Entity entity, const QList<Id> &ids, int row);
    QList<Id> documentIds(int group) const;
    Id documentIdAt(int group, int index) const;
    void rebuild();
    void detach();
    void documentDestroyed();

    void followInsert(int group, int index);
    void followRemove(int group, Id id);
    void followMove(int group, int from, int to);
    void onValueChanged(const FieldRef &ref);
    void cardCountChanged(Id stage);
    void groupCountChanged(int group);

    QVariant stageData(Id id, int role) const;
    QVariant laneData(Id id, int role) const;
    QVariant personaData(Id id, int role) const;

    QPointer<MapSession> m_session;
    Document *m_document = nullptr;
    // The ids shown, per group: the rows as the views know them, which between a document
    // change and our begin/end calls can differ from the document's lists.
    std::array<QList<Id>, GroupCount> m_ids;
    mutable OutlineIcons m_icons;
};

} // namespace Waymark
