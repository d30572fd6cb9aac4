#include "svgicons.h"

#include <QFile>
#include <QHash>
#include <QPainter>
#include <QSvgRenderer>

#include <memory>

using namespace Qt::StringLiterals;

namespace Waymark::SvgIcons {

namespace {

QByteArray source(const QString &name)
{
    static QHash<QString, QByteArray> sources;
    const auto it = sources.constFind(name);
    if (it != sources.constEnd())
        return *it;
    QFile file(u":/waymark/icons/"_s + name + u".svg"_s);
    const QByteArray bytes = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    sources.insert(name, bytes);
    return bytes;
}

QSvgRenderer *renderer(const QString &name, const QColor &tint)
{
    // A handful of icons in a handful of colours: a small cache keyed by both.
    static QHash<QString, std::shared_ptr<QSvgRenderer>> renderers;
    const QString key = name + u'|' + tint.name(QColor::HexArgb);
    auto it = renderers.find(key);
    if (it == renderers.end()) {
        QByteArray svg = source(name);
        if (svg.isEmpty())
            return nullptr;
        const QByteArray colour = tint.name(QColor::HexRgb).toLatin1();
        svg.replace("#000000", colour); // the icons are drawn in #000000 alone
        auto svgRenderer = std::make_shared<QSvgRenderer>(svg);
        if (!svgRenderer->isValid())
            return nullptr;
        it = renderers.insert(key, svgRenderer);
    }
    return it->get();
}

} // namespace

void paint(QPainter *painter, const QString &name, const QRectF &rect, const QColor &tint)
{
    if (QSvgRenderer *svg = renderer(name, tint)) {
        painter->save();
        painter->setOpacity(painter->opacity() * tint.alphaF());
        svg->render(painter, rect);
        painter->restore();
    }
}

bool exists(const QString &name)
{
    return !source(name).isEmpty();
}

} // namespace Waymark::SvgIcons
