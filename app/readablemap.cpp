#include "readablemap.h"

#include "cliutil.h"

#include "document/document.h"
#include "io/messagetext.h"
#include "store/storeerror.h"
#include "workspace/workspace.h"
#include "workspace/workspaceaddress.h"
#include "workspace/workspacelink.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace Waymark::Cli {

ReadableMap::ReadableMap(const QString &target)
{
    if (!WorkspaceAddress::isAddress(target)) {
        m_document = Document::open(target, Store::Access::ReadOnly);
        return;
    }
    const WorkspaceAddress address = WorkspaceAddress::parse(target);
    if (address.map.isEmpty())
        throw StoreError(StoreError::Code::Invalid,
                         u"%1 names a workspace but not one of its maps: add #NAME (see 'waymark workspace list %2')"_s.arg(
                             MessageText::quoted(address.toString()), address.toString()));
    Workspace workspace(address);
    const Workspace::MapContent content = workspace.read(address.map);
    m_copy = std::make_unique<QTemporaryDir>();
    if (!m_copy->isValid())
        throw StoreError(StoreError::Code::Io, u"cannot make a private copy of %1: %2"_s.arg(target, m_copy->errorString()));
    const QString path = m_copy->filePath(u"map.waymark"_s);
    Workspace::writeFile(content, path);
    m_document = Document::open(path, Store::Access::ReadOnly);
    m_workspace = address.toString() + u'#' + address.map;
    m_address = address;
    for (const QString &warning : content.warnings)
        print(stderr, u"waymark: warning: %1: %2\n"_s.arg(m_workspace, warning));
}

ReadableMap::~ReadableMap() = default;

std::unique_ptr<Document> openMapFile(const QString &path, Store::Access access)
{
    if (WorkspaceAddress::isAddress(path)) {
        const WorkspaceAddress address = WorkspaceAddress::parse(path); // says what is wrong with it first
        throw StoreError(StoreError::Code::Invalid,
                         u"%1 is a workspace's map, and this command works on map files: pull it into one "
                         "('waymark pull URL NAME -o FILE') and publish it back with --replace"_s.arg(
                             MessageText::quoted(address.toString() + u'#' + address.map)));
    }
    return Document::open(path, access);
}

std::unique_ptr<Document> openMap(const QString &target, Store::Access access)
{
    if (!WorkspaceAddress::isAddress(target))
        return Document::open(target, access);
    const WorkspaceAddress address = WorkspaceAddress::parse(target);
    if (address.map.isEmpty())
        throw StoreError(StoreError::Code::Invalid,
                         u"%1 names no map: add #NAME (see 'waymark workspace list URL')"_s.arg(MessageText::quoted(address.toString())));
    QStringList warnings;
    auto document = WorkspaceLink::open(address, address.map, &warnings, false);
    for (const QString &warning : std::as_const(warnings))
        print(stderr, u"waymark: warning: %1#%2: %3\n"_s.arg(address.toString(), address.map, warning));
    if (access == Store::Access::ReadWrite && document->isReadOnly())
        throw StoreError(StoreError::Code::ReadOnly, document->readOnlyReason());
    return document;
}

QString mapName(const Document &document)
{
    if (const DocumentMirror *mirror = document.mirror())
        return mirror->describe();
    return quoted(document.path());
}

QString readableMapHelp()
{
    return u"The map: a .waymark file, or a map of a team workspace as URL#NAME (postgresql://host/db#NAME)."_s;
}

} // namespace Waymark::Cli
