#pragma once
// CommandSet: registers every subcommand with CLI11 and runs the one the user chose.
#include "app/Context.hpp"

#include <CLI/CLI.hpp>

#include <functional>
#include <vector>

namespace salvo::app {

class CommandSet {
public:
    explicit CommandSet(CLI::App& cli);
    int run(Context& ctx);

private:
    struct Entry {
        CLI::App* sub;
        std::function<int(Context&)> run;
    };
    std::vector<Entry> m_entries;
};

} // namespace salvo::app
