// salvo: the command line. The one place where errors become messages and exit codes:
//   0 success; 1 the input could not be processed; 2 usage error. Messages are one line: "salvo: error: ...".
#include "app/Commands.hpp"
#include "app/Context.hpp"
#include "app/Messages.hpp"
#include "core/Error.hpp"

#include <CLI/CLI.hpp>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <exception>
#include <iostream>
#include <string>

namespace {

// The error line quotes what it was given (a JSON string, a file name, a GDAL message, a 100 KB place name):
// printable() escapes control characters and shortens it, so that the message stays one readable line and cannot
// drive the terminal ("\n" in a scenario id broke the line; "\e]0;x\a" retitled the terminal).
std::string oneLine(const std::string& msg) { return salvo::app::printable(msg); }

// What the command was working on, for messages that do not say it themselves ("out of memory"): the INPUT, NAME or
// PATH it was given, else the command's name.
std::string subjectOf(const CLI::App& cli) {
    for (const CLI::App* sub : cli.get_subcommands()) {
        for (const char* name : {"INPUT", "NAME", "PATH"})
            if (const CLI::Option* o = sub->get_option_no_throw(name); o && o->count() > 0 && !o->results().empty())
                return o->results().front() == "-" ? std::string("standard input") : o->results().front();
        return sub->get_name();
    }
    return "salvo";
}

// Output on standard output is buffered: a full disk or a closed pipe shows only when it is flushed, which exit()
// would do silently. Flush here and fail like any other write (regression: "salvo where ... > /dev/full" exited 0).
bool stdoutFailed(int& err) {
    errno = 0;
    std::cout.flush();
    const bool failed = std::fflush(stdout) != 0 || std::ferror(stdout) || !std::cout;
    err = errno;
    return failed;
}

int inputError(const std::string& msg) {
    std::fprintf(stderr, "salvo: error: %s\n", oneLine(msg).c_str());
    return 1;
}

// CLI11 prints multi-line usage on errors; we keep stderr to one line and point at --help.
int usageError(const std::string& msg) {
    std::fprintf(stderr, "salvo: error: %s (see salvo --help)\n", oneLine(msg).c_str());
    return 2;
}

} // namespace

int main(int argc, char** argv) {
    CLI::App cli{"Salvo: turns a news report of a missile or air strike into a geographic scenario to replay, "
                 "inspect and question."};
    cli.require_subcommand(1);
    std::string dataDir;
    cli.add_option("--data-dir", dataDir, "Directory holding geodata/, assets/ and shaders/ (default: search)");
    cli.set_version_flag("--version", std::string("salvo ") + SALVO_VERSION);

    salvo::app::CommandSet commands(cli);
    try {
        cli.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return cli.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return cli.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return cli.exit(e);
    } catch (const CLI::RequiredError& e) {
        // "salvo launch x.json" parses as extra positionals: name the word that is not a command.
        if (cli.get_subcommands().empty() && argc > 1 && argv[1][0] != '-')
            return usageError(std::string("unknown command '") + argv[1] +
                              "' (extract|geocode|where|simulate|compare|render|view|bench|eval)");
        return usageError(e.what());
    } catch (const CLI::ParseError& e) {
        return usageError(e.what());
    }
    int rc = 0;
    try {
        salvo::app::Context ctx(dataDir);
        rc = commands.run(ctx);
    } catch (const salvo::UsageError& e) {
        return usageError(e.what());
    } catch (const salvo::Error& e) {
        return inputError(e.what());
    } catch (const std::bad_alloc&) {
        return inputError(subjectOf(cli) + ": out of memory");
    } catch (const std::exception& e) {
        return inputError(subjectOf(cli) + ": " + e.what());
    }
    if (int err = 0; stdoutFailed(err))
        return inputError(std::string("standard output: write failed: ") + std::strerror(err ? err : EIO));
    return rc;
}
