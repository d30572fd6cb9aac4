#include "pngbandwriter.h"

namespace Waymark {

PngBandWriter::PngBandWriter(png_structp png)
    : m_png(png)
    , m_thread([this] { run(); })
{
}

PngBandWriter::~PngBandWriter()
{
    stop(true);
}

void PngBandWriter::push(QImage band)
{
    std::unique_lock lock(m_mutex);
    m_space.wait(lock, [this] { return m_queue.size() < MaxQueued || m_error; });
    if (m_error)
        std::rethrow_exception(m_error);
    m_queue.push_back(std::move(band));
    m_ready.notify_one();
}

void PngBandWriter::finish()
{
    stop(false);
    if (m_error)
        std::rethrow_exception(m_error);
}

void PngBandWriter::abandon()
{
    stop(true);
}

void PngBandWriter::stop(bool dropQueued)
{
    {
        std::lock_guard lock(m_mutex);
        if (dropQueued)
            m_queue.clear();
        m_closed = true;
    }
    m_ready.notify_one();
    if (m_thread.joinable())
        m_thread.join();
}

void PngBandWriter::run()
{
    for (;;) {
        QImage band;
        {
            std::unique_lock lock(m_mutex);
            m_ready.wait(lock, [this] { return !m_queue.empty() || m_closed; });
            if (m_queue.empty())
                return;
            band = std::move(m_queue.front());
            m_queue.pop_front();
        }
        m_space.notify_one();
        try {
            for (int y = 0; y < band.height(); ++y)
                png_write_row(m_png, band.constScanLine(y));
        } catch (...) {
            std::lock_guard lock(m_mutex);
            m_error = std::current_exception();
            m_queue.clear();
            m_space.notify_all();
            return;
        }
    }
}

} // namespace Waymark
