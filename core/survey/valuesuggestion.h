#pragma once

#include "surveyfield.h"

#include <QString>
#include <QStringList>

namespace Waymark {

// What a value of the export that means nothing most likely stands for, for the wizard to
// offer: the stage a near-miss names ("Setup & number transfer"), the stage at a code's
// position (Qualtrics numbers the choices of the stage question in order, and a yes/no question's
// No is 2), the score of the built-in label a misspelt one is closest to. Empty when there is no
// good guess.
namespace ValueSuggestion {

QString suggest(SurveyField field, const QString &value, const QStringList &stages);

} // namespace ValueSuggestion

} // namespace Waymark
