#pragma once

#include <QImage>

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>

#include <png.h>

namespace Waymark {

// Writes the rows of a PNG on a thread of its own while the caller paints the next band:
// deflate is about half the work of a large PNG, and the machine has a second core.
// libpng's errors (thrown from its error callback) surface from push() or finish().
class PngBandWriter
{
public:
    explicit PngBandWriter(png_structp png);
    ~PngBandWriter();

    // Queues a band of rows in the PNG's pixel layout; waits while two are queued already.
    void push(QImage band);
    // Writes what is queued, then returns; rethrows the writer's error, if any.
    void finish();
    // Drops what is queued and stops after the band being written (on cancel or error).
    void abandon();

private:
    void run();
    void stop(bool dropQueued);

    static constexpr std::size_t MaxQueued = 2;

    png_structp m_png;
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::condition_variable m_space;
    std::deque<QImage> m_queue;
    std::exception_ptr m_error;
    bool m_closed = false;
    std::thread m_thread; // last: it starts once everything above exists
};

} // namespace Waymark
