#pragma once

#include <QString>

class QWidget;

namespace Waymark {

// What a second editor does with a map another Waymark is writing (its lock file names who):
// look at it read-only, work on a copy, or leave it.
namespace LockedMapDialog {

enum class Choice { ReadOnly, Copy, Cancel };

// Asks, with `message` (MapLock::refusal()) as the reason.
Choice ask(QWidget *parent, const QString &message);

} // namespace LockedMapDialog

} // namespace Waymark
