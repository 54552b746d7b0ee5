#include "io/Files.hpp"

#include "core/Error.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <random>
#include <sys/stat.h>
#include <unistd.h>

namespace salvo::io {

namespace fs = std::filesystem;

namespace {
std::string sysError(int err) { return std::strerror(err); }

std::string readAll(int fd, const std::string& name, size_t maxBytes) {
    std::string out;
    char buf[1 << 16];
    for (;;) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0) {
            if (errno == EINTR) continue;
            throw Error(name + ": cannot read: " + sysError(errno));
        }
        if (n == 0) break;
        if (out.size() + static_cast<size_t>(n) > maxBytes)
            throw Error(name + ": larger than the " + std::to_string(maxBytes >> 20) + " MiB limit");
        out.append(buf, static_cast<size_t>(n));
    }
    return out;
}

// An existing destination that is neither a regular file nor a directory (/dev/null, /dev/stdout, a FIFO) is a
// stream, not a file to replace: renaming a temporary over it would swap the device node for a plain file (which
// root is allowed to do). Such targets are written in place; "atomic" has no meaning for them.
bool isStreamTarget(const fs::path& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode);
}

void writeAll(int fd, std::string_view bytes, const fs::path& path) {
    size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            const int err = errno;
            ::close(fd);
            throw Error(path.string() + ": write failed: " + sysError(err));
        }
        done += static_cast<size_t>(n);
    }
}

fs::path tempSibling(const fs::path& final) {
    static std::mt19937_64 rng{std::random_device{}()};
    const fs::path dir = final.has_parent_path() ? final.parent_path() : fs::path(".");
    char suffix[32];
    std::snprintf(suffix, sizeof suffix, ".%016llx.tmp", static_cast<unsigned long long>(rng()));
    return dir / ("." + final.filename().string() + suffix);
}
} // namespace

std::string readFile(const fs::path& path, size_t maxBytes) {
    if (path == "-") return readAll(STDIN_FILENO, "standard input", maxBytes);
    const std::string name = path.string();
    const int fd = ::open(name.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT) throw Error(name + ": no such file");
        throw Error(name + ": cannot open: " + sysError(errno));
    }
    struct stat st {};
    if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        ::close(fd);
        throw Error(name + ": is a directory, not a file");
    }
    if (S_ISREG(st.st_mode) && static_cast<size_t>(st.st_size) > maxBytes) {
        ::close(fd);
        throw Error(name + ": " + std::to_string(st.st_size >> 20) + " MiB is larger than the " +
                    std::to_string(maxBytes >> 20) + " MiB limit");
    }
    try {
        std::string out = readAll(fd, name, maxBytes);
        ::close(fd);
        return out;
    } catch (...) {
        ::close(fd);
        throw;
    }
}

void checkWritable(const fs::path& path) {
    if (path == "-") return;
    if (isStreamTarget(path)) {
        if (::access(path.c_str(), W_OK) != 0) throw Error(path.string() + ": not writable");
        return;
    }
    const fs::path dir = path.has_parent_path() ? path.parent_path() : fs::path(".");
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) throw Error(path.string() + ": directory " + dir.string() + " does not exist");
    if (::access(dir.c_str(), W_OK) != 0) throw Error(path.string() + ": directory " + dir.string() + " is not writable");
    if (fs::is_directory(path, ec)) throw Error(path.string() + ": is a directory");
}

void writeFileAtomic(const fs::path& path, std::string_view bytes) {
    if (path == "-") {
        if (std::fwrite(bytes.data(), 1, bytes.size(), stdout) != bytes.size() || std::fflush(stdout) != 0)
            throw Error("standard output: write failed: " + sysError(errno));
        return;
    }
    checkWritable(path);
    if (isStreamTarget(path)) {
        const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
        if (fd < 0) throw Error(path.string() + ": cannot open for writing: " + sysError(errno));
        writeAll(fd, bytes, path);
        if (::close(fd) != 0) throw Error(path.string() + ": write failed: " + sysError(errno));
        return;
    }
    AtomicPath tmp(path);
    const int fd = ::open(tmp.path().c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) throw Error(path.string() + ": cannot create: " + sysError(errno));
    writeAll(fd, bytes, path);
    if (::fsync(fd) != 0 || ::close(fd) != 0) throw Error(path.string() + ": write failed: " + sysError(errno));
    tmp.commit();
}

AtomicPath::AtomicPath(fs::path finalPath) : m_final(std::move(finalPath)), m_tmp(tempSibling(m_final)) {
    // Writers that need a file name (GDAL) cannot stream; never rename a file over a device node or a FIFO.
    if (isStreamTarget(m_final)) throw Error(m_final.string() + ": not a regular file (this format needs a file name)");
}

AtomicPath::~AtomicPath() {
    if (!m_done) {
        std::error_code ec;
        fs::remove(m_tmp, ec);
    }
}

void AtomicPath::commit() {
    if (::rename(m_tmp.c_str(), m_final.c_str()) != 0)
        throw Error(m_final.string() + ": cannot move the finished file into place: " + sysError(errno));
    m_done = true;
}

} // namespace salvo::io
