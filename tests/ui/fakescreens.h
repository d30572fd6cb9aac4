#pragma once

// Screens of a chosen size for the offscreen platform (a laptop and a projector, say): Qt's
// offscreen plugin reads them from a JSON file named in QT_QPA_PLATFORM. Call install() in
// main() before the application object exists.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRect>
#include <QString>

#include <utility>

namespace Waymark::FakeScreens {

inline void install(const QList<std::pair<QString, QRect>> &screens)
{
    if (qEnvironmentVariable("QT_QPA_PLATFORM") != QLatin1StringView("offscreen"))
        return; // a real display (xvfb) has screens of its own
    QJsonArray list;
    for (const auto &[name, rect] : screens) {
        list.append(QJsonObject{{QStringLiteral("name"), name},
                                {QStringLiteral("x"), rect.x()},
                                {QStringLiteral("y"), rect.y()},
                                {QStringLiteral("width"), rect.width()},
                                {QStringLiteral("height"), rect.height()}});
    }
    const QString path = QDir(qEnvironmentVariable("XDG_RUNTIME_DIR", QDir::tempPath())).filePath(QStringLiteral("waymark-screens-%1.json").arg(QCoreApplication::applicationPid()));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("screens"), list}}).toJson());
    file.close();
    qputenv("QT_QPA_PLATFORM", QByteArray("offscreen:configfile=") + path.toLocal8Bit());
}

} // namespace Waymark::FakeScreens

// QTEST_MAIN with these screens.
#define WAYMARK_TEST_MAIN_WITH_SCREENS(TestObject, ...)                                                                \
    int main(int argc, char *argv[])                                                                                   \
    {                                                                                                                  \
        Waymark::FakeScreens::install(__VA_ARGS__);                                                                    \
        QApplication app(argc, argv);                                                                                  \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                                       \
        TestObject tc;                                                                                                 \
        QTEST_SET_MAIN_SOURCE_PATH                                                                                     \
        return QTest::qExec(&tc, argc, argv);                                                                          \
    }
