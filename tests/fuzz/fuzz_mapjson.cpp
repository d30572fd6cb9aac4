// The JSON map reader (`waymark new --from MAP.json`): any bytes either read as a map or are
// refused with a FormatError. What is read must export, read back to the same export (the
// interchange round-trips) and write to a new map file.

#include "fuzzsupport.h"

#include "document/document.h"
#include "io/formaterror.h"
#include "io/jsonmapformat.h"
#include "store/storeerror.h"

#include <QFile>

using namespace Qt::StringLiterals;
using namespace Waymark;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    MapData map;
    try {
        map = JsonMapFormat::parse(Fuzz::bytes(data, size), u"fuzz.json"_s);
    } catch (const FormatError &) {
        return 0;
    }

    const QByteArray exported = JsonMapFormat::serialize(map);
    try {
        if (JsonMapFormat::serialize(JsonMapFormat::parse(exported, u"export"_s)) != exported)
            Fuzz::fail("the export of an accepted map reads back differently");
    } catch (const FormatError &error) {
        Fuzz::fail("the export of an accepted map is refused", error.message());
    }

    const QString path = Fuzz::scratchDir() + u"/map.waymark"_s;
    QFile::remove(path);
    try {
        Document::write(path, map);
    } catch (const StoreError &error) {
        // The reader let through what the file refuses: the user would see SQL, not which
        // element of the JSON is wrong.
        Fuzz::fail("an accepted map cannot be written", error.message());
    }
    return 0;
}
