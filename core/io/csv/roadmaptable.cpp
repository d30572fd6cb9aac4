#include "roadmaptable.h"

#include "csvcells.h"
#include "document/document.h"
#include "planning/opportunityranking.h"
#include "io/translate.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Waymark::RoadmapTable {

namespace {

// Jira's default workflow names, which its importer and Trello's lists match.
QString boardStatus(OpportunityStatus status)
{
    switch (status) {
    case OpportunityStatus::Idea: return u"Backlog"_s;
    case OpportunityStatus::Planned: return u"To Do"_s;
    case OpportunityStatus::InProgress: return u"In Progress"_s;
    case OpportunityStatus::Done: return u"Done"_s;
    }
    Q_UNREACHABLE();
}

// A label is one word on a board: "Store visit" becomes "store-visit".
QString label(const QString &text)
{
    static const QRegularExpression separators(u"[\\s,;]+"_s, QRegularExpression::UseUnicodePropertiesOption);
    QString word = text.trimmed().toLower().replace(separators, u"-"_s);
    while (word.contains(u"--"_s))
        word.replace(u"--"_s, u"-"_s);
    return word;
}

} // namespace

QStringList columns()
{
    // Not translated: the importers match these names.
    return {u"Summary"_s, u"Description"_s, u"Assignee"_s, u"Status"_s, u"Labels"_s};
}

QByteArray write(const Document &document)
{
    QByteArray out = CsvCells::byteOrderMark() + CsvCells::record(columns());
    const QList<Id> ranked = OpportunityRanking::ranked(document);
    int rank = 0;
    for (const Id id : ranked) {
        const Card &card = *document.card(id);
        const Stage *stage = document.stage(card.stage);
        const OpportunityRanking::Quadrant quadrant = OpportunityRanking::quadrantOf(card);
        QStringList description;
        if (!card.description.trimmed().isEmpty())
            description.append(card.description.trimmed());
        description.append(tr("Rank %1 of %2 by impact ÷ effort: impact %3, effort %4, score %5 (%6).")
                               .arg(++rank)
                               .arg(ranked.size())
                               .arg(card.impact)
                               .arg(card.effort)
                               .arg(QString::number(OpportunityRanking::score(card), 'f', 2),
                                    OpportunityRanking::quadrantName(quadrant)));
        if (stage)
            description.append(tr("Journey stage: %1.").arg(stage->name));
        QStringList pains;
        for (const Id pain : document.painPointsOf(id))
            pains.append(document.card(pain)->title);
        if (!pains.isEmpty())
            description.append(tr("Addresses: %1.").arg(pains.join(u"; "_s)));
        QStringList labels{OpportunityRanking::quadrantKey(quadrant)};
        if (stage && !label(stage->name).isEmpty())
            labels.append(label(stage->name));
        out += CsvCells::record({card.title.trimmed().isEmpty() ? tr("Untitled opportunity") : card.title,
                                 description.join(u"\n\n"_s), card.owner, boardStatus(card.status), labels.join(u' ')});
    }
    return out;
}

} // namespace Waymark::RoadmapTable
