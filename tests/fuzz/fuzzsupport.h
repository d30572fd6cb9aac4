#pragma once

// What the fuzz targets share: Qt set up once per process, a scratch folder on tmpfs, and a
// way to report a broken property as a crash, which is what libFuzzer records.

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QString>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace Waymark::Fuzz {

using namespace Qt::StringLiterals;

// The Qt SQL driver is a plugin: it is found through the application's library paths.
inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "waymark-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    Q_UNUSED(app);
}

// A folder for the files a target writes, in memory when the machine has /dev/shm: each run
// writes one, and a disk would make the fuzzer wait for fsync.
inline const QString &scratchDir()
{
    static const std::unique_ptr<QTemporaryDir> dir = [] {
        const QString base = QDir(u"/dev/shm"_s).exists() ? u"/dev/shm"_s : QDir::tempPath();
        return std::make_unique<QTemporaryDir>(base + u"/waymark-fuzz-XXXXXX"_s);
    }();
    static const QString path = dir->path();
    return path;
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// A property of the code under test does not hold: abort, so that libFuzzer keeps the input.
[[noreturn]] inline void fail(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "waymark fuzz: %s%s%s\n", what, detail.isEmpty() ? "" : ": ", qPrintable(detail));
    std::abort();
}

} // namespace Waymark::Fuzz
