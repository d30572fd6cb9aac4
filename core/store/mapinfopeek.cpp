#include "mapinfopeek.h"

#include "mapreader.h"
#include "schema.h"
#include "store.h"
#include "storeerror.h"

namespace Waymark {

std::optional<MapInfo> peekMapInfo(const QString &path)
{
    try {
        const std::unique_ptr<Store> store = Store::inspect(path);
        // Owner and review date came with version 5; an older file has neither to show. A file
        // holding objects Waymark did not create is read only through a clean copy, which is
        // more than a start page should do.
        if (store->fileVersion() != Schema::CurrentVersion || !store->schemaProblems().isEmpty())
            return std::nullopt;
        MapReader reader(*store);
        return reader.loadInfo();
    } catch (const StoreError &) {
        return std::nullopt;
    }
}

} // namespace Waymark
