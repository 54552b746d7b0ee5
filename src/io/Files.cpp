#include "io/Files.hpp"

#include "core/Error.hpp"

#include <cctype>
#include <cerrno>
#include <csignal>
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

// ".NAME." + "PID-RANDOM.tmp" + suffix: the PID lets a later run tell a dead writer's temporary from a live one's.
fs::path tempSibling(const fs::path& final, std::string_view suffix) {
    static std::mt19937_64 rng{std::random_device{}()};
    const fs::path dir = final.has_parent_path() ? final.parent_path() : fs::path(".");
    char tag[48];
    std::snprintf(tag, sizeof tag, ".%ld-%016llx.tmp", static_cast<long>(::getpid()),
                  static_cast<unsigned long long>(rng()));
    return dir / ("." + final.filename().string() + tag + std::string(suffix));
}

// The PID in a temporary's name ".NAME.PID-XXXXXXXXXXXXXXXX.tmp...", or 0 when the name is not one of ours.
long tempOwner(const std::string& file, const std::string& prefix) {
    if (file.size() <= prefix.size() || file.compare(0, prefix.size(), prefix) != 0) return 0;
    size_t i = prefix.size();
    long pid = 0;
    while (i < file.size() && file[i] >= '0' && file[i] <= '9' && pid < 100000000) pid = pid * 10 + (file[i++] - '0');
    if (pid <= 0 || i >= file.size() || file[i] != '-') return 0;
    ++i;
    for (size_t k = 0; k < 16; ++k, ++i)
        if (i >= file.size() || !std::isxdigit(static_cast<unsigned char>(file[i]))) return 0;
    return file.compare(i, 4, ".tmp") == 0 ? pid : 0;
}

// Removes the temporaries (and SQLite's -journal/-wal beside them) that a killed writer of `final` left: those whose
// PID names no live process. A live writer's temporary, ours included, is left alone. Best effort: errors are ignored.
void removeStaleTemporaries(const fs::path& final) {
    const fs::path dir = final.has_parent_path() ? final.parent_path() : fs::path(".");
    const std::string prefix = "." + final.filename().string() + ".";
    std::error_code ec;
    for (auto it = fs::directory_iterator(dir, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
        const long pid = tempOwner(it->path().filename().string(), prefix);
        if (pid == 0 || pid == static_cast<long>(::getpid())) continue;
        if (::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH) continue; // alive, or not ours to judge
        std::error_code rm;
        fs::remove(it->path(), rm);
    }
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

void checkOutputPath(const fs::path& path, OutputKind kind, std::initializer_list<fs::path> inputs) {
    if (path == "-") return;
    const std::string name = path.string();
    std::error_code ec;
    for (const auto& in : inputs)
        if (!in.empty() && in != "-" && fs::equivalent(path, in, ec))
            throw UsageError(name + ": is the input " + in.string() + "; write the output to another path");
    struct stat st {};
    if (::stat(name.c_str(), &st) == 0) {
        if (kind == OutputKind::Directory) {
            if (!S_ISDIR(st.st_mode))
                throw Error(name + ": exists and is not a directory (a frame sequence needs one)");
            if (::access(name.c_str(), W_OK) != 0) throw Error(name + ": directory is not writable");
            return;
        }
        if (S_ISDIR(st.st_mode)) throw Error(name + ": is a directory");
        if (!S_ISREG(st.st_mode)) {
            // A device, FIFO or socket: a stream may be written into it; a named file would replace it.
            if (kind == OutputKind::NamedFile)
                throw Error(name + ": not a regular file (a device, FIFO or socket); this output needs a file name");
            if (::access(name.c_str(), W_OK) != 0) throw Error(name + ": not writable");
            return;
        }
    }
    // A new path (or a regular file to replace): the nearest existing directory above it must take new files. A new
    // sequence directory may be several levels deep (it is created with its parents).
    fs::path dir = path.has_parent_path() ? path.parent_path() : fs::path(".");
    if (kind == OutputKind::Directory)
        while (!fs::exists(dir, ec) && dir.has_parent_path() && dir.parent_path() != dir) dir = dir.parent_path();
    if (!fs::is_directory(dir, ec)) {
        if (kind == OutputKind::Directory && fs::exists(dir, ec))
            throw Error(name + ": " + dir.string() + " is not a directory");
        throw Error(name + ": directory " + dir.string() + " does not exist");
    }
    if (::access(dir.c_str(), W_OK) != 0) throw Error(name + ": directory " + dir.string() + " is not writable");
}

void checkWritable(const fs::path& path) { checkOutputPath(path, OutputKind::Stream); }

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

AtomicPath::AtomicPath(fs::path finalPath, std::string_view suffix)
    : m_final(std::move(finalPath)), m_tmp(tempSibling(m_final, suffix)) {
    // Writers that need a file name (GDAL, PNG) cannot stream; never rename a file over a device node or a FIFO.
    if (isStreamTarget(m_final))
        throw Error(m_final.string() +
                    ": not a regular file (a device, FIFO or socket); this output needs a file name");
    removeStaleTemporaries(m_final);
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
