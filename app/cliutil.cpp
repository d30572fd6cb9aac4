#include "cliutil.h"

#include "document/document.h"
#include "io/formaterror.h"
#include "io/messagetext.h"
#include "store/sharedstorage.h"
#include "store/storeerror.h"

#include <new>

using namespace Qt::StringLiterals;

namespace Waymark::Cli {

namespace {

// Warnings beyond these are counted: a crafted map may have thousands.
constexpr qsizetype WarningsShown = 5;

} // namespace

void print(FILE *stream, const QString &text)
{
    std::fputs(MessageText::escaped(text).toLocal8Bit().constData(), stream);
}

int fail(const QString &message)
{
    print(stderr, u"waymark: error: "_s + message + u'\n');
    return 1;
}

void warnIfShared(const QString &path)
{
    const QString warning = SharedStorage::warning(path, SharedStorage::check(path));
    if (!warning.isEmpty())
        print(stderr, u"waymark: warning: "_s + warning + u'\n');
}

QString quoted(const QString &path)
{
    return MessageText::quotedPath(path);
}

void printWarnings(const Document &document)
{
    const Store &store = document.store();
    if (!store.schemaProblems().isEmpty())
        print(stderr, u"waymark: warning: "_s + foreignObjectsMessage(document.path(), store.schemaProblems())
                          + u"\nwaymark: warning: what follows is read from a clean copy (see 'waymark repair')\n"_s);
    if (const MapLock *lock = store.lock(); lock && !lock->takeoverNote().isEmpty())
        print(stderr, u"waymark: warning: %1\n"_s.arg(lock->takeoverNote()));
    const QStringList &warnings = document.warnings();
    for (qsizetype i = 0; i < warnings.size() && i < WarningsShown; ++i)
        print(stderr, u"waymark: warning: %1: %2\n"_s.arg(quoted(document.path()), warnings.at(i)));
    if (document.warningCount() > WarningsShown)
        print(stderr, u"waymark: warning: %1: %2 more values were out of bounds ('waymark check' lists them)\n"_s.arg(
                          quoted(document.path()), QString::number(document.warningCount() - WarningsShown)));
}

int guarded(const std::function<int()> &body)
{
    try {
        return body();
    } catch (const StoreError &e) {
        if (e.code() == StoreError::Code::Foreign)
            return fail(e.message() + u"\nMake a clean copy with: waymark repair FILE -o CLEAN.waymark"_s);
        return fail(e.message());
    } catch (const FormatError &e) {
        return fail(e.message());
    } catch (const std::bad_alloc &) {
        return fail(u"out of memory; nothing was changed"_s);
    } catch (const std::exception &e) {
        return fail(u"unexpected failure: %1; nothing was changed"_s.arg(QString::fromLocal8Bit(e.what())));
    } catch (...) {
        return fail(u"unexpected failure; nothing was changed"_s);
    }
}

Arguments::Arguments(QString command, QString synopsis, QString description)
    : m_command(std::move(command))
    , m_synopsis(std::move(synopsis))
    , m_description(std::move(description))
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addHelpOption();
}

std::optional<int> Arguments::parse(const QStringList &arguments, int minPositional, int maxPositional)
{
    if (!m_parser.parse(QStringList{u"waymark"_s} + arguments))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(u"help"_s)) {
        QString help = m_parser.helpText();
        help = help.mid(help.indexOf(u"Options:"_s));
        print(stdout, u"Usage: %1\n\n%2\n\n%3"_s.arg(m_synopsis, m_description, help));
        return 0;
    }
    const qsizetype count = m_parser.positionalArguments().size();
    if (count < minPositional)
        return usageError(count == 0 ? u"missing FILE"_s : u"missing an argument"_s);
    if (count > maxPositional)
        return usageError(u"unexpected argument '%1'"_s.arg(m_parser.positionalArguments().at(maxPositional)));
    return std::nullopt;
}

int Arguments::usageError(const QString &message) const
{
    print(stderr, u"waymark: error: %1\nTry 'waymark %2 --help'.\n"_s.arg(message, m_command));
    return 2;
}

} // namespace Waymark::Cli
