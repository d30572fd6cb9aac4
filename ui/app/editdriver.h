#pragma once

#include <QObject>
#include <QStringList>

class QSocketNotifier;

namespace Waymark {

class MainWindow;

// Test-only (tests/ui/tst_crashsafety.cpp): with WAYMARK_TEST_EDIT_DRIVER set, the editor takes
// edits from its standard input, one a line, and applies each as the views do, through the
// session's undo stack. Once an edit is in the file and the canvas has painted it, the driver
// prints "shown N" (N counts the edits from 1) and flushes: what the test may then demand of
// the file after killing the editor. Cards are named by their titles, which the test keeps
// unique; stages and lanes by index.
//   add STAGE LANE TITLE    a card at the end of the cell
//   title OLD NEW           renames a card
//   move TITLE STAGE LANE   to the end of that cell
//   delete TITLE            through the editor's Delete, as the Delete key does
//   stage INDEX NAME        renames a stage
//   undo | redo
// Prints "ready" once the map is shown, "refused N MESSAGE" when a write fails and "bad N"
// for a line it cannot apply.
class EditDriver : public QObject
{
    Q_OBJECT

public:
    static bool isRequested();
    explicit EditDriver(MainWindow *window);

private:
    void readInput();
    void apply(const QStringList &edit);
    void paintAndTell(const QByteArray &line);

    MainWindow *m_window;
    QSocketNotifier *m_input;
    QByteArray m_pending;
    int m_count = 0;
    QString m_refused;
};

} // namespace Waymark
