#pragma once

#include <QByteArray>
#include <QString>
#include <QStringDecoder>

#include <optional>

class QIODevice;

namespace Waymark {

// Text from a device as UTF-8, read in chunks of bounded size, whatever its encoding: what
// every importer reads instead of QIODevice::readAll(). The encoding is the one named, or
// found from a byte-order mark (UTF-8, UTF-16 LE/BE), from the pattern of NUL bytes (UTF-16
// without a mark), or from whether the first SniffBytes are valid UTF-8 (else Windows-1252,
// Excel's "CSV" on Western systems). Bytes that are not text (NUL) or not the encoding throw
// FormatError naming the physical line: "line 7: ...".
class TextSource
{
public:
    static constexpr qsizetype SniffBytes = 64 * 1024;
    static constexpr qsizetype ChunkBytes = 256 * 1024;

    // `encoding` is a name QStringDecoder knows ("UTF-8", "windows-1252", "UTF-16LE", ...),
    // empty to detect it. Use isKnownEncoding() first: an unknown name throws FormatError.
    // `chunkBytes` (tests only) makes the chunks, and the head the encoding is told by, smaller.
    explicit TextSource(QIODevice *device, const QString &encoding = {}, qsizetype chunkBytes = ChunkBytes);
    ~TextSource();
    TextSource(const TextSource &) = delete;
    TextSource &operator=(const TextSource &) = delete;

    static bool isKnownEncoding(const QString &name);

    // As users read it: "UTF-8", "UTF-16LE", "windows-1252".
    const QString &encoding() const { return m_encoding; }
    // Why this encoding: "a byte-order mark", "given", "valid UTF-8", "not valid UTF-8".
    const QString &reason() const { return m_reason; }
    bool detected() const { return m_detected; }

    // Appends the next chunk of UTF-8 to `out`; false once the text has ended.
    bool read(QByteArray &out);
    // 0..1: how much of the device has been read, for progress bars (0 when its size is unknown).
    double progress() const;

private:
    void detect(const QString &encoding);
    void appendChecked(QByteArray &out, qsizetype from);
    [[noreturn]] void failAt(QByteArrayView text, qsizetype offset, const QString &what) const;

    QIODevice *m_device;
    qsizetype m_chunkBytes;
    qint64 m_size = -1;
    qint64 m_consumed = 0;
    QByteArray m_head;    // the bytes read to detect the encoding, not yet handed out
    QByteArray m_pending; // the start of a UTF-8 sequence cut by the chunk's end
    QString m_highSurrogate; // the first half of a UTF-16 pair cut by the chunk's end
    std::optional<QStringDecoder> m_decoder; // none: the bytes are UTF-8 already
    QString m_encoding;
    QString m_reason;
    bool m_detected = true;
    bool m_utf8Guessed = false; // UTF-8 judged from the head only: later bytes may say otherwise
    bool m_ended = false;
    qint64 m_newlines = 0; // in the text handed out so far, for the line of an error
};

} // namespace Waymark
