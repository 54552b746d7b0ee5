#include "io/DataDir.hpp"

#include "core/Error.hpp"

#include <cstdlib>
#include <vector>

namespace salvo::io {

namespace fs = std::filesystem;

namespace {
bool looksLikeDataDir(const fs::path& dir) {
    std::error_code ec;
    return fs::is_regular_file(dir / "geodata" / "countries.gpkg", ec);
}
} // namespace

fs::path findDataDir(const std::string& explicitDir) {
    if (!explicitDir.empty()) {
        if (!looksLikeDataDir(explicitDir))
            throw Error("--data-dir " + explicitDir + ": no geodata/countries.gpkg there");
        return fs::absolute(explicitDir);
    }
    std::vector<fs::path> tried;
    if (const char* env = std::getenv("SALVO_DATA_DIR"); env && *env) {
        if (looksLikeDataDir(env)) return fs::absolute(env);
        throw Error(std::string("SALVO_DATA_DIR=") + env + ": no geodata/countries.gpkg there");
    }
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        for (fs::path dir = exe.parent_path(); !dir.empty() && tried.size() < 4; dir = dir.parent_path()) {
            tried.push_back(dir);
            if (looksLikeDataDir(dir)) return dir;
            tried.push_back(dir / "share" / "salvo");
            if (looksLikeDataDir(dir / "share" / "salvo")) return dir / "share" / "salvo";
            if (dir == dir.root_path()) break;
        }
    }
    for (const fs::path& dir : {fs::path(SALVO_SOURCE_DIR), fs::path("/usr/local/share/salvo"), fs::path("/usr/share/salvo")}) {
        tried.push_back(dir);
        if (looksLikeDataDir(dir)) return dir;
    }
    std::string where;
    for (const auto& t : tried) where += (where.empty() ? "" : ", ") + t.string();
    throw Error("geodata not found (looked for geodata/countries.gpkg in: " + where +
                "); pass --data-dir or set SALVO_DATA_DIR");
}

} // namespace salvo::io
