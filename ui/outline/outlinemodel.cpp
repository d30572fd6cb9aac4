#include "outlinemodel.h"

#include "commands/documentcommand.h"
#include "commands/reordercommand.h"
#include "commands/setvaluecommand.h"
#include "document/document.h"
#include "editor/mapsession.h"
#include "outlinedragpayload.h"
#include "reorderplan.h"

#include <QFont>
#include <QMimeData>
#include <QUndoStack>

namespace Waymark {

namespace {

// Internal ids: 0 for a group, group + 1 for the rows under it.
constexpr quintptr GroupId = 0;

} // namespace

OutlineModel::OutlineModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

OutlineModel::~OutlineModel() = default;

MapSession *OutlineModel::session() const
{
    return m_session;
}

void OutlineModel::setSession(MapSession *session)
{
    if (session == m_session)
        return;
    beginResetModel();
    detach();
    m_session = session;
    m_document = session ? session->document() : nullptr;
    if (Document *doc = m_document) {
        connect(doc, &Document::stageInserted, this, [this](int index) { followInsert(Stages, index); });
        connect(doc, &Document::stageRemoved, this, [this](int, Id id) { followRemove(Stages, id); });
        connect(doc, &Document::stageMoved, this, [this](int from, int to) { followMove(Stages, from, to); });
        connect(doc, &Document::laneInserted, this, [this](int index) { followInsert(Lanes, index); });
        connect(doc, &Document::laneRemoved, this, [this](int, Id id) { followRemove(Lanes, id); });
        connect(doc, &Document::laneMoved, this, [this](int from, int to) { followMove(Lanes, from, to); });
        connect(doc, &Document::personaInserted, this, [this](int index) { followInsert(Personas, index); });
        connect(doc, &Document::personaRemoved, this, [this](int, Id id) { followRemove(Personas, id); });
        connect(doc, &Document::personaMoved, this, [this](int from, int to) { followMove(Personas, from, to); });
        connect(doc, &Document::valueChanged, this, &OutlineModel::onValueChanged);
        connect(doc, &Document::cardInserted, this, [this](Id id) {
            if (const Card *card = m_document->card(id))
                cardCountChanged(card->stage);
        });
        connect(doc, &Document::cardRemoved, this, [this](Id, Id stage, Id) { cardCountChanged(stage); });
        connect(doc, &Document::cardMoved, this, [this](Id id, Id fromStage, Id) {
            cardCountChanged(fromStage);
            if (const Card *card = m_document->card(id); card && card->stage != fromStage)
                cardCountChanged(card->stage);
        });
        connect(doc, &Document::reset, this, [this] {
            beginResetModel();
            rebuild();
            endResetModel();
        });
        // The session destroys its document before QObject tells anyone the session is gone.
        connect(doc, &QObject::destroyed, this, &OutlineModel::documentDestroyed);
    }
    rebuild();
    endResetModel();
}

void OutlineModel::detach()
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = nullptr;
}

void OutlineModel::documentDestroyed()
{
    beginResetModel();
    m_document = nullptr; // already gone: nothing to disconnect
    m_session = nullptr;
    rebuild();
    endResetModel();
}

void OutlineModel::rebuild()
{
    for (int group = 0; group < GroupCount; ++group)
        m_ids[group] = m_document ? documentIds(group) : QList<Id>();
}

QList<Id> OutlineModel::documentIds(int group) const
{
    QList<Id> ids;
    const auto collect = [&ids](const auto &list) {
        ids.reserve(list.size());
        for (const auto &item : list)
            ids.append(item.id);
    };
    switch (group) {
    case Stages: collect(m_document->stages()); break;
    case Lanes: collect(m_document->lanes()); break;
    case Personas: collect(m_document->personas()); break;
    }
    return ids;
}

Id OutlineModel::documentIdAt(int group, int index) const
{
    const auto at = [index](const auto &list) { return index >= 0 && index < list.size() ? list.at(index).id : Id(0); };
    switch (group) {
    case Stages: return at(m_document->stages());
    case Lanes: return at(m_document->lanes());
    case Personas: return at(m_document->personas());
    }
    return 0;
}

// Kinds and groups ------------------------------------------------------------------------

int OutlineModel::groupOf(Entity entity)
{
    switch (entity) {
    case Entity::Stage: return Stages;
    case Entity::Lane: return Lanes;
    case Entity::Persona: return Personas;
    default: return -1;
    }
}

Entity OutlineModel::entityOf(int group)
{
    static constexpr std::array<Entity, GroupCount> entities{Entity::Stage, Entity::Lane, Entity::Persona};
    return entities.at(std::size_t(group));
}

bool OutlineModel::isListed(Entity entity)
{
    return groupOf(entity) >= 0;
}

QModelIndex OutlineModel::groupIndex(Entity entity) const
{
    const int group = groupOf(entity);
    return group < 0 || !m_document ? QModelIndex() : createIndex(group, 0, GroupId);
}

// Views ask about the root too (for its flags, say): not a mistake, so no checkIndex() warning.
bool OutlineModel::isOurs(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && m_document;
}

QModelIndex OutlineModel::childIndex(int group, int row) const
{
    return createIndex(row, 0, quintptr(group + 1));
}

QModelIndex OutlineModel::indexOf(const ElementRef &ref) const
{
    const int group = groupOf(ref.entity);
    if (group < 0 || ref.id == 0)
        return {};
    const int row = int(m_ids[group].indexOf(ref.id));
    return row < 0 ? QModelIndex() : childIndex(group, row);
}

ElementRef OutlineModel::elementAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    if (index.internalId() == GroupId)
        return {entityOf(index.row()), 0};
    const int group = int(index.internalId() - 1);
    return {entityOf(group), m_ids[group].value(index.row())};
}

// Structure --------------------------------------------------------------------------------

QModelIndex OutlineModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, GroupId);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex OutlineModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == GroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, GroupId);
}

int OutlineModel::rowCount(const QModelIndex &parent) const
{
    if (!m_document || parent.column() > 0)
        return 0;
    if (!parent.isValid())
        return GroupCount;
    if (parent.internalId() == GroupId)
        return int(m_ids[parent.row()].size());
    return 0;
}

int OutlineModel::columnCount(const QModelIndex &) const
{
    return 1;
}

// Data -------------------------------------------------------------------------------------

QVariant OutlineModel::data(const QModelIndex &index, int role) const
{
    if (!isOurs(index))
        return {};
    if (index.internalId() == GroupId) {
        const int group = index.row();
        const qsizetype count = m_ids[group].size();
        switch (role) {
        case Qt::DisplayRole:
            switch (group) {
            case Stages: return tr("Stages (%1)").arg(count);
            case Lanes: return tr("Lanes (%1)").arg(count);
            case Personas: return tr("Personas (%1)").arg(count);
            }
            return {};
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case ElementRefRole: return QVariant::fromValue(elementAt(index));
        }
        return {};
    }
    const int group = int(index.internalId() - 1);
    const Id id = m_ids[group].value(index.row());
    if (role == ElementRefRole)
        return QVariant::fromValue(ElementRef{entityOf(group), id});
    switch (group) {
    case Stages: return stageData(id, role);
    case Lanes: return laneData(id, role);
    case Personas: return personaData(id, role);
    }
    return {};
}

QVariant OutlineModel::stageData(Id id, int role) const
{
    const Stage *stage = m_document->stage(id);
    if (!stage)
        return {}; // removed from the document, not yet from our rows
    switch (role) {
    case Qt::DisplayRole: return stage->name.isEmpty() ? tr("(unnamed stage)") : stage->name;
    case Qt::EditRole: return stage->name;
    case Qt::DecorationRole: return m_icons.swatch(m_document->stageColor(id));
    case Qt::ToolTipRole: {
        // Spelled out rather than "%n card(s)": the project ships no English plural forms yet.
        const qsizetype cards = m_document->cardsOfStage(id).size();
        return cards == 1 ? tr("1 card") : tr("%1 cards").arg(cards);
    }
    }
    return {};
}

QVariant OutlineModel::laneData(Id id, int role) const
{
    const Lane *lane = m_document->lane(id);
    if (!lane)
        return {};
    switch (role) {
    case Qt::DisplayRole: return lane->name.isEmpty() ? tr("(unnamed lane)") : lane->name;
    case Qt::EditRole: return lane->name;
    case Qt::DecorationRole: return m_icons.lane(lane->kind, lane->color);
    case Qt::ToolTipRole: return labelOf(lane->kind);
    }
    return {};
}

QVariant OutlineModel::personaData(Id id, int role) const
{
    const Persona *persona = m_document->persona(id);
    if (!persona)
        return {};
    switch (role) {
    case Qt::DisplayRole: return persona->name.isEmpty() ? tr("(unnamed persona)") : persona->name;
    case Qt::EditRole: return persona->name;
    case Qt::DecorationRole: return m_icons.swatch(m_document->personaColor(id));
    case Qt::ToolTipRole: return persona->role.isEmpty() ? QVariant() : QVariant(persona->role);
    }
    return {};
}

QVariant OutlineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Outline");
    return {};
}

Qt::ItemFlags OutlineModel::flags(const QModelIndex &index) const
{
    if (!isOurs(index))
        return Qt::NoItemFlags;
    if (index.internalId() == GroupId)
        return Qt::ItemIsEnabled | Qt::ItemIsDropEnabled;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (!m_document->isReadOnly())
        flags |= Qt::ItemIsEditable | Qt::ItemIsDragEnabled;
    return flags;
}

bool OutlineModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !isOurs(index) || !m_session
        || index.internalId() == GroupId || m_document->isReadOnly())
        return false;
    const QString name = value.toString().trimmed();
    if (name.isEmpty())
        return false; // a row with no name could not be told apart from the others
    const ElementRef ref = elementAt(index);
    FieldRef field;
    switch (ref.entity) {
    case Entity::Stage: field = fieldRef(ref.id, StageField::Name); break;
    case Entity::Lane: field = fieldRef(ref.id, LaneField::Name); break;
    case Entity::Persona: field = fieldRef(ref.id, PersonaField::Name); break;
    default: return false;
    }
    if (m_document->value(field).toString() == name)
        return true;
    m_session->push(new SetValueCommand(m_document, field, name));
    return m_document->value(field).toString() == name;
}

// Reordering -------------------------------------------------------------------------------

Qt::DropActions OutlineModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList OutlineModel::mimeTypes() const
{
    return {OutlineDragPayload::mimeType()};
}

QMimeData *OutlineModel::mimeData(const QModelIndexList &indexes) const
{
    OutlineDragPayload payload = OutlineDragPayload::forDocument(m_document);
    for (const QModelIndex &index : indexes) {
        const ElementRef ref = elementAt(index);
        if (!isListed(ref.entity) || ref.id == 0)
            continue;
        // One kind per drag: a stage cannot be dropped among lanes anyway.
        if (payload.ids.isEmpty())
            payload.entity = ref.entity;
        if (ref.entity == payload.entity && !payload.ids.contains(ref.id))
            payload.ids.append(ref.id);
    }
    return payload.ids.isEmpty() ? nullptr : payload.toMimeData();
}

std::optional<OutlineModel::Drop> OutlineModel::decodeDrop(const QMimeData *data, int row, const QModelIndex &parent) const
{
    if (!m_document || m_document->isReadOnly() || !parent.isValid() || parent.model() != this)
        return std::nullopt;
    const std::optional<OutlineDragPayload> payload = OutlineDragPayload::fromMimeData(data);
    if (!payload || !payload->isFrom(m_document))
        return std::nullopt;

    Drop drop;
    int group = 0;
    if (parent.internalId() == GroupId) {
        group = parent.row();
        drop.row = row < 0 ? int(m_ids[group].size()) : std::min(row, int(m_ids[group].size()));
    } else {
        // Dropped onto a row rather than between two: it goes before that row.
        group = int(parent.internalId() - 1);
        drop.row = parent.row();
    }
    drop.entity = entityOf(group);
    if (payload->entity != drop.entity)
        return std::nullopt;
    for (const Id id : payload->ids) {
        if (!m_ids[group].contains(id))
            return std::nullopt;
    }
    drop.ids = payload->ids;
    return drop;
}

bool OutlineModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                   const QModelIndex &parent) const
{
    return action == Qt::MoveAction && decodeDrop(data, row, parent).has_value();
}

bool OutlineModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent)
{
    if (action == Qt::IgnoreAction)
        return true;
    if (action != Qt::MoveAction)
        return false;
    const std::optional<Drop> drop = decodeDrop(data, row, parent);
    return drop && reorder(drop->entity, drop->ids, drop->row);
}

bool OutlineModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                            const QModelIndex &destinationParent, int destinationChild)
{
    if (!m_document || !sourceParent.isValid() || sourceParent.internalId() != GroupId
        || destinationParent != sourceParent || count < 1)
        return false;
    const QList<Id> &rows = m_ids[sourceParent.row()];
    if (sourceRow < 0 || sourceRow + count > rows.size() || destinationChild < 0 || destinationChild > rows.size())
        return false;
    return reorder(entityOf(sourceParent.row()), rows.mid(sourceRow, count), destinationChild);
}

// Moves `ids` so that they stand together, in their present order, before row `row`. Each
// step is a ReorderCommand of one row; several are the children of one command.
bool OutlineModel::reorder(Entity entity, const QList<Id> &ids, int row)
{
    const int group = groupOf(entity);
    if (!m_session || group < 0 || m_document->isReadOnly())
        return false;
    const ReorderPlan plan(m_ids[group], ids, row);
    const QList<ReorderPlan::Step> &steps = plan.steps();
    if (steps.isEmpty())
        return false;

    if (steps.size() == 1) {
        m_session->push(new ReorderCommand(m_document, entity, steps.first().first, steps.first().second));
    } else {
        QString text;
        switch (entity) {
        case Entity::Stage: text = tr("Move Stages"); break;
        case Entity::Lane: text = tr("Move Lanes"); break;
        default: text = tr("Move Personas"); break;
        }
        auto *command = new DocumentCommand(m_document, text);
        for (const auto &[from, to] : std::as_const(steps))
            new ReorderCommand(m_document, entity, from, to, command);
        m_session->push(command);
    }
    return documentIds(group) == plan.result();
}

// Following the document -------------------------------------------------------------------

void OutlineModel::followInsert(int group, int index)
{
    const Id id = documentIdAt(group, index);
    if (id == 0 || index > m_ids[group].size()) {
        // Not what we expected: start over rather than tell the views something wrong.
        beginResetModel();
        rebuild();
        endResetModel();
        return;
    }
    beginInsertRows(createIndex(group, 0, GroupId), index, index);
    m_ids[group].insert(index, id);
    endInsertRows();
    groupCountChanged(group);
}

void OutlineModel::followRemove(int group, Id id)
{
    const int row = int(m_ids[group].indexOf(id));
    if (row < 0)
        return;
    beginRemoveRows(createIndex(group, 0, GroupId), row, row);
    m_ids[group].removeAt(row);
    endRemoveRows();
    groupCountChanged(group);
}

void OutlineModel::followMove(int group, int from, int to)
{
    QList<Id> &rows = m_ids[group];
    if (from == to)
        return; // the document signals a move to where the row already is
    if (from < 0 || to < 0 || from >= rows.size() || to >= rows.size() || rows.at(from) != documentIdAt(group, to)) {
        beginResetModel();
        rebuild();
        endResetModel();
        return;
    }
    // The document's `to` is the row's final index; Qt wants the row it will stand before,
    // counted before the move.
    const QModelIndex parent = createIndex(group, 0, GroupId);
    beginMoveRows(parent, from, from, parent, to > from ? to + 1 : to);
    rows.move(from, to);
    endMoveRows();
    // Default colours follow the position: the swatches of the rows in between change.
    if (group != Lanes)
        emit dataChanged(index(std::min(from, to), 0, parent), index(std::max(from, to), 0, parent), {Qt::DecorationRole});
}

void OutlineModel::onValueChanged(const FieldRef &ref)
{
    bool shown = false;
    switch (ref.entity) {
    case Entity::Stage: {
        const auto field = StageField(ref.field);
        shown = field == StageField::Name || field == StageField::Color;
        break;
    }
    case Entity::Lane:
        shown = true; // name, kind and colour all show
        break;
    case Entity::Persona: {
        const auto field = PersonaField(ref.field);
        shown = field == PersonaField::Name || field == PersonaField::Role || field == PersonaField::Color;
        break;
    }
    default:
        break;
    }
    const QModelIndex index = shown ? indexOf({ref.entity, ref.id}) : QModelIndex();
    if (index.isValid())
        emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole, Qt::DecorationRole, Qt::ToolTipRole});
}

void OutlineModel::cardCountChanged(Id stage)
{
    const QModelIndex index = indexOf({Entity::Stage, stage});
    if (index.isValid())
        emit dataChanged(index, index, {Qt::ToolTipRole});
}

void OutlineModel::groupCountChanged(int group)
{
    const QModelIndex index = createIndex(group, 0, GroupId);
    emit dataChanged(index, index, {Qt::DisplayRole});
}

} // namespace Waymark
