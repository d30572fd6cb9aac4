#include "subcommands.h"

#include "cliutil.h"
#include "document/document.h"
#include "store/maprepair.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Waymark::Subcommands {

int repair(const QStringList &arguments)
{
    Cli::Arguments args(u"repair"_s, u"waymark repair FILE -o CLEAN.waymark"_s,
                        u"Rebuilds a map from its data through Waymark's own schema, into a new file. Triggers, views "
                        "and other objects Waymark did not create are left out, every value is brought within its "
                        "bounds, rows that refer to missing rows are left out and the response summary is made again "
                        "from the responses. FILE itself is only read."_s);
    args.addPositional(u"FILE"_s, u"The map to repair (.waymark)."_s);
    args.add({{u"o"_s, u"output"_s}, u"The clean map to write; it must not exist."_s, u"CLEAN"_s});
    if (const auto exit = args.parse(arguments, 1, 1))
        return *exit;
    if (!args.isSet(u"output"_s))
        return args.usageError(u"missing -o CLEAN.waymark"_s);

    return Cli::guarded([&] {
        const QString source = args.positional(0);
        const QString target = args.value(u"output"_s);
        Cli::warnIfShared(target);
        const MapRepair::Report report = MapRepair::repair(source, target);
        const auto clean = Document::open(target, Store::Access::ReadOnly);
        QString text = u"Wrote a clean copy of %1 to %2: %3 stages, %4 lanes, %5 cards, %6 personas, %7 responses.\n"_s.arg(
            Cli::quoted(source), Cli::quoted(target), QString::number(clean->stages().size()),
            QString::number(clean->lanes().size()), QString::number(clean->cardCount()),
            QString::number(clean->personas().size()), QString::number(clean->responseCount()));
        for (const SchemaProblem &problem : report.leftOut)
            text += u"Left out: %1\n"_s.arg(problem.sentence());
        for (const QString &note : report.notes)
            text += u"Note: %1\n"_s.arg(note);
        Cli::print(stdout, text);
        return 0;
    });
}

} // namespace Waymark::Subcommands
