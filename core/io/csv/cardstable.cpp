#include "cardstable.h"

#include "csvcells.h"
#include "csvtable.h"
#include "document/document.h"
#include "io/formaterror.h"
#include "model/fields.h"
#include "io/translate.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Waymark::CardsTable {

namespace {

enum Column { StageCol, LaneCol, KindCol, TitleCol, DescriptionCol, ChannelCol, SeverityCol, EffortCol, ImpactCol,
              OwnerCol, StatusCol, EvidenceCol, PersonasCol, LinksCol, ColourCol, ScoreCol, ColumnCount };

const char *const Names[ColumnCount] = {
    QT_TRANSLATE_NOOP("Waymark", "Stage"),       QT_TRANSLATE_NOOP("Waymark", "Lane"),
    QT_TRANSLATE_NOOP("Waymark", "Kind"),        QT_TRANSLATE_NOOP("Waymark", "Title"),
    QT_TRANSLATE_NOOP("Waymark", "Description"), QT_TRANSLATE_NOOP("Waymark", "Channel"),
    QT_TRANSLATE_NOOP("Waymark", "Severity"),    QT_TRANSLATE_NOOP("Waymark", "Effort"),
    QT_TRANSLATE_NOOP("Waymark", "Impact"),      QT_TRANSLATE_NOOP("Waymark", "Owner"),
    QT_TRANSLATE_NOOP("Waymark", "Status"),      QT_TRANSLATE_NOOP("Waymark", "Evidence"),
    QT_TRANSLATE_NOOP("Waymark", "Personas"),    QT_TRANSLATE_NOOP("Waymark", "Linked cards"),
    QT_TRANSLATE_NOOP("Waymark", "Colour"),      QT_TRANSLATE_NOOP("Waymark", "Task score"),
};

// "Linked cards", "linked_cards", "LINKED CARDS" and "Color" all name one column.
QString headerKey(const QString &header)
{
    QString key = header.trimmed().toLower();
    key.replace(u'_', u' ').replace(u'-', u' ');
    if (key == u"color"_s)
        key = u"colour"_s;
    if (key == u"score"_s)
        key = u"task score"_s;
    return key.simplified();
}

// Lists in a cell: "Ana; Ben" as people type them, one per line where a name holds ';' (with
// a line break after a single one, which says so).
QString joinList(const QStringList &items)
{
    const bool lines = std::any_of(items.begin(), items.end(), [](const QString &s) { return s.contains(u';'); });
    if (!lines)
        return items.join(u"; "_s);
    return items.size() == 1 ? items.first() + u'\n' : items.join(u'\n');
}

QStringList splitList(const QString &cell)
{
    QStringList items;
    const QChar separator = cell.contains(u'\n') ? u'\n' : u';';
    for (const QString &item : cell.split(separator)) {
        if (!item.trimmed().isEmpty())
            items.append(item.trimmed());
    }
    return items;
}

// How the table names a card that another card links to: its title, or "Stage › Title" when
// the title is used twice, or "Stage › Title #2" when it is used twice in its stage too.
class CardNames
{
public:
    explicit CardNames(const QList<std::tuple<Id, QString, QString>> &cards) // id, stage name, title
    {
        for (const auto &[id, stage, title] : cards) {
            ++m_titles[title.simplified()];
            const int n = ++m_inStage[{stage, title.simplified()}];
            m_entries.append({id, stage, title.simplified(), n});
        }
    }

    QString nameOf(Id id) const
    {
        for (const Entry &e : m_entries) {
            if (e.id != id)
                continue;
            if (m_titles.value(e.title) == 1)
                return e.title;
            const QString qualified = e.stage + u" › "_s + e.title;
            return m_inStage.value({e.stage, e.title}) == 1 ? qualified : qualified + u" #%1"_s.arg(e.occurrence);
        }
        return {};
    }

    // The ids a reference can mean.
    QList<Id> resolve(const QString &reference) const
    {
        const QString ref = reference.simplified();
        QList<Id> byTitle;
        for (const Entry &e : m_entries) {
            const QString qualified = e.stage + u" › "_s + e.title;
            if (ref == qualified + u" #%1"_s.arg(e.occurrence))
                return {e.id};
            if (ref == qualified && m_inStage.value({e.stage, e.title}) == 1)
                return {e.id};
            if (ref == e.title)
                byTitle.append(e.id);
        }
        return byTitle;
    }

private:
    struct Entry {
        Id id;
        QString stage;
        QString title;
        int occurrence;
    };
    QList<Entry> m_entries;
    QHash<QString, int> m_titles;
    QHash<std::pair<QString, QString>, int> m_inStage;
};

template<typename E>
std::optional<E> enumFromCell(const QString &cell)
{
    const QString text = cell.trimmed();
    for (const EnumEntry &e : enumEntries<E>()) {
        if (text.compare(QLatin1StringView(e.key), Qt::CaseInsensitive) == 0
            || text.compare(QCoreApplication::translate("Waymark", e.label), Qt::CaseInsensitive) == 0
            || text.compare(QLatin1StringView(e.label), Qt::CaseInsensitive) == 0)
            return E(e.value);
    }
    return std::nullopt;
}

LaneKind laneKindFor(const QString &laneName, CardKind firstCard)
{
    if (const auto kind = enumFromCell<LaneKind>(laneName))
        return *kind;
    switch (firstCard) {
    case CardKind::Touchpoint: return LaneKind::Touchpoints;
    case CardKind::PainPoint: return LaneKind::PainPoints;
    case CardKind::Delight: return LaneKind::Delights;
    case CardKind::Opportunity: return LaneKind::Opportunities;
    case CardKind::Note: break;
    }
    return LaneKind::Notes;
}

} // namespace

QStringList columns()
{
    QStringList names;
    for (const char *name : Names)
        names.append(tr(name));
    return names;
}

QByteArray write(const Document &document)
{
    QList<std::tuple<Id, QString, QString>> all;
    QList<Id> order;
    for (const Stage &stage : document.stages()) {
        for (const Id id : document.cardsOfStage(stage.id)) {
            all.append({id, stage.name, document.card(id)->title});
            order.append(id);
        }
    }
    const CardNames names(all);

    QByteArray out = CsvCells::byteOrderMark() + CsvCells::record(columns());
    for (const Id id : std::as_const(order)) {
        const Card &card = *document.card(id);
        QStringList row(ColumnCount);
        row[StageCol] = document.stage(card.stage)->name;
        row[LaneCol] = document.lane(card.lane)->name;
        row[KindCol] = keyOf(card.kind);
        row[TitleCol] = card.title;
        row[DescriptionCol] = card.description;
        if (card.kind == CardKind::Touchpoint)
            row[ChannelCol] = keyOf(card.channel);
        if (card.kind == CardKind::PainPoint)
            row[SeverityCol] = QString::number(card.severity);
        if (card.kind == CardKind::Opportunity) {
            row[EffortCol] = QString::number(card.effort);
            row[ImpactCol] = QString::number(card.impact);
            row[OwnerCol] = card.owner;
            row[StatusCol] = keyOf(card.status);
        }
        row[EvidenceCol] = keyOf(card.evidence);
        // By name: a table read back makes its personas in order of appearance, so the map's
        // own order would not survive the trip.
        QStringList personas;
        for (const Persona &persona : document.personas()) {
            if (card.personas.contains(persona.id))
                personas.append(persona.name);
        }
        personas.sort();
        row[PersonasCol] = joinList(personas);
        QStringList linked;
        QList<Id> others = document.painPointsOf(id) + document.opportunitiesOf(id);
        std::sort(others.begin(), others.end(), [&document](Id a, Id b) { return document.precedes(a, b); });
        others.erase(std::unique(others.begin(), others.end()), others.end());
        for (const Id other : std::as_const(others))
            linked.append(names.nameOf(other));
        row[LinksCol] = joinList(linked);
        row[ColourCol] = colorValue(card.color);
        row[ScoreCol] = card.score ? QString::number(*card.score) : QString();
        out += CsvCells::record(row);
    }
    return out;
}

MapData read(const QByteArray &bytes, const QString &source, const QString &title)
{
    const CsvTable table = CsvTable::read(bytes, source);

    QHash<QString, int> known;
    for (int c = 0; c < ColumnCount; ++c) {
        known.insert(headerKey(QString::fromLatin1(Names[c])), c);
        known.insert(headerKey(tr(Names[c])), c);
    }
    QList<int> columnOf; // the table's column -> ours
    QSet<int> seen;
    for (const QString &header : table.header) {
        const QString key = headerKey(CsvCells::unguard(header));
        if (key.isEmpty() && table.header.size() > 1) {
            columnOf.append(-1); // a trailing empty header cell, as spreadsheets leave
            continue;
        }
        const auto it = known.constFind(key);
        if (it == known.constEnd()) {
            if (key == u"summary"_s || key == u"assignee"_s)
                throw FormatError(tr("%1:1: this is a roadmap export (Summary, Assignee…), which Waymark writes for boards "
                                     "but does not read; export the cards table instead").arg(source));
            throw FormatError(tr("%1:1: unknown column '%2' (a cards table has: %3)")
                                  .arg(source, header, columns().join(u", "_s)));
        }
        if (seen.contains(*it))
            throw FormatError(tr("%1:1: the column '%2' is there twice").arg(source, header));
        seen.insert(*it);
        columnOf.append(*it);
    }
    for (const int required : {StageCol, LaneCol, TitleCol}) {
        if (!seen.contains(required))
            throw FormatError(tr("%1:1: no '%2' column: a cards table needs at least Stage, Lane and Title")
                                  .arg(source, tr(Names[required])));
    }

    MapData data;
    data.info.title = title;
    QHash<QString, Id> stages;
    QHash<QString, Id> lanes;
    QHash<QString, Id> personas;
    QHash<std::pair<Id, Id>, int> cellSize;
    QList<std::pair<qint64, QString>> pendingLinks; // per card: its line and its "Linked cards" cell
    QList<std::tuple<Id, QString, QString>> named;
    QList<std::optional<CardKind>> statedKinds;

    for (const CsvTable::Row &row : table.rows) {
        if (row.cells.size() > table.header.size())
            throw FormatError(tr("%1:%2: %3 cells, but the header names %4 columns")
                                  .arg(source).arg(row.line).arg(row.cells.size()).arg(table.header.size()));
        QStringList cell(ColumnCount);
        for (qsizetype i = 0; i < row.cells.size(); ++i) {
            if (columnOf.at(i) >= 0)
                cell[columnOf.at(i)] = CsvCells::unguard(row.cells.at(i));
            else if (!row.cells.at(i).isEmpty())
                throw FormatError(tr("%1:%2: a value in a column without a header").arg(source).arg(row.line));
        }
        const auto fail = [&](int column, const QString &problem) -> FormatError {
            return FormatError(u"%1:%2: %3: %4"_s.arg(source).arg(row.line).arg(tr(Names[column]), problem));
        };

        const QString stageName = cell[StageCol].trimmed();
        const QString laneName = cell[LaneCol].trimmed();
        if (stageName.isEmpty())
            throw fail(StageCol, tr("every card needs its stage"));
        if (laneName.isEmpty())
            throw fail(LaneCol, tr("every card needs its lane"));

        std::optional<CardKind> kind;
        if (!cell[KindCol].trimmed().isEmpty()) {
            kind = enumFromCell<CardKind>(cell[KindCol]);
            if (!kind)
                throw fail(KindCol, tr("'%1' is not one of: %2").arg(cell[KindCol], enumKeys(enumEntries<CardKind>()).join(u", "_s)));
        }

        Id &stage = stages[stageName];
        if (!stage) {
            Stage s;
            s.id = stage = Id(data.stages.size() + 1);
            s.name = stageName;
            data.stages.append(s);
        }
        Id &lane = lanes[laneName];
        if (!lane) {
            Lane l;
            l.id = lane = Id(data.lanes.size() + 1);
            l.name = laneName;
            l.kind = laneKindFor(laneName, kind.value_or(CardKind::Note));
            data.lanes.append(l);
        }

        Card card;
        card.id = Id(data.cards.size() + 1);
        card.stage = stage;
        card.lane = lane;
        card.kind = kind.value_or(defaultCardKind(data.lanes.at(lane - 1).kind));
        card.title = cell[TitleCol];
        card.description = cell[DescriptionCol];
        const auto number = [&](int column, int fallback) {
            const QString text = cell[column].trimmed();
            if (text.isEmpty())
                return fallback;
            bool ok = false;
            const int value = text.toInt(&ok);
            if (!ok || value < Card::MinScale || value > Card::MaxScale)
                throw fail(column, tr("'%1' is not a whole number from 1 to 5").arg(text));
            return value;
        };
        const auto key = [&](int column, auto fallback) {
            using E = decltype(fallback);
            if (cell[column].trimmed().isEmpty())
                return fallback;
            const auto value = enumFromCell<E>(cell[column]);
            if (!value)
                throw fail(column, tr("'%1' is not one of: %2").arg(cell[column], enumKeys(enumEntries<E>()).join(u", "_s)));
            return *value;
        };
        card.channel = key(ChannelCol, Channel::Other);
        card.severity = number(SeverityCol, 3);
        card.effort = number(EffortCol, 3);
        card.impact = number(ImpactCol, 3);
        card.owner = cell[OwnerCol];
        card.status = key(StatusCol, OpportunityStatus::Idea);
        card.evidence = key(EvidenceCol, Evidence::Assumed);
        if (!cell[ColourCol].trimmed().isEmpty()) {
            card.color = QColor::fromString(cell[ColourCol].trimmed());
            if (!card.color.isValid())
                throw fail(ColourCol, tr("'%1' is not a colour such as #3366cc").arg(cell[ColourCol]));
        }
        if (!cell[ScoreCol].trimmed().isEmpty())
            card.score = number(ScoreCol, 3);
        for (const QString &name : splitList(cell[PersonasCol])) {
            Id &persona = personas[name];
            if (!persona) {
                Persona p;
                p.id = persona = Id(data.personas.size() + 1);
                p.name = name;
                data.personas.append(p);
            }
            if (!card.personas.contains(persona))
                card.personas.append(persona);
        }
        std::sort(card.personas.begin(), card.personas.end());
        pendingLinks.append({row.line, cell[LinksCol]});
        named.append({card.id, stageName, card.title});
        data.cards.append(card);
    }

    // Links, once every card is known: an opportunity and the pain point it addresses.
    const CardNames names(named);
    QSet<std::pair<Id, Id>> linked;
    for (qsizetype i = 0; i < data.cards.size(); ++i) {
        const Card &card = data.cards.at(i);
        // Not a structured binding: clang 14 (the sanitizer build) cannot capture one in a lambda.
        const qint64 line = pendingLinks.at(i).first;
        const QString &cellText = pendingLinks.at(i).second;
        for (const QString &reference : splitList(cellText)) {
            const auto fail = [&](const QString &problem) {
                return FormatError(u"%1:%2: %3: %4"_s.arg(source).arg(line).arg(tr(Names[LinksCol]), problem));
            };
            const QList<Id> found = names.resolve(reference);
            if (found.isEmpty())
                throw fail(tr("no card is called '%1'").arg(reference));
            if (found.size() > 1)
                throw fail(tr("%1 cards are called '%2': name it as 'Stage › Title'").arg(found.size()).arg(reference));
            const Card &other = data.cards.at(found.first() - 1);
            if (other.id == card.id)
                throw fail(tr("a card cannot be linked to itself"));
            const bool opportunityFirst = card.kind == CardKind::Opportunity && other.kind == CardKind::PainPoint;
            const bool painFirst = card.kind == CardKind::PainPoint && other.kind == CardKind::Opportunity;
            if (!opportunityFirst && !painFirst)
                throw fail(tr("'%1' and '%2' cannot be linked: a link joins an opportunity and the pain point it addresses")
                               .arg(card.title, other.title));
            linked.insert(opportunityFirst ? std::pair(card.id, other.id) : std::pair(other.id, card.id));
        }
    }
    for (const auto &[opportunity, pain] : linked)
        data.links.append({opportunity, pain});

    // Document order: stage by stage, lane by lane, in the order of the rows within a cell.
    std::stable_sort(data.cards.begin(), data.cards.end(),
                     [](const Card &a, const Card &b) { return std::pair(a.stage, a.lane) < std::pair(b.stage, b.lane); });
    QHash<Id, Id> renumbered;
    for (qsizetype i = 0; i < data.cards.size(); ++i) {
        Card &card = data.cards[i];
        renumbered.insert(card.id, Id(i + 1));
        card.id = Id(i + 1);
        card.position = cellSize[{card.stage, card.lane}]++;
    }
    for (CardLink &link : data.links) {
        link.opportunity = renumbered.value(link.opportunity);
        link.painPoint = renumbered.value(link.painPoint);
    }
    std::sort(data.links.begin(), data.links.end(), [](const CardLink &a, const CardLink &b) {
        return std::pair(a.opportunity, a.painPoint) < std::pair(b.opportunity, b.painPoint);
    });
    return data;
}

} // namespace Waymark::CardsTable
