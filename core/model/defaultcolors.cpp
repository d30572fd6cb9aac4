#include "defaultcolors.h"

#include <iterator>

namespace Waymark {

namespace {

// Muted hues that stay apart from each other and from the card kinds' accents.
const QColor stagePalette[] = {QColor(0x4e, 0x79, 0xa7), QColor(0x59, 0xa1, 0x4f), QColor(0x9c, 0x75, 0x5f),
                               QColor(0xf2, 0x8e, 0x2b), QColor(0xb0, 0x7a, 0xa1), QColor(0x76, 0xb7, 0xb2),
                               QColor(0xe1, 0x57, 0x59), QColor(0xed, 0xc9, 0x48)};
const QColor personaPalette[] = {QColor(0x2e, 0x86, 0xde), QColor(0xe6, 0x7e, 0x22), QColor(0x8e, 0x44, 0xad),
                                 QColor(0x16, 0xa0, 0x85), QColor(0xc0, 0x39, 0x2b), QColor(0x7f, 0x8c, 0x8d)};

} // namespace

QColor defaultStageColor(int index)
{
    return stagePalette[std::size_t(std::max(0, index)) % std::size(stagePalette)];
}

void fixStageColors(QList<Stage> &stages)
{
    for (int i = 0; i < stages.size(); ++i) {
        if (!stages[i].color.isValid())
            stages[i].color = defaultStageColor(i);
    }
}

QColor newStageColor(int index, const QColor &before, const QColor &after)
{
    for (std::size_t step = 0; step < std::size(stagePalette); ++step) {
        const QColor candidate = defaultStageColor(int(std::size_t(std::max(0, index)) + step));
        if (candidate != before && candidate != after)
            return candidate;
    }
    return defaultStageColor(index);
}

QColor defaultPersonaColor(int index)
{
    return personaPalette[std::size_t(std::max(0, index)) % std::size(personaPalette)];
}

} // namespace Waymark
