#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace Waymark {

class Document;

// The bar above the canvas that says why a map cannot be edited and offers the way out: for a
// map holding objects Waymark did not create, "Open a Clean Copy"; for a read-only file,
// "Save As…"; for a workspace map the server cannot be reached for, or a role may only read,
// why, and "Copy Unsaved Change" when a change could not be written. Hidden for an editable map.
class ReadOnlyBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ReadOnlyBanner(QWidget *parent = nullptr);

    void showFor(const Document *document);
    QString message() const;

signals:
    void cleanCopyRequested();
    void saveAsRequested();

private:
    void copyUnsaved();

    const Document *m_document = nullptr;
    QLabel *m_text;
    QPushButton *m_cleanCopy;
    QPushButton *m_saveAs;
    QPushButton *m_copyUnsaved;
};

} // namespace Waymark
