#pragma once
// ScratchDir: a fresh directory under the system temp dir, named after a tag, the process and a random number (tests
// run in parallel processes), and removed with all it holds when it goes out of scope. Shared by every test that
// writes files: exports, frames and videos, atlas caches, the command line's bad-input cases.
//   ScratchDir dir("export");
//   io::writeFileAtomic(dir.path / "a.json", text);   // dir.names() == {"a.json"}
#include <algorithm>
#include <filesystem>
#include <random>
#include <string>
#include <system_error>
#include <vector>

#include <unistd.h>

namespace salvo::testsupport {

struct ScratchDir {
    std::filesystem::path path;
    explicit ScratchDir(const std::string& tag) {
        path = std::filesystem::temp_directory_path() /
               ("salvo-" + tag + "-" + std::to_string(::getpid()) + "-" + std::to_string(std::random_device{}()));
        std::filesystem::create_directories(path);
    }
    ~ScratchDir() {
        std::error_code ec;
        // Undo chmod 000 / 555 that a case may have left, so that cleanup works for non-root users too. Symbolic
        // links are skipped: permissions() follows them, and the data-dir cases link to the repository's geodata
        // (regression: every test run made geodata/*.gpkg executable).
        for (auto it = std::filesystem::recursive_directory_iterator(path, ec);
             !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec))
            if (!it->is_symlink(ec))
                std::filesystem::permissions(it->path(), std::filesystem::perms::owner_all,
                                             std::filesystem::perm_options::add, ec);
        std::filesystem::remove_all(path, ec);
    }
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;

    // The names of the entries directly inside, sorted.
    std::vector<std::string> names() const {
        std::vector<std::string> v;
        for (const auto& e : std::filesystem::directory_iterator(path)) v.push_back(e.path().filename().string());
        std::sort(v.begin(), v.end());
        return v;
    }
};

} // namespace salvo::testsupport
