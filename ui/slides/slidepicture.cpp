#include "slidepicture.h"

#include "slidestyle.h"

namespace Waymark {

double SlideText::lineHeight() const
{
    return size * SlideStyle::LineSpacing;
}

QList<SlideText> SlidePicture::texts(std::optional<SlideRole> role) const
{
    QList<SlideText> list;
    for (const SlideItem &item : items) {
        if (const auto *text = std::get_if<SlideText>(&item); text && (!role || text->role == *role))
            list.append(*text);
    }
    return list;
}

QString SlidePicture::plainText() const
{
    QStringList lines;
    for (const SlideText &text : texts())
        lines.append(text.text());
    return lines.join(u'\n');
}

Id SlidePicture::cardAt(const QPointF &point) const
{
    for (auto it = items.crbegin(); it != items.crend(); ++it) {
        if (const auto *shape = std::get_if<SlideShape>(&*it); shape && shape->role == SlideRole::Card && shape->rect.contains(point))
            return shape->card;
    }
    return 0;
}

SlideText SlidePicture::cardTitle(Id card) const
{
    for (const SlideItem &item : items) {
        if (const auto *text = std::get_if<SlideText>(&item); text && text->role == SlideRole::CardTitle && text->card == card)
            return *text;
    }
    return {};
}

QRectF SlidePicture::cardRect(Id card) const
{
    for (const SlideItem &item : items) {
        if (const auto *shape = std::get_if<SlideShape>(&item); shape && shape->role == SlideRole::Card && shape->card == card)
            return shape->rect;
    }
    return {};
}

const SlideMap *SlidePicture::map() const
{
    for (const SlideItem &item : items) {
        if (const auto *map = std::get_if<SlideMap>(&item))
            return map;
    }
    return nullptr;
}

} // namespace Waymark
