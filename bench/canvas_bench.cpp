// Times the journey canvas on a large map, in one process, on the Qt platform it is given
// (xcb under xvfb-run for a real window, or offscreen). See README.md for what each figure
// measures exactly.
//
//   waymark_canvas_bench MAP.waymark [--repeat N] [--width 1600 --height 1000]
//                        [--mode window|view] [--summary FILE]

#include "benchclock.h"
#include "app/application.h"
#include "canvas/canvastheme.h"
#include "canvas/cardface.h"
#include "canvas/carditem.h"
#include "canvas/mapeditor.h"
#include "canvas/mapscene.h"
#include "canvas/mapview.h"
#include "document/document.h"
#include "editor/mapsession.h"
#include "mainwindow/mainwindow.h"
#include "store/storeerror.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPaintEvent>
#include <QPainter>
#include <QPixmap>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QWindow>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Waymark;
using namespace Waymark::BenchClock;

namespace {

struct Stats {
    double min = 0;
    double median = 0;
    double max = 0;
    int count = 0;
};

Stats statsOf(std::vector<double> values)
{
    Stats s;
    if (values.empty())
        return s;
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    s.min = values.front();
    s.max = values.back();
    s.median = n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    s.count = int(n);
    return s;
}

// Peak and current resident set size in KiB, from /proc/self/status; -1 when unknown.
qint64 procStatusKib(const char *field)
{
    QFile file(u"/proc/self/status"_s);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// The paint handler of a QGraphicsView's viewport, called from outside the class: the
// pointer to member names the protected function through a derived class, which is allowed,
// and the call still dispatches virtually (MapView::viewportEvent).
struct ViewportEventAccess : QGraphicsView {
    static bool call(QGraphicsView *view, QEvent *event)
    {
        return (view->*(&ViewportEventAccess::viewportEvent))(event);
    }
};

// Sits first among the viewport's event filters. A paint event is handed to the view's own
// handler from here, so that the time after that handler returns (the frame drawn into the
// backing store, before the flush to the window) is known exactly; the event is then
// consumed, as QAbstractScrollArea's own filter would.
class PaintProbe : public QObject
{
public:
    explicit PaintProbe(QGraphicsView *view)
        : m_view(view)
    {
        view->viewport()->installEventFilter(this);
    }

    int paints = 0;
    qint64 lastStartNs = 0;
    qint64 lastEndNs = 0;
    QRegion lastRegion;
    // Called once, after the next paint.
    std::function<void()> onPaintDone;

    double lastPaintMs() const { return ms(lastEndNs - lastStartNs); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint || watched != m_view->viewport() || m_inside)
            return false;
        m_inside = true;
        lastRegion = static_cast<QPaintEvent *>(event)->region();
        lastStartNs = nowNs();
        ViewportEventAccess::call(m_view, event);
        lastEndNs = nowNs();
        ++paints;
        m_inside = false;
        if (onPaintDone) {
            const std::function<void()> once = std::move(onPaintDone);
            onPaintDone = nullptr;
            once();
        }
        return true;
    }

private:
    QGraphicsView *m_view;
    bool m_inside = false;
};

// Records when QObjects are given the window as parent: inside MainWindow::adopt() the first
// is the MapScene (at the start of its constructor) and the second the MapEditor, which
// brackets the scene's construction in the real open.
class ChildProbe : public QObject
{
public:
    struct Child {
        QObject *object;
        qint64 ns;
    };
    bool armed = false;
    std::vector<Child> children;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (armed && event->type() == QEvent::ChildAdded)
            children.push_back({static_cast<QChildEvent *>(event)->child(), nowNs()});
        return false;
    }
};

// Runs the event loop until `done` or `timeoutMs`; false on timeout.
bool spinUntil(const std::function<bool()> &done, int timeoutMs = 10000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

// Lets everything pending (layouts, dirty items, update requests, flushes) happen.
void settle(int quietMs = 60)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < quietMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

struct Options {
    QString map;
    int repeat = 20;
    int width = 1600;
    int height = 1000;
    bool windowMode = true;
    QString summary;
};

[[noreturn]] void usage(const QString &problem)
{
    if (!problem.isEmpty())
        std::fprintf(stderr, "waymark_canvas_bench: %s\n", qPrintable(problem));
    std::fputs("usage: waymark_canvas_bench MAP.waymark [--repeat N] [--width 1600 --height 1000]\n"
               "                            [--mode window|view] [--summary FILE]\n",
               stderr);
    std::exit(2);
}

Options parseOptions(const QStringList &args)
{
    Options o;
    const auto number = [&args](qsizetype &i, int minimum) {
        if (i + 1 >= args.size())
            usage(args.at(i) + u" needs a value"_s);
        bool ok = false;
        const int value = args.at(++i).toInt(&ok);
        if (!ok || value < minimum)
            usage(u"bad value for "_s + args.at(i - 1) + u": "_s + args.at(i));
        return value;
    };
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == u"--repeat"_s) {
            o.repeat = number(i, 1);
        } else if (a == u"--width"_s) {
            o.width = number(i, 200);
        } else if (a == u"--height"_s) {
            o.height = number(i, 200);
        } else if (a == u"--mode"_s) {
            if (i + 1 >= args.size())
                usage(u"--mode needs window or view"_s);
            const QString mode = args.at(++i);
            if (mode != u"window"_s && mode != u"view"_s)
                usage(u"--mode is window or view, not "_s + mode);
            o.windowMode = mode == u"window"_s;
        } else if (a == u"--summary"_s) {
            if (i + 1 >= args.size())
                usage(u"--summary needs a file"_s);
            o.summary = args.at(++i);
        } else if (a == u"-h"_s || a == u"--help"_s) {
            usage({});
        } else if (a.startsWith(u'-')) {
            usage(u"unknown option "_s + a);
        } else if (o.map.isEmpty()) {
            o.map = a;
        } else {
            usage(u"more than one map given"_s);
        }
    }
    if (o.map.isEmpty())
        usage(u"no map given"_s);
    if (!QFileInfo::exists(o.map))
        usage(u"no such file: "_s + o.map);
    return o;
}

// Figures as "key value" lines, for scripts, and as a readable report on stdout.
class Report
{
public:
    void section(const QString &title) { std::printf("\n%s\n", qPrintable(title)); }
    void note(const QString &text) { std::printf("  %s\n", qPrintable(text)); }
    void value(const QString &key, const QString &label, double v, const QString &unit = u"ms"_s)
    {
        std::printf("  %-58s %10.2f %s\n", qPrintable(label), v, qPrintable(unit));
        m_lines.append(key + u' ' + QString::number(v, 'f', 3));
    }
    void text(const QString &key, const QString &label, const QString &v)
    {
        std::printf("  %-58s %s\n", qPrintable(label), qPrintable(v));
        m_lines.append(key + u' ' + v);
    }
    void stats(const QString &key, const QString &label, const Stats &s)
    {
        std::printf("  %-58s min %7.2f  median %7.2f  max %7.2f ms  (n=%d)\n", qPrintable(label), s.min, s.median,
                    s.max, s.count);
        m_lines.append(key + u"_min "_s + QString::number(s.min, 'f', 3));
        m_lines.append(key + u"_median "_s + QString::number(s.median, 'f', 3));
        m_lines.append(key + u"_max "_s + QString::number(s.max, 'f', 3));
    }
    bool write(const QString &path) const
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
            return false;
        QTextStream out(&file);
        for (const QString &line : m_lines)
            out << line << '\n';
        return true;
    }

private:
    QStringList m_lines;
};

double areaPercent(const QRegion &region, const QGraphicsView *view)
{
    double area = 0;
    for (const QRect &r : region.intersected(view->viewport()->rect()))
        area += double(r.width()) * r.height();
    return 100.0 * area / (double(view->viewport()->width()) * view->viewport()->height());
}

int visibleItems(QGraphicsView *view)
{
    return int(view->scene()->items(view->mapToScene(view->viewport()->rect())).size());
}

// The first repaint after a change of zoom (every card's cached pixmap redrawn), then
// `repeat` more of the unchanged view.
void measureRepaints(Report &report, PaintProbe &probe, QGraphicsView *view, int repeat, const QString &key,
                     const QString &label)
{
    QWidget *viewport = view->viewport();
    int before = probe.paints;
    qint64 t0 = nowNs();
    viewport->repaint();
    const double cold = ms(nowNs() - t0);
    const double coldPaint = probe.lastPaintMs();
    if (probe.paints == before)
        report.note(label + u": repaint() did not paint"_s);
    settle();
    std::vector<double> totals;
    std::vector<double> paints;
    for (int i = 0; i < repeat; ++i) {
        before = probe.paints;
        t0 = nowNs();
        viewport->repaint();
        if (probe.paints == before)
            report.note(label + u": repaint() did not paint"_s);
        totals.push_back(ms(nowNs() - t0));
        paints.push_back(probe.lastPaintMs());
        QCoreApplication::processEvents();
    }
    report.value(key + u"_cold"_s, label + u": first repaint after the zoom change (cache cold)"_s, cold);
    report.value(key + u"_cold_paint"_s, u"    of which the paint handler"_s, coldPaint);
    report.stats(key + u"_warm"_s, label + u": repaint(), cache warm"_s, statsOf(totals));
    report.stats(key + u"_warm_paint"_s, u"    of which the paint handler"_s, statsOf(paints));
}

// Scroll steps of `step` px along one scroll bar: from setValue() to the end of the paint
// that follows, through the event loop as in use.
void measureScroll(Report &report, PaintProbe &probe, QGraphicsView *view, QScrollBar *bar, int step, int repeat,
                   const QString &key, const QString &label)
{
    std::vector<double> totals;
    std::vector<double> paints;
    std::vector<double> areas;
    for (int i = 0; i < repeat; ++i) {
        if (bar->value() + step > bar->maximum())
            bar->setValue(bar->minimum());
        settle(30);
        const int before = probe.paints;
        const qint64 t0 = nowNs();
        bar->setValue(bar->value() + step);
        if (!spinUntil([&] { return probe.paints > before; }, 5000)) {
            report.note(label + u": no paint after a scroll step"_s);
            return;
        }
        totals.push_back(ms(probe.lastEndNs - t0));
        paints.push_back(probe.lastPaintMs());
        areas.push_back(areaPercent(probe.lastRegion, view));
    }
    report.stats(key, label + u": setValue() to the end of the paint"_s, statsOf(totals));
    report.stats(key + u"_paint"_s, u"    of which the paint handler"_s, statsOf(paints));
    const Stats a = statsOf(areas);
    report.value(key + u"_area_pct"_s, u"    area repainted (median, % of the viewport)"_s, a.median, u"%"_s);
}

} // namespace

int main(int argc, char *argv[])
{
    benchClock().start();
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    const Options options = parseOptions(args);

    // A private settings and data folder: the user's window state and recent files neither
    // change the figures nor get changed by them.
    QTemporaryDir home;
    if (!home.isValid()) {
        std::fputs("waymark_canvas_bench: cannot create a temporary folder\n", stderr);
        return 1;
    }
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(u"config"_s)));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(u"data"_s)));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(home.filePath(u"cache"_s)));
    Application::ensureRuntimeDir();

    Application app(argc, argv);
    Report report;
    const QString platform = QGuiApplication::platformName();

    std::printf("Waymark canvas benchmark\n");
    std::printf("  map:       %s\n", qPrintable(QFileInfo(options.map).absoluteFilePath()));
    std::printf("  platform:  %s, Qt %s\n", qPrintable(platform), qVersion());
    std::printf("  mode:      %s\n", options.windowMode ? "window (MainWindow::adopt, docks included)"
                                                         : "view (MapScene + MapView alone)");
    std::printf("  repeat:    %d\n", options.repeat);

    // The empty window, shown and painted before the clock of the open starts.
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<MapView> bareView;
    std::unique_ptr<MapScene> bareScene;
    std::unique_ptr<MapSession> bareSession;
    const qint64 showStart = nowNs();
    QWidget *topLevel = nullptr;
    MapView *view = nullptr;
    if (options.windowMode) {
        window = std::make_unique<MainWindow>();
        topLevel = window.get();
        view = window->view();
    } else {
        bareView = std::make_unique<MapView>();
        topLevel = bareView.get();
        view = bareView.get();
    }
    topLevel->resize(options.width, options.height);
    topLevel->show();
    if (!spinUntil([topLevel] { return topLevel->windowHandle() && topLevel->windowHandle()->isExposed(); })) {
        std::fputs("waymark_canvas_bench: the window was never exposed\n", stderr);
        return 1;
    }
    settle(200);
    const double showMs = ms(nowNs() - showStart);

    PaintProbe probe(view);
    ChildProbe childProbe;
    if (window)
        window->installEventFilter(&childProbe);

    // --- Open: Document::open to the end of the first paint of the canvas -------------------
    bool framed = false;
    qint64 frameNs = 0;
    qint64 tPaintStart = 0;
    qint64 tPaintEnd = 0;
    QRegion firstRegion;
    probe.onPaintDone = [&] {
        tPaintStart = probe.lastStartNs;
        tPaintEnd = probe.lastEndNs;
        firstRegion = probe.lastRegion;
        // Runs on the next turn of the event loop, after the repaint manager's flush.
        QTimer::singleShot(0, [&] {
            frameNs = nowNs();
            framed = true;
        });
    };
    const int paintsBefore = probe.paints;
    const qint64 t0 = nowNs();
    std::unique_ptr<Document> document;
    try {
        document = Document::open(options.map, Store::Access::ReadWrite);
    } catch (const StoreError &e) {
        std::fprintf(stderr, "waymark_canvas_bench: cannot open %s: %s\n", qPrintable(options.map), qPrintable(e.message()));
        return 1;
    }
    Document *doc = document.get();
    const qint64 tLoaded = nowNs();
    auto session = std::make_unique<MapSession>(std::move(document), false);
    MapSession *sessionPtr = session.get();
    const qint64 tSession = nowNs();
    qint64 tSceneStart = -1;
    qint64 tSceneEnd = -1;
    if (window) {
        childProbe.armed = true;
        window->adopt(std::move(session));
        childProbe.armed = false;
        const auto &c = childProbe.children;
        if (c.size() >= 2 && c[0].object == static_cast<QObject *>(window->scene())
            && c[1].object == static_cast<QObject *>(window->editor())) {
            tSceneStart = c[0].ns;
            tSceneEnd = c[1].ns;
        }
    } else {
        tSceneStart = nowNs();
        bareScene = std::make_unique<MapScene>(doc, CanvasTheme::forPalette(view->palette()));
        bareScene->setSession(sessionPtr);
        view->setMapScene(bareScene.get());
        tSceneEnd = nowNs();
        bareSession = std::move(session);
        view->setFocus();
        view->showTopLeft();
    }
    const qint64 tAdopted = nowNs();
    if (!spinUntil([&] { return framed; })) {
        std::fputs("waymark_canvas_bench: the canvas was never painted\n", stderr);
        return 1;
    }
    const int openPaints = probe.paints - paintsBefore;
    const qint64 hwmOpen = procStatusKib("VmHWM");
    const qint64 rssOpen = procStatusKib("VmRSS");
    MapScene *scene = view->mapScene();

    report.section(u"Setting"_s);
    report.text(u"platform"_s, u"Qt platform"_s, platform);
    report.value(u"viewport_width"_s, u"viewport width"_s, view->viewport()->width(), u"px"_s);
    report.value(u"viewport_height"_s, u"viewport height"_s, view->viewport()->height(), u"px"_s);
    report.value(u"device_pixel_ratio"_s, u"device pixel ratio"_s, view->devicePixelRatioF(), {});
    report.value(u"cards"_s, u"cards in the map"_s, doc->cardCount(), {});
    report.value(u"scene_items"_s, u"items in the scene"_s, double(scene->items().size()), {});
    report.value(u"window_show_ms"_s, u"empty window created, shown, exposed (not part of open)"_s, showMs);

    report.section(u"Open (clock starts at Document::open)"_s);
    report.value(u"open_load_ms"_s, u"load the document (Document::open)"_s, ms(tLoaded - t0));
    report.value(u"open_session_ms"_s, u"MapSession"_s, ms(tSession - tLoaded));
    if (window) {
        report.value(u"open_adopt_ms"_s, u"MainWindow::adopt, in all"_s, ms(tAdopted - tSession));
        if (tSceneStart >= 0) {
            report.value(u"open_scene_ms"_s, u"    MapScene (items + first layout) + setSession/setMapScene"_s,
                         ms(tSceneEnd - tSceneStart));
            report.value(u"open_adopt_rest_ms"_s, u"    the rest: editor, docks, showTopLeft, actions"_s,
                         ms(tAdopted - tSession - (tSceneEnd - tSceneStart)));
        } else {
            report.note(u"(the scene's share of adopt() could not be told apart)"_s);
        }
    } else {
        report.value(u"open_scene_ms"_s, u"MapScene (items + first layout) + setSession/setMapScene"_s,
                     ms(tSceneEnd - tSceneStart));
    }
    report.value(u"open_wait_ms"_s, u"event loop until the canvas paint starts"_s, ms(tPaintStart - tAdopted));
    report.value(u"open_first_paint_ms"_s, u"first paint of the canvas (paint handler)"_s, ms(tPaintEnd - tPaintStart));
    report.value(u"open_first_paint_area_pct"_s, u"    area painted (% of the viewport)"_s, areaPercent(firstRegion, view), u"%"_s);
    report.value(u"open_total_ms"_s, u"OPEN: Document::open to first canvas paint done"_s, ms(tPaintEnd - t0));
    report.value(u"open_frame_ms"_s, u"    to the next event loop turn (frame flushed)"_s, ms(frameNs - t0));
    report.value(u"open_paints"_s, u"canvas paints until then (the first one counts)"_s, openPaints, {});
    report.value(u"rss_peak_open_kib"_s, u"peak RSS after opening (VmHWM)"_s, double(hwmOpen), u"KiB"_s);
    report.value(u"rss_open_kib"_s, u"RSS after opening (VmRSS)"_s, double(rssOpen), u"KiB"_s);

    settle(200);

    // --- Repaints ------------------------------------------------------------------------
    report.section(u"Repaint at fit zoom"_s);
    const qint64 zoomStart = nowNs();
    view->zoomToFit();
    const double zoomFitMs = ms(nowNs() - zoomStart);
    report.value(u"fit_zoom"_s, u"fit zoom (clamped to MapView::MinZoom)"_s, view->zoom(), {});
    report.value(u"zoom_fit_call_ms"_s, u"zoomToFit() itself"_s, zoomFitMs);
    report.value(u"visible_items_fit"_s, u"items in the viewport"_s, visibleItems(view), {});
    measureRepaints(report, probe, view, options.repeat, u"repaint_fit"_s, u"fit"_s);

    report.section(u"Repaint at 100 %, top left, zoomed in from 80 %"_s);
    // For a cold cache every card in sight must have been drawn at another scale since it was
    // last drawn at 100 %. At fit the top left can be out of sight, so the step before 100 %
    // is 80 % at the top left, painted, as a Ctrl+wheel step would.
    view->setZoom(0.8);
    view->showTopLeft();
    view->viewport()->repaint();
    settle();
    view->setZoom(1.0);
    view->showTopLeft();
    report.value(u"visible_items_100"_s, u"items in the viewport"_s, visibleItems(view), {});
    measureRepaints(report, probe, view, options.repeat, u"repaint_100"_s, u"100 %"_s);

    report.section(u"Scroll at 100 %"_s);
    view->showTopLeft();
    settle();
    measureScroll(report, probe, view, view->verticalScrollBar(), 100, options.repeat, u"scroll_v"_s,
                  u"scroll down 100 px"_s);
    view->showTopLeft();
    settle();
    measureScroll(report, probe, view, view->horizontalScrollBar(), 100, options.repeat, u"scroll_h"_s,
                  u"scroll right 100 px"_s);

    // --- Breakdown of building the scene, on a second, read-only scene --------------------
    report.section(u"Scene construction breakdown (a second MapScene of the same document)"_s);
    {
        const CanvasTheme theme = scene->theme();
        // Pure text layout: CardFace::layout of every card at its column's width.
        qint64 t = nowNs();
        int faces = 0;
        for (const Stage &stage : doc->stages()) {
            const double width = stage.width - 2 * CanvasMetrics::CellPadding;
            for (const Id id : doc->cardsOfStage(stage.id)) {
                CardFace face;
                face.layout(*doc->card(id), width, theme);
                ++faces;
            }
        }
        const double faceMs = ms(nowNs() - t);
        t = nowNs();
        auto second = std::make_unique<MapScene>(doc, theme);
        const double ctorMs = ms(nowNs() - t);
        const QList<QGraphicsItem *> all = second->items();
        t = nowNs();
        for (QGraphicsItem *item : all) {
            if (item->type() == CardItemType)
                static_cast<CardItem *>(item)->invalidate();
        }
        second->relayout();
        const double coldLayoutMs = ms(nowNs() - t);
        t = nowNs();
        second->relayout();
        const double warmLayoutMs = ms(nowNs() - t);
        t = nowNs();
        const qsizetype found = second->items(QRectF(0, 0, 1600, 1000)).size();
        const double indexMs = ms(nowNs() - t);
        t = nowNs();
        second.reset();
        const double deleteMs = ms(nowNs() - t);

        report.value(u"breakdown_scene_ctor_ms"_s, u"MapScene constructor: items + first layout"_s, ctorMs);
        report.value(u"breakdown_cardface_ms"_s, u"    CardFace::layout of every card, timed alone"_s, faceMs);
        report.value(u"breakdown_cardface_us"_s, u"        per card"_s, faces ? 1000 * faceMs / faces : 0, u"us"_s);
        report.value(u"breakdown_items_ms"_s, u"    the rest: items, geometry (constructor - text layout)"_s, ctorMs - faceMs);
        report.value(u"breakdown_layout_cold_ms"_s, u"relayout() after CardItem::invalidate() of every card"_s, coldLayoutMs);
        report.value(u"breakdown_layout_warm_ms"_s, u"relayout() with nothing changed (geometry only)"_s, warmLayoutMs);
        report.value(u"breakdown_first_query_ms"_s,
                     u"first items() query (builds the BSP index; %1 items found)"_s.arg(found), indexMs);
        report.value(u"breakdown_delete_ms"_s, u"deleting the scene"_s, deleteMs);
        // Painting one card, as an item cache does: into a fresh transparent pixmap. The
        // same cards each time, after one round that fills the glyph and icon caches.
        const auto paintCards = [&](double zoom) {
            constexpr int Cards = 200;
            std::vector<std::pair<const Card *, CardFace>> faces;
            for (const Stage &stage : doc->stages()) {
                const double width = stage.width - 2 * CanvasMetrics::CellPadding;
                for (const Id id : doc->cardsOfStage(stage.id)) {
                    if (faces.size() == Cards)
                        break;
                    CardFace face;
                    face.layout(*doc->card(id), width, theme);
                    faces.emplace_back(doc->card(id), face);
                }
            }
            const double width = doc->stages().isEmpty() ? 200 : doc->stages().first().width - 2 * CanvasMetrics::CellPadding;
            double best = 0;
            for (int round = 0; round < 3; ++round) {
                const qint64 start = nowNs();
                for (const auto &[card, face] : faces) {
                    const QRectF rect(0, 0, width, face.height());
                    QPixmap pixmap((rect.adjusted(-4, -4, 4, 5).size() * zoom).toSize().expandedTo(QSize(1, 1)));
                    pixmap.fill(Qt::transparent);
                    QPainter painter(&pixmap);
                    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
                    painter.scale(zoom, zoom);
                    painter.translate(4, 4);
                    face.paint(&painter, rect, *card, theme, CardFace::Normal, zoom);
                }
                const double perCard = ms(nowNs() - start) * 1000 / double(std::max<std::size_t>(1, faces.size()));
                if (round > 0 && (round == 1 || perCard < best))
                    best = perCard;
            }
            return best;
        };
        report.value(u"card_paint_100_us"_s, u"CardFace::paint into a new pixmap, 100 %, per card (best)"_s,
                     paintCards(1.0), u"us"_s);
        report.value(u"card_paint_fit_us"_s, u"CardFace::paint into a new pixmap, 10 %, per card (best)"_s,
                     paintCards(0.1), u"us"_s);
        report.value(u"bsp_depth"_s, u"scene->bspTreeDepth() (as Qt chose it; none is set)"_s, scene->bspTreeDepth(), {});
    }

    report.section(u"Memory"_s);
    report.value(u"rss_peak_end_kib"_s, u"peak RSS at the end (VmHWM)"_s, double(procStatusKib("VmHWM")), u"KiB"_s);

    if (!options.summary.isEmpty() && !report.write(options.summary)) {
        std::fprintf(stderr, "waymark_canvas_bench: cannot write %s\n", qPrintable(options.summary));
        return 1;
    }

    // Tear down in order: the window lets go of its session itself.
    if (!window) {
        view->setMapScene(nullptr);
        bareScene.reset();
        bareSession.reset();
    }
    return 0;
}
