#pragma once

#include "model/fields.h"

#include <QIcon>

class QPalette;

namespace Waymark {

class Document;

// How the inspector presents a field. The tables in core/model/fields.h say what a field is;
// these say how it reads on screen, which the tables have no business knowing.

int fieldCount(Entity entity);
// Whether the field means something for the element (a card's severity only for pain
// points); false when the element is gone.
bool fieldApplies(const Document &document, const FieldRef &ref);

// A text field of several lines (a description, a persona's goals) rather than a name.
bool isLongText(const FieldSpec &spec);
// A long text field holding one item per line (the persona's goals, needs...).
bool isListText(const FieldSpec &spec);
int decimalsFor(const FieldSpec &spec);
// What a number field shows at its minimum when that minimum means "none" (age 0).
QString specialValueTextFor(Entity entity, const FieldSpec &spec);
// Names the field and says what it accepts.
QString fieldToolTip(Entity entity, const FieldSpec &spec);

// A small square of `color`; an invalid colour draws an empty frame.
QIcon swatchIcon(const QColor &color, const QPalette &palette, int size);

} // namespace Waymark
