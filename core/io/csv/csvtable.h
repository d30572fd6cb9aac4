#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Waymark {

// A small CSV file (a cards table) as text rows, read with CsvReader: the one place the
// cards table uses the CSV reader's API, so that the reader can change underneath (it is
// being made to stream) and only this adapter follows.
struct CsvTable {
    struct Row {
        qint64 line = 0; // where the row starts in the file, 1-based
        QStringList cells;
    };

    QStringList header;
    QList<Row> rows; // rows whose cells are all empty are left out

    // UTF-8 with or without a byte-order mark; comma, semicolon or tab. Throws FormatError
    // "SOURCE:LINE: problem" for text that is not UTF-8 or a quote that is never closed.
    static CsvTable read(const QByteArray &data, const QString &source);
};

} // namespace Waymark
