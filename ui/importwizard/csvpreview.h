#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Waymark {

// The header and the first rows of a CSV file, for the import wizard to show before anything
// is read in earnest. `error` says why the file cannot be used ("line 3: the file is not
// UTF-8 text…"); the header is then empty.
struct CsvPreview {
    static constexpr int DefaultRows = 20;

    QStringList header;
    QList<QStringList> rows;
    char delimiter = ',';
    QString error;

    static CsvPreview read(const QByteArray &data, int maxRows = DefaultRows);
    // "comma", "semicolon", "tab" for users.
    QString delimiterName() const;
};

} // namespace Waymark
