// salvo: the command line. The one place where errors become messages and exit codes:
//   0 success; 1 the input could not be processed; 2 usage error. Messages are one line: "salvo: error: ...".
#include "app/Commands.hpp"
#include "app/Context.hpp"
#include "core/Error.hpp"

#include <CLI/CLI.hpp>

#include <csignal>
#include <cstdio>
#include <exception>
#include <string>

namespace {

// The error line quotes what it was given (a JSON string, a file name, a GDAL message): control characters in it are
// escaped so that the message stays one line and cannot drive the terminal ("\n" in a scenario id broke the line).
std::string oneLine(const std::string& msg) {
    std::string out;
    out.reserve(msg.size());
    for (const char ch : msg) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '\n') out += "\\n";
        else if (c == '\r') out += "\\r";
        else if (c == '\t') out += ' ';
        else if (c < 0x20 || c == 0x7F) {
            char esc[8];
            std::snprintf(esc, sizeof esc, "\\x%02x", c);
            out += esc;
        } else out += ch;
    }
    return out;
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
    try {
        salvo::app::Context ctx(dataDir);
        return commands.run(ctx);
    } catch (const salvo::UsageError& e) {
        return usageError(e.what());
    } catch (const salvo::Error& e) {
        return inputError(e.what());
    } catch (const std::bad_alloc&) {
        return inputError("out of memory");
    } catch (const std::exception& e) {
        return inputError(e.what());
    }
}
