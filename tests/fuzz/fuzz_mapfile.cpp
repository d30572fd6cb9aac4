// Opening a map someone sent: the bytes are written to a file and opened read-only, as
// `waymark info`, `check` and `export` open it, and everything is read from it: the model,
// colours, responses, metrics, the JSON export and `check`'s own rules. Any bytes must either
// be refused with a StoreError or read without a crash, a hang or undefined behaviour.

#include "fuzzsupport.h"

#include "document/document.h"
#include "io/formaterror.h"
#include "io/mapjson.h"
#include "metrics/metricsreport.h"
#include "store/mapchecker.h"
#include "store/storeerror.h"

#include <QFile>

using namespace Qt::StringLiterals;
using namespace Waymark;

namespace {

void readEverything(Document &document)
{
    const MapData map = document.snapshot();
    for (const Stage &stage : map.stages)
        document.stageColor(stage.id);
    for (const Persona &persona : map.personas)
        document.personaColor(persona.id);
    MapJson::toJson(map);
    document.responseCount();
    document.responsesOfStages({});
    document.responseSummary();
    try {
        MetricsEngine::compute(document);
    } catch (const FormatError &) {
    }
    MapChecker::problems(document.store());
    document.store().integrityProblems();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = Fuzz::scratchDir() + u"/sent.waymark"_s;
    for (const QString &suffix : {u""_s, u"-journal"_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(Fuzz::bytes(data, size)) != qint64(size))
            Fuzz::fail("cannot write the scratch file", file.errorString());
    }
    try {
        const auto document = Document::open(path, Store::Access::ReadOnly);
        readEverything(*document);
    } catch (const StoreError &) {
    }
    return 0;
}
