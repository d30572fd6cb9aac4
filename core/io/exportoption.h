#pragma once

#include <QList>
#include <QString>

#include <span>

namespace Waymark {

// The choices an export can make, as named things: each format says which of them it honours
// (MapFormat::options()), and from that the Export dialog enables its controls and the
// command line accepts its options. The values themselves travel in ExportOptions.
enum class ExportOption {
    Dpi,         // --dpi N
    Page,        // --page A4|A3|Letter
    Transparent, // --transparent
    Report,      // --report: the PDF report instead of the map
    Slides,      // --slides: the presentation's slides as 16:9 PDF pages
    Roadmap,     // --roadmap: the ranked opportunities instead of every card
    Lanes,       // --lane NAME...: which lanes' cards a text format writes
    Compact,     // --compact: long cards clamped to their first lines, as on the canvas
    Segment,     // --segment ATTR=VALUE...: the figures of these respondents (AND)
    Comments,    // --comments: the report lists the open comment threads
    Title,       // the dialog's "Map title"
    Legend,      // the dialog's "Legend"
    Selection,   // the dialog's "Only the selected cards"
    StageRange,  // the dialog's "Stages: from … to …"
};

struct ExportOptionInfo {
    ExportOption option;
    const char *flag;         // the command line's name without "--"; nullptr: the dialog's alone
    const char *valueName;    // nullptr: a switch
    const char *defaultValue; // what an option with a value takes when it is not given
    const char *help;         // for --help, translatable in context "Waymark"
};

// Every option, in the order --help lists them.
std::span<const ExportOptionInfo> exportOptionInfos();
const ExportOptionInfo &exportOptionInfo(ExportOption option);
QString exportOptionHelp(ExportOption option);

struct ExportOptions;
// The switches (--transparent, --report, --slides, --roadmap, --compact, --comments) in ExportOptions, by name: what the command
// line and the Export dialog turn on for an option or a variant they know only from the registry.
bool isSwitch(ExportOption option);
void setSwitch(ExportOptions &options, ExportOption option, bool on);

} // namespace Waymark
