// The atlas cache (see AtlasLoader.hpp). Why a key of file metadata rather than of file contents: hashing 32 MB of
// GeoPackages would cost more than the whole decode it guards. geodata/build writes new files (new inode and
// modification time), so a rebuilt geodata never matches an old image; the image's own checksum guards against a
// damaged cache file. An editor that rewrites a file in place within the same nanosecond timestamp is not detected
// (the same assumption make relies on).
#include "io/AtlasLoader.hpp"

#include "atlas/AtlasImage.hpp"
#include "core/Error.hpp"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace salvo::io {

namespace fs = std::filesystem;

namespace {

constexpr const char* kGeodataFiles[] = {"geodata/countries.gpkg", "geodata/admin1.gpkg", "geodata/places.gpkg",
                                         "geodata/curated/features.csv", "geodata/curated/aliases.csv",
                                         "geodata/airports.csv"};
constexpr size_t kMaxImageBytes = size_t{1} << 30; // today's image is about 50 MB
constexpr size_t kImagesKept = 8;                  // images of other data dirs or builds kept beside the newest

struct KeyHash {
    uint64_t h = 1469598103934665603ull; // FNV-1a, 64-bit
    void bytes(const void* p, size_t n) {
        for (size_t i = 0; i < n; ++i) { h ^= static_cast<const unsigned char*>(p)[i]; h *= 1099511628211ull; }
    }
    void num(uint64_t v) { bytes(&v, sizeof v); }
    void text(std::string_view s) { num(s.size()); bytes(s.data(), s.size()); }
    void file(const struct stat& st) {
        num(static_cast<uint64_t>(st.st_dev)); num(static_cast<uint64_t>(st.st_ino));
        num(static_cast<uint64_t>(st.st_size));
        num(static_cast<uint64_t>(st.st_mtim.tv_sec)); num(static_cast<uint64_t>(st.st_mtim.tv_nsec));
    }
};

// An absolute path from an environment variable, else empty.
fs::path absoluteEnv(const char* name) {
    const char* v = std::getenv(name);
    if (!v || !*v) return {};
    fs::path p(v);
    return p.is_absolute() ? p : fs::path();
}

struct FileCloser {
    int fd;
    ~FileCloser() { if (fd >= 0) ::close(fd); }
};

Result<atlas::Atlas> readImage(const fs::path& file, uint64_t key) {
    const auto refused = [&](const std::string& why) {
        return Diagnostic{Severity::Note, "atlas.image_refused", file.string() + ": " + why, {}, {}};
    };
    FileCloser f{::open(file.c_str(), O_RDONLY | O_CLOEXEC)};
    if (f.fd < 0) return refused(errno == ENOENT ? "no image yet" : std::strerror(errno));
    struct stat st {};
    if (::fstat(f.fd, &st) != 0 || !S_ISREG(st.st_mode)) return refused("not a regular file");
    const auto size = static_cast<size_t>(st.st_size);
    if (size < atlas::kAtlasImageHeaderBytes || size > kMaxImageBytes) return refused("implausible size");
    void* map = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, f.fd, 0);
    if (map == MAP_FAILED) return refused(std::string("mmap: ") + std::strerror(errno));
    ::madvise(map, size, MADV_SEQUENTIAL | MADV_WILLNEED);
    // A file truncated by someone else while mapped would raise SIGBUS on access; images are only ever replaced by
    // rename, never truncated in place, so the mapping stays whole.
    auto out = atlas::decodeAtlasImage(std::string_view(static_cast<const char*>(map), size), key);
    ::munmap(map, size);
    return out;
}

// Removes all but the newest kImagesKept images in the cache (other data dirs, other builds), and the temporaries
// of writers that were killed (".atlas-KEY.img.PID.tmp" whose PID names no live process).
void pruneImages(const fs::path& dir) {
    std::error_code ec;
    std::vector<std::pair<fs::file_time_type, fs::path>> images;
    for (const auto& e : fs::directory_iterator(dir, ec)) {
        const std::string name = e.path().filename().string();
        if (name.rfind("atlas-", 0) == 0 && e.path().extension() == ".img") {
            const auto t = e.last_write_time(ec);
            if (!ec) images.emplace_back(t, e.path());
        } else if (name.rfind(".atlas-", 0) == 0 && e.path().extension() == ".tmp") {
            const std::string stem = e.path().stem().string(); // ".atlas-KEY.img.PID"
            const long pid = std::strtol(stem.c_str() + stem.rfind('.') + 1, nullptr, 10);
            if (pid > 0 && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH) fs::remove(e.path(), ec);
        }
    }
    if (images.size() <= kImagesKept) return;
    std::sort(images.begin(), images.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    for (size_t i = kImagesKept; i < images.size(); ++i) fs::remove(images[i].second, ec);
}

// Writes the image beside its final name and renames it into place; returns why not, or empty. No fsync: a torn
// image after a power cut fails its checksum and is rebuilt.
std::string writeImage(const fs::path& file, const std::string& bytes) {
    std::error_code ec;
    fs::create_directories(file.parent_path(), ec);
    if (ec) return file.parent_path().string() + ": " + ec.message();
    const fs::path tmp = file.parent_path() / ("." + file.filename().string() + "." + std::to_string(::getpid()) + ".tmp");
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) return tmp.string() + ": " + std::strerror(errno);
    size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        done += static_cast<size_t>(n);
    }
    const int err = done == bytes.size() ? 0 : errno;
    if (::close(fd) != 0 || err != 0 || std::rename(tmp.c_str(), file.c_str()) != 0) {
        const std::string why = std::strerror(err ? err : errno);
        fs::remove(tmp, ec);
        return tmp.string() + ": " + why;
    }
    pruneImages(file.parent_path());
    return {};
}

} // namespace

fs::path atlasCacheDir() {
    if (const char* v = std::getenv("SALVO_CACHE_DIR"); v && std::string_view(v) == "off") return {};
    if (auto p = absoluteEnv("SALVO_CACHE_DIR"); !p.empty()) return p;
    if (auto p = absoluteEnv("XDG_CACHE_HOME"); !p.empty()) return p / "salvo";
    if (auto p = absoluteEnv("HOME"); !p.empty()) return p / ".cache" / "salvo";
    return {};
}

uint64_t atlasSourceKey(const fs::path& dataDir) {
    KeyHash k;
    k.text("salvo.atlas-image/1");
    for (const char* name : kGeodataFiles) {
        const fs::path p = dataDir / name;
        struct stat st {};
        if (::stat(p.c_str(), &st) != 0) throw Error(p.string() + ": geodata file missing (run geodata/build?)");
        k.text(name);
        k.file(st);
    }
    // The executable that derived the image: a rebuilt salvo may label or name regions differently.
    if (struct stat st {}; ::stat("/proc/self/exe", &st) == 0) k.file(st);
    return k.h;
}

fs::path atlasImagePath(const fs::path& cacheDir, uint64_t key) {
    char name[40];
    std::snprintf(name, sizeof name, "atlas-%016llx.img", static_cast<unsigned long long>(key));
    return cacheDir / name;
}

CachedAtlas loadAtlasCached(const fs::path& dataDir, const fs::path& cacheDir) {
    if (cacheDir.empty()) return {loadAtlasFromGeodata(dataDir), false, "no cache directory"};
    const uint64_t key = atlasSourceKey(dataDir);
    const fs::path file = atlasImagePath(cacheDir, key);
    auto image = readImage(file, key);
    if (image) return {std::move(*image), true, {}};
    CachedAtlas out{loadAtlasFromGeodata(dataDir), false, image.error().message};
    if (const std::string why = writeImage(file, atlas::encodeAtlasImage(out.atlas, key)); !why.empty())
        out.note += "; not written: " + why;
    return out;
}

} // namespace salvo::io
