#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

typedef struct zip zip_t;
typedef struct zip_source zip_source_t;

namespace Waymark {

// A zip archive built in memory with libzip (deflate, UTF-8 names), for the caller to save
// with QSaveFile: an interrupted export never leaves half an archive behind. Errors are
// thrown as FormatError.
class ZipWriter
{
public:
    ZipWriter();
    ~ZipWriter();
    ZipWriter(const ZipWriter &) = delete;
    ZipWriter &operator=(const ZipWriter &) = delete;

    // Entries are written in the order added; `compress` false stores them as they are.
    void add(const QString &name, const QByteArray &data, bool compress = true);
    // The archive's bytes; the writer is done after this.
    QByteArray finish();

private:
    [[noreturn]] void fail(const QString &what) const;

    zip_source_t *m_buffer = nullptr;
    zip_t *m_zip = nullptr;
    QList<QByteArray> m_data; // libzip reads the entries' bytes only when the archive closes
};

} // namespace Waymark
