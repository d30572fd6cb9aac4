#include "exportoption.h"

#include "exportoptions.h"

#include <QCoreApplication>

namespace Waymark {

std::span<const ExportOptionInfo> exportOptionInfos()
{
    static const ExportOptionInfo table[] = {
        {ExportOption::Dpi, "dpi", "N", "144", QT_TRANSLATE_NOOP("Waymark", "Resolution in dots per inch (default 144).")},
        {ExportOption::Page, "page", "SIZE", "A4", QT_TRANSLATE_NOOP("Waymark", "Page size: A4, A3 or Letter (default A4).")},
        {ExportOption::Transparent, "transparent", nullptr, nullptr, QT_TRANSLATE_NOOP("Waymark", "A transparent background instead of white.")},
        {ExportOption::Report, "report", nullptr, nullptr,
         QT_TRANSLATE_NOOP("Waymark", "A multi-page report (cover, map, personas, metrics, priorities) instead of the map alone.")},
        {ExportOption::Slides, "slides", nullptr, nullptr,
         QT_TRANSLATE_NOOP("Waymark", "The presentation's slides as 16:9 pages (as the PowerPoint deck) instead of the map.")},
        {ExportOption::Roadmap, "roadmap", nullptr, nullptr,
         QT_TRANSLATE_NOOP("Waymark", "The opportunities alone, ranked, in columns Jira's and Trello's importers map.")},
        {ExportOption::Lanes, "lane", "NAME", nullptr,
         QT_TRANSLATE_NOOP("Waymark", "Write the cards of this lane (its name or its kind, e.g. touchpoints); repeat for several. "
                                      "Default: the customer-actions lanes.")},
        {ExportOption::Compact, "compact", nullptr, nullptr,
         QT_TRANSLATE_NOOP("Waymark", "Cut long cards to their first lines, as on the editor's canvas (an overview poster); "
                                      "otherwise every word of every card, stage and lane is shown.")},
        {ExportOption::Segment, "segment", "ATTR=VALUE", nullptr,
         QT_TRANSLATE_NOOP("Waymark", "Show the survey figures of one segment of the respondents (ages in bands, e.g. "
                                      "age=35-44); repeat for several, all of which must hold.")},
        {ExportOption::Comments, "comments", nullptr, nullptr,
         QT_TRANSLATE_NOOP("Waymark", "The report ends with the open comment threads: what each is on, who said what, "
                                      "and the replies.")},
        {ExportOption::Title, nullptr, nullptr, nullptr, QT_TRANSLATE_NOOP("Waymark", "The map's title above it.")},
        {ExportOption::Legend, nullptr, nullptr, nullptr, QT_TRANSLATE_NOOP("Waymark", "The legend below it.")},
        {ExportOption::Selection, nullptr, nullptr, nullptr, QT_TRANSLATE_NOOP("Waymark", "Only the selected cards.")},
        {ExportOption::StageRange, nullptr, nullptr, nullptr, QT_TRANSLATE_NOOP("Waymark", "A range of stages.")},
    };
    return table;
}

const ExportOptionInfo &exportOptionInfo(ExportOption option)
{
    for (const ExportOptionInfo &info : exportOptionInfos()) {
        if (info.option == option)
            return info;
    }
    Q_UNREACHABLE();
}

QString exportOptionHelp(ExportOption option)
{
    return QCoreApplication::translate("Waymark", exportOptionInfo(option).help);
}

bool isSwitch(ExportOption option)
{
    return option == ExportOption::Transparent || option == ExportOption::Report || option == ExportOption::Slides
        || option == ExportOption::Roadmap || option == ExportOption::Compact || option == ExportOption::Comments;
}

void setSwitch(ExportOptions &options, ExportOption option, bool on)
{
    switch (option) {
    case ExportOption::Transparent: options.transparent = on; break;
    case ExportOption::Report: options.report = on; break;
    case ExportOption::Slides: options.slides = on; break;
    case ExportOption::Roadmap: options.roadmap = on; break;
    case ExportOption::Compact: options.compact = on; break;
    case ExportOption::Comments: options.comments = on; break;
    default: break;
    }
}

} // namespace Waymark
