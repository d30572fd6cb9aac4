#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace Waymark {

// How the survey import compares the texts users see: ignoring case and repeated or
// surrounding whitespace, so that "Setup and  number transfer" is the stage "Setup and number
// transfer" and --map nps="how likely ..." finds the question whatever its spacing.
namespace SurveyText {

// The form two texts are compared in.
QString key(const QString &text);
QString key(QByteArrayView utf8);

// A value as shown in a message: quoted by the caller, cut to a readable length.
QString shown(const QString &text, int maxLength = 40);
QString shown(QByteArrayView utf8, int maxLength = 40);

// The candidate closest to `text`, when it is close enough to be what was meant (a typo, a
// word left out, "&" for "and"); empty when none is.
QString closest(const QString &text, const QStringList &candidates);

// 'a', 'b', 'c': quoted and joined for a message, at most `max` of them ("... and 3 more").
QString quotedList(const QStringList &texts, int max = 12);

} // namespace SurveyText

} // namespace Waymark
