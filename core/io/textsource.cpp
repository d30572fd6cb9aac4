#include "textsource.h"

#include "formaterror.h"
#include "io/translate.h"

#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Waymark {

namespace {

// Reads up to `size` bytes, looping: a pipe or socket may hand them out in pieces.
qint64 readInto(QIODevice *device, char *data, qint64 size)
{
    qint64 done = 0;
    while (done < size) {
        const qint64 n = device->read(data + done, size - done);
        if (n < 0)
            throw FormatError(tr("cannot read the file: %1").arg(device->errorString()));
        if (n == 0 && (device->atEnd() || !device->waitForReadyRead(-1)))
            break;
        done += n;
    }
    return done;
}

// Where a UTF-8 sequence cut by the end of `data` starts (data.size() when none is cut).
qsizetype completeUtf8(QByteArrayView data)
{
    for (qsizetype back = 1; back <= 3 && back <= data.size(); ++back) {
        const uchar c = uchar(data.at(data.size() - back));
        if ((c & 0xC0) == 0x80)
            continue; // a continuation byte: look further back for the lead
        const int length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        return length > back ? data.size() - back : data.size();
    }
    return data.size();
}

// Whether the bytes are valid UTF-8: eight at a time while they are ASCII, as most of a survey
// export is, and Qt's full check from the first byte that is not.
bool isValidUtf8(QByteArrayView data)
{
    const char *p = data.data();
    const char *end = p + data.size();
    while (end - p >= 8) {
        quint64 word;
        std::memcpy(&word, p, 8);
        if (word & 0x8080808080808080ull)
            break;
        p += 8;
    }
    // Back to the start of a character: a sequence may begin in the word that stopped us.
    return QByteArrayView(p, end - p).isValidUtf8();
}

// The start of the first line that is not valid UTF-8 (only called when some line is not).
qsizetype firstInvalidLine(QByteArrayView data)
{
    qsizetype start = 0;
    while (start < data.size()) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        if (!data.sliced(start, end - start).isValidUtf8())
            return start;
        start = end + 1;
    }
    return 0;
}

// The head the encoding is told by: SniffBytes, or with tiny test chunks enough for any mark.
qsizetype headBytes(qsizetype chunkBytes)
{
    return std::clamp<qsizetype>(chunkBytes, 4, TextSource::SniffBytes);
}

} // namespace

TextSource::TextSource(QIODevice *device, const QString &encoding, qsizetype chunkBytes)
    : m_device(device)
    , m_chunkBytes(std::max<qsizetype>(1, chunkBytes))
{
    m_size = device->isSequential() ? -1 : device->size();
    const qsizetype head = headBytes(m_chunkBytes);
    m_head.resize(head);
    m_head.resize(readInto(device, m_head.data(), head));
    m_consumed = m_head.size();
    detect(encoding);
}

TextSource::~TextSource() = default;

bool TextSource::isKnownEncoding(const QString &name)
{
    return !name.trimmed().isEmpty() && QStringDecoder(name.trimmed().toUtf8().constData()).isValid();
}

void TextSource::detect(const QString &encoding)
{
    const auto strip = [this](QByteArrayView mark) {
        if (m_head.startsWith(mark)) {
            m_head.remove(0, mark.size());
            return true;
        }
        return false;
    };
    const auto use = [this](const char *name, const QString &reason) {
        QStringDecoder decoder(name);
        m_encoding = QString::fromLatin1(decoder.name());
        m_reason = reason;
        if (m_encoding.compare(u"UTF-8"_s, Qt::CaseInsensitive) == 0)
            m_encoding = u"UTF-8"_s;
        else
            m_decoder.emplace(std::move(decoder));
    };

    if (!encoding.trimmed().isEmpty()) {
        if (!isKnownEncoding(encoding))
            throw FormatError(tr("'%1' is not an encoding this version knows (for example UTF-8, UTF-16LE, windows-1252)")
                                  .arg(encoding));
        m_detected = false;
        use(encoding.trimmed().toUtf8().constData(), tr("given"));
        // A mark that agrees with the encoding named is no text.
        if (m_encoding == u"UTF-8"_s)
            strip("\xEF\xBB\xBF");
        else if (m_encoding == u"UTF-16LE"_s)
            strip("\xFF\xFE");
        else if (m_encoding == u"UTF-16BE"_s)
            strip("\xFE\xFF");
        return;
    }
    const QString mark = tr("a byte-order mark");
    if (strip("\xEF\xBB\xBF"))
        return use("UTF-8", mark);
    if (strip("\xFF\xFE"))
        return use("UTF-16LE", mark);
    if (strip("\xFE\xFF"))
        return use("UTF-16BE", mark);

    // UTF-16 without a mark has a NUL in every other byte; any other NUL is no text at all.
    const char *nul = static_cast<const char *>(std::memchr(m_head.constData(), 0, size_t(m_head.size())));
    if (nul) {
        qsizetype even = 0, odd = 0;
        const qsizetype pairs = m_head.size() / 2;
        for (qsizetype i = 0; i + 1 < m_head.size(); i += 2) {
            even += m_head.at(i) == 0;
            odd += m_head.at(i + 1) == 0;
        }
        const QString pattern = tr("NUL bytes between the characters");
        // Text of Latin letters in UTF-16: most high bytes are NUL, low bytes hardly ever.
        if (pairs >= 4 && odd * 10 >= pairs * 7 && even * 20 <= pairs)
            return use("UTF-16LE", pattern);
        if (pairs >= 4 && even * 10 >= pairs * 7 && odd * 20 <= pairs)
            return use("UTF-16BE", pattern);
        failAt(m_head, nul - m_head.constData(), tr("the file holds NUL bytes: it is binary data, not text"));
    }
    const bool whole = m_head.size() < headBytes(m_chunkBytes);
    const qsizetype complete = whole ? m_head.size() : completeUtf8(m_head);
    if (QByteArrayView(m_head).first(complete).isValidUtf8()) {
        m_utf8Guessed = !whole;
        return use("UTF-8", tr("valid UTF-8"));
    }
    use("windows-1252", tr("not valid UTF-8"));
}

bool TextSource::read(QByteArray &out)
{
    while (!m_ended) {
        const qsizetype from = out.size();
        if (!m_decoder) {
            out.append(m_pending);
            const qsizetype before = out.size();
            if (!m_head.isEmpty()) {
                out.append(m_head);
                m_head.clear();
            } else {
                out.resize(before + m_chunkBytes);
                const qint64 n = readInto(m_device, out.data() + before, m_chunkBytes);
                out.resize(before + n);
                m_consumed += n;
            }
            if (out.size() == before) { // the end
                m_ended = true;
                if (!m_pending.isEmpty())
                    failAt({}, 0, tr("the file ends inside a UTF-8 character"));
                return out.size() > from;
            }
            m_pending.clear();
            const qsizetype complete = from + completeUtf8(QByteArrayView(out).sliced(from));
            m_pending = out.sliced(complete);
            out.truncate(complete);
        } else {
            QByteArray raw;
            if (!m_head.isEmpty()) {
                raw = std::move(m_head);
                m_head.clear();
            } else {
                raw.resize(m_chunkBytes);
                raw.resize(readInto(m_device, raw.data(), m_chunkBytes));
                m_consumed += raw.size();
            }
            if (raw.isEmpty()) {
                m_ended = true;
                if (!m_highSurrogate.isEmpty())
                    failAt({}, 0, tr("the file is not valid %1 text").arg(m_encoding));
                return false;
            }
            const QString decoded = (*m_decoder)(raw);
            QString text = m_highSurrogate + decoded;
            m_highSurrogate.clear();
            // A pair cut by the chunk's end is converted whole with the next chunk.
            if (!text.isEmpty() && text.back().isHighSurrogate()) {
                m_highSurrogate = text.back();
                text.chop(1);
            }
            if (m_decoder->hasError()) {
                const qsizetype bad = std::max<qsizetype>(0, text.indexOf(QChar::ReplacementCharacter));
                const QByteArray before = text.first(bad).toUtf8();
                failAt(before, before.size(), tr("the file is not valid %1 text").arg(m_encoding));
            }
            out.append(text.toUtf8());
        }
        if (out.size() > from) {
            appendChecked(out, from);
            return true;
        }
    }
    return false;
}

void TextSource::appendChecked(QByteArray &out, qsizetype from)
{
    const QByteArrayView added = QByteArrayView(out).sliced(from);
    if (const void *nul = std::memchr(added.data(), 0, size_t(added.size())))
        failAt(added, static_cast<const char *>(nul) - added.data(), tr("the file holds NUL bytes: it is binary data, not text"));
    if (!m_decoder && !isValidUtf8(added)) {
        failAt(added, firstInvalidLine(added),
               m_utf8Guessed ? tr("the text is not UTF-8 after all (the first 64 KiB were); if it is Windows-1252 (Excel's "
                                  "\"CSV\"), name that encoding (--encoding windows-1252)")
                             : tr("the file is not valid UTF-8 text; save it as UTF-8 or name its encoding (--encoding)"));
    }
    m_newlines += std::count(added.begin(), added.end(), '\n');
}

void TextSource::failAt(QByteArrayView text, qsizetype offset, const QString &what) const
{
    const QByteArrayView before = text.first(std::clamp<qsizetype>(offset, 0, text.size()));
    const qint64 line = m_newlines + std::count(before.begin(), before.end(), '\n') + 1;
    throw FormatError(tr("line %1: %2").arg(line).arg(what));
}

double TextSource::progress() const
{
    if (m_size <= 0)
        return 0;
    return std::clamp(double(m_consumed) / double(m_size), 0.0, 1.0);
}

} // namespace Waymark
