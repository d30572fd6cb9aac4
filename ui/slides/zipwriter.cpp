#include "zipwriter.h"

#include "io/formaterror.h"

#include <QCoreApplication>

#include <zip.h>

namespace Waymark {

ZipWriter::ZipWriter()
{
    zip_error_t error;
    zip_error_init(&error);
    m_buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (m_buffer) {
        m_zip = zip_open_from_source(m_buffer, ZIP_TRUNCATE, &error);
        if (!m_zip) {
            zip_source_free(m_buffer);
            m_buffer = nullptr;
        }
    }
    if (!m_zip) {
        const QString message = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        throw FormatError(QCoreApplication::translate("Waymark", "cannot start a zip archive: %1").arg(message));
    }
    zip_error_fini(&error);
    // The buffer must outlive zip_close(), which writes the archive into it.
    zip_source_keep(m_buffer);
}

ZipWriter::~ZipWriter()
{
    if (m_zip)
        zip_discard(m_zip);
    if (m_buffer)
        zip_source_free(m_buffer);
}

void ZipWriter::fail(const QString &what) const
{
    const QString reason = m_zip ? QString::fromUtf8(zip_strerror(m_zip)) : QString();
    throw FormatError(QCoreApplication::translate("Waymark", "cannot write the zip archive (%1): %2").arg(what, reason));
}

void ZipWriter::add(const QString &name, const QByteArray &data, bool compress)
{
    if (!m_zip)
        fail(name);
    m_data.append(data);
    const QByteArray &kept = m_data.constLast();
    zip_source_t *source = zip_source_buffer(m_zip, kept.constData(), zip_uint64_t(kept.size()), 0);
    if (!source)
        fail(name);
    const zip_int64_t index = zip_file_add(m_zip, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
    if (index < 0) {
        zip_source_free(source);
        fail(name);
    }
    if (zip_set_file_compression(m_zip, zip_uint64_t(index), compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 0) < 0)
        fail(name);
}

QByteArray ZipWriter::finish()
{
    if (!m_zip)
        fail(QString());
    if (zip_close(m_zip) < 0)
        fail(QStringLiteral("close"));
    m_zip = nullptr;
    m_data.clear();
    QByteArray bytes;
    if (zip_source_open(m_buffer) < 0)
        throw FormatError(QCoreApplication::translate("Waymark", "cannot read the zip archive back"));
    zip_source_seek(m_buffer, 0, SEEK_END);
    const zip_int64_t size = zip_source_tell(m_buffer);
    zip_source_seek(m_buffer, 0, SEEK_SET);
    if (size > 0) {
        bytes.resize(qsizetype(size));
        if (zip_source_read(m_buffer, bytes.data(), zip_uint64_t(size)) != size)
            bytes.clear();
    }
    zip_source_close(m_buffer);
    if (bytes.isEmpty())
        throw FormatError(QCoreApplication::translate("Waymark", "cannot read the zip archive back"));
    return bytes;
}

} // namespace Waymark
