#include "fieldpresentation.h"

#include "document/document.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

#include <algorithm>

namespace Waymark {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Waymark::Inspector", text);
}

template<typename T>
int countOf()
{
    return int(EntityTraits<T>::fields().size());
}

template<typename T>
bool appliesTo(const T *element, int field)
{
    if (!element)
        return false;
    const auto &access = EntityTraits<T>::fields()[std::size_t(field)];
    return !access.applies || access.applies(*element);
}

bool keyIsOneOf(const FieldSpec &spec, std::initializer_list<QLatin1StringView> keys)
{
    const QLatin1StringView key(spec.key);
    return std::find(keys.begin(), keys.end(), key) != keys.end();
}

} // namespace

int fieldCount(Entity entity)
{
    switch (entity) {
    case Entity::Map: return countOf<MapInfo>();
    case Entity::Stage: return countOf<Stage>();
    case Entity::Lane: return countOf<Lane>();
    case Entity::Card: return countOf<Card>();
    case Entity::Persona: return countOf<Persona>();
    case Entity::BusinessPeriod: return countOf<BusinessPeriod>();
    }
    Q_UNREACHABLE();
}

bool fieldApplies(const Document &document, const FieldRef &ref)
{
    switch (ref.entity) {
    case Entity::Map: return document.exists(ref);
    case Entity::Stage: return appliesTo(document.stage(ref.id), ref.field);
    case Entity::Lane: return appliesTo(document.lane(ref.id), ref.field);
    case Entity::Card: return appliesTo(document.card(ref.id), ref.field);
    case Entity::Persona: return appliesTo(document.persona(ref.id), ref.field);
    case Entity::BusinessPeriod: return appliesTo(document.businessPeriod(ref.id), ref.field);
    }
    Q_UNREACHABLE();
}

bool isLongText(const FieldSpec &spec)
{
    using namespace Qt::StringLiterals;
    return spec.type == FieldType::Text
        && keyIsOneOf(spec, {"description"_L1, "quote"_L1, "goals"_L1, "needs"_L1, "pains"_L1, "motivations"_L1,
                             "says"_L1, "thinks"_L1, "does"_L1, "feels"_L1});
}

bool isListText(const FieldSpec &spec)
{
    using namespace Qt::StringLiterals;
    return spec.type == FieldType::Text && keyIsOneOf(spec, {"goals"_L1, "needs"_L1, "pains"_L1, "motivations"_L1});
}

int decimalsFor(const FieldSpec &spec)
{
    using namespace Qt::StringLiterals;
    // A stage's width is in pixels; money and rates want cents.
    if (spec.type == FieldType::Integer || keyIsOneOf(spec, {"width"_L1}))
        return 0;
    return 2;
}

QString specialValueTextFor(Entity entity, const FieldSpec &spec)
{
    using namespace Qt::StringLiterals;
    if (entity == Entity::Persona && keyIsOneOf(spec, {"age"_L1}))
        return tr("not given");
    return {};
}

QString fieldToolTip(Entity entity, const FieldSpec &spec)
{
    const QString label = QCoreApplication::translate("Waymark", spec.label);
    const QLocale locale;
    const bool bounded = spec.min <= spec.max;
    // A bound of 10^15 is "no limit" to a user.
    const bool hugeMax = spec.max >= 1e9;
    switch (spec.type) {
    case FieldType::Text:
        if (spec.isoDate)
            return tr("%1: a date such as 2027-03-31; empty for none").arg(label);
        return isListText(spec) ? tr("%1: one item per line").arg(label) : label;
    case FieldType::Integer:
    case FieldType::Real: {
        const bool whole = spec.type == FieldType::Integer;
        if (!bounded)
            return whole ? tr("%1: a whole number").arg(label) : tr("%1: a number").arg(label);
        const QString min = locale.toString(spec.min, 'f', 0);
        QString tip = hugeMax
            ? (whole ? tr("%1: a whole number, %2 or more") : tr("%1: a number, %2 or more")).arg(label, min)
            : (whole ? tr("%1: a whole number from %2 to %3") : tr("%1: a number from %2 to %3"))
                  .arg(label, min, locale.toString(spec.max, 'f', 0));
        const QString special = specialValueTextFor(entity, spec);
        if (!special.isEmpty())
            tip += u'\n' + tr("%1 means %2").arg(min, special);
        return tip;
    }
    case FieldType::Color:
        return tr("%1: click the swatch to choose; Default uses the usual colour of the %2")
            .arg(label, entityName(entity).toLower());
    case FieldType::Key: {
        QStringList labels;
        for (const EnumEntry &e : spec.keys)
            labels.append(QCoreApplication::translate("Waymark", e.label));
        return tr("%1: one of %2").arg(label, locale.createSeparatedList(labels));
    }
    case FieldType::Blob:
        return label;
    }
    Q_UNREACHABLE();
}

QIcon swatchIcon(const QColor &color, const QPalette &palette, int size)
{
    const qreal ratio = 2; // sharp on high-density screens; Qt scales it down elsewhere
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(0.5, 0.5, size - 1, size - 1);
    painter.setPen(QPen(palette.color(QPalette::Text), 1));
    if (color.isValid()) {
        painter.setBrush(color);
        painter.drawRoundedRect(box, 2, 2);
    } else {
        // "No colour of its own": an empty box struck through.
        painter.setBrush(palette.color(QPalette::Base));
        painter.drawRoundedRect(box, 2, 2);
        painter.setPen(QPen(palette.color(QPalette::PlaceholderText), 1));
        painter.drawLine(box.bottomLeft() + QPointF(2, -2), box.topRight() + QPointF(-2, 2));
    }
    return QIcon(pixmap);
}

} // namespace Waymark
