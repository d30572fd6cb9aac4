#include "opportunitytablemodel.h"

#include "commands/setvaluecommand.h"
#include "document/document.h"
#include "editor/mapsession.h"
#include "planning/opportunityranking.h"

#include <QLocale>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Waymark {

OpportunityTableModel::OpportunityTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void OpportunityTableModel::setSession(MapSession *session)
{
    if (m_session)
        disconnect(m_session->document(), nullptr, this, nullptr);
    m_session = session;
    if (session) {
        const Document *document = session->document();
        connect(document, &Document::cardInserted, this, &OpportunityTableModel::scheduleRerank);
        connect(document, &Document::cardMoved, this, &OpportunityTableModel::scheduleRerank);
        connect(document, &Document::cardRemoved, this, &OpportunityTableModel::scheduleRerank);
        connect(document, &Document::stageMoved, this, &OpportunityTableModel::scheduleRerank);
        connect(document, &Document::laneMoved, this, &OpportunityTableModel::scheduleRerank);
        connect(document, &Document::stageRemoved, this, &OpportunityTableModel::scheduleRerank);
        connect(document, &Document::reset, this, &OpportunityTableModel::scheduleRerank);
        connect(document, &Document::valueChanged, this, [this](const FieldRef &ref) {
            if (ref.entity == Entity::Card || (ref.entity == Entity::Stage && StageField(ref.field) == StageField::Name))
                scheduleRerank();
        });
    }
    rerank();
}

void OpportunityTableModel::scheduleRerank()
{
    // A stage deleted with its cards signals once per card: rank once, after the command.
    if (m_rerankQueued)
        return;
    m_rerankQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_rerankQueued = false;
        rerank();
    });
}

void OpportunityTableModel::rerank()
{
    beginResetModel();
    m_ids = m_session ? OpportunityRanking::ranked(*m_session->document()) : QList<Id>();
    m_numbers = m_session ? OpportunityRanking::numbers(*m_session->document()) : QHash<Id, int>();
    endResetModel();
    emit reranked();
}

int OpportunityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int OpportunityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OpportunityTableModel::data(const QModelIndex &index, int role) const
{
    if (!m_session || !index.isValid() || index.row() >= m_ids.size())
        return {};
    const Document *document = m_session->document();
    const Card *card = document->card(m_ids.at(index.row()));
    if (!card)
        return {};
    if (role == IdRole)
        return card->id;
    const double score = OpportunityRanking::score(*card);
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case Rank: case Number: case Impact: case Effort: case Score:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Title) {
        // All a narrow dock may leave out: stage, impact, effort, owner.
        const Waymark::Stage *stage = document->stage(card->stage);
        QString tip = card->title + u'\n'
            + tr("Impact %1, effort %2 \u00b7 %3").arg(card->impact).arg(card->effort).arg(stage ? stage->name : QString());
        if (!card->owner.isEmpty())
            tip += u'\n' + tr("Owner: %1").arg(card->owner);
        if (!card->description.isEmpty())
            tip += u"\n\n"_s + card->description;
        return tip;
    }
    if (role == Qt::ToolTipRole && index.column() == Number)
        return tr("The number on its dot in the matrix");
    if (role == Qt::ToolTipRole && index.column() == Score)
        return tr("Impact %1 ÷ effort %2").arg(card->impact).arg(card->effort);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Rank: return index.row() + 1;
    case Number: return m_numbers.value(card->id);
    case Title: return card->title.isEmpty() ? tr("Untitled") : card->title;
    case Stage: {
        const Waymark::Stage *stage = document->stage(card->stage);
        return stage ? stage->name : QString();
    }
    case Impact: return card->impact;
    case Effort: return card->effort;
    case Score: return role == Qt::EditRole ? QVariant(score) : QVariant(QLocale().toString(score, 'f', 2));
    case Owner: return card->owner;
    case Status: return role == Qt::EditRole ? QVariant(keyOf(card->status)) : QVariant(labelOf(card->status));
    }
    return {};
}

QVariant OpportunityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == Score)
        return tr("Impact ÷ effort: the higher, the more value for the work (as in the PDF report)");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Rank: return u"#"_s;
    case Number: return tr("No.");
    case Title: return tr("Opportunity");
    case Stage: return tr("Stage");
    case Impact: return tr("Impact");
    case Effort: return tr("Effort");
    case Score: return tr("Score");
    case Owner: return tr("Owner");
    case Status: return tr("Status");
    }
    return {};
}

Qt::ItemFlags OpportunityTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    const bool editable = m_session && !m_session->document()->isReadOnly();
    if (editable && (index.column() == Owner || index.column() == Status))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool OpportunityTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_session || role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const Id id = m_ids.value(index.row());
    const FieldRef ref = index.column() == Owner ? fieldRef(id, CardField::Owner) : fieldRef(id, CardField::Status);
    Document *document = m_session->document();
    if (!document->exists(ref) || document->value(ref) == value)
        return false;
    m_session->push(new SetValueCommand(document, ref, value));
    return document->value(ref) == value;
}

} // namespace Waymark
