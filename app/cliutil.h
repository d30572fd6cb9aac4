#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <cstdio>
#include <functional>
#include <optional>

namespace Waymark {
class Document;
}

// What every subcommand shares: printing (always escaped: text from a map never reaches the
// terminal raw), the "waymark: error: …" convention and the command-line parser.
namespace Waymark::Cli {

// Writes `text` with its control characters escaped (MessageText::escaped).
void print(FILE *stream, const QString &text);
// "waymark: error: MESSAGE" on stderr; returns exit status 1.
int fail(const QString &message);
// "waymark: warning: …" for what the document had to change or leave out as it was read.
void printWarnings(const Document &document);

// "waymark: warning: …" before the first write to a map on a network file system or in a sync
// folder, where SQLite's locking is unreliable (SharedStorage).
void warnIfShared(const QString &path);

// 'PATH', escaped.
QString quoted(const QString &path);

// Runs a subcommand's body, turning every error into "waymark: error: ..." and exit status 1:
// the document's and the formats' own, running out of memory, and anything else thrown.
int guarded(const std::function<int()> &body);

// QCommandLineParser with the conventions of every subcommand: --help, a usage line, exit
// status 2 and a pointer to --help on a usage error.
class Arguments
{
public:
    Arguments(QString command, QString synopsis, QString description);

    void add(const QCommandLineOption &option) { m_parser.addOption(option); }
    void addPositional(const QString &name, const QString &description) { m_parser.addPositionalArgument(name, description); }

    // Returns the exit code when the command should stop here (help shown, usage error).
    std::optional<int> parse(const QStringList &arguments, int minPositional, int maxPositional);
    int usageError(const QString &message) const;

    QString value(const QString &name) const { return m_parser.value(name); }
    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QString positional(int i) const { return m_parser.positionalArguments().value(i); }
    QStringList values(const QString &name) const { return m_parser.values(name); }

private:
    QString m_command;
    QString m_synopsis;
    QString m_description;
    QCommandLineParser m_parser;
};

} // namespace Waymark::Cli
