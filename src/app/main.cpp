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

// CLI11 prints multi-line usage on errors; we keep stderr to one line and point at --help.
int usageError(const std::string& msg) {
    std::fprintf(stderr, "salvo: error: %s (see salvo --help)\n", msg.c_str());
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
    } catch (const CLI::ParseError& e) {
        return usageError(e.what());
    }
    try {
        salvo::app::Context ctx(dataDir);
        return commands.run(ctx);
    } catch (const salvo::UsageError& e) {
        return usageError(e.what());
    } catch (const salvo::Error& e) {
        std::fprintf(stderr, "salvo: error: %s\n", e.what());
        return 1;
    } catch (const std::bad_alloc&) {
        std::fprintf(stderr, "salvo: error: out of memory\n");
        return 1;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "salvo: error: %s\n", e.what());
        return 1;
    }
}
