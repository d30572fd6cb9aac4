#include "csvtable.h"

#include "io/csvdialect.h"
#include "io/csvreader.h"
#include "io/formaterror.h"
#include "io/inputfile.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Waymark {

CsvTable CsvTable::read(const QByteArray &data, const QString &source)
{
    InputFile::utf8(data, source); // throws at the first line that is not UTF-8
    CsvTable table;
    // The survey import's reader: delimiter by consistent field counts, a BOM left out.
    QByteArray text = data.startsWith("\xEF\xBB\xBF") ? data.sliced(3) : data;
    const char delimiter = CsvDialect::sniff(text, true);
    CsvReader reader(std::move(text), delimiter);
    bool first = true;
    try {
        while (reader.next()) {
            QStringList cells;
            bool empty = true;
            for (const QByteArrayView field : reader.fields()) {
                cells.append(QString::fromUtf8(field));
                empty = empty && field.isEmpty();
            }
            if (first) {
                table.header = cells;
                first = false;
            } else if (!empty) {
                table.rows.append({reader.line(), cells});
            }
        }
    } catch (const FormatError &error) {
        throw FormatError(u"%1: %2"_s.arg(source, error.message()));
    }
    if (first)
        throw FormatError(QCoreApplication::translate("Waymark", "%1: empty: a cards table starts with a header row").arg(source));
    return table;
}

} // namespace Waymark
