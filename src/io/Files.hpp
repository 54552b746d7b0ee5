#pragma once
// Files: the one place Salvo reads and writes plain files. Reads are bounded; writes are atomic (a temporary file in
// the destination directory, fsync, then rename), so no command ever leaves a partial output file.
//   std::string bytes = salvo::io::readFile("article.txt");     // throws salvo::Error naming the file
//   salvo::io::writeFileAtomic("out.json", text);
//   salvo::io::AtomicPath tmp("out.gpkg");  /* write tmp.path() with GDAL */  tmp.commit();
#include <cstddef>
#include <filesystem>
#include <initializer_list>
#include <string>
#include <string_view>

namespace salvo::io {

// "-" reads standard input. Throws salvo::Error for a missing, unreadable or directory path, or input over maxBytes.
std::string readFile(const std::filesystem::path& path, size_t maxBytes = 256u << 20);

// Writes all bytes to a temporary sibling and renames it over `path`. "-" writes to standard output.
// Throws salvo::Error (directory missing, read-only, disk full) and leaves nothing behind.
void writeFileAtomic(const std::filesystem::path& path, std::string_view bytes);

// A temporary sibling path for writers that need a file name (GDAL, PNG): ".NAME.PID-RANDOM.tmp" + suffix (GDAL and
// SFML pick the format from the extension: ".gpkg", ".png"). The destructor removes the temporary unless commit()
// renamed it into place. A process killed mid-write (kill -9) cannot remove its temporary, so the constructor first
// removes the temporaries of NAME whose process is gone (their PID names no live process). Throws salvo::Error when
// finalPath exists and is not a regular file: a device node or a FIFO is never replaced by a file.
class AtomicPath {
public:
    explicit AtomicPath(std::filesystem::path finalPath, std::string_view suffix = {});
    ~AtomicPath();
    AtomicPath(const AtomicPath&) = delete;
    AtomicPath& operator=(const AtomicPath&) = delete;

    const std::filesystem::path& path() const { return m_tmp; }
    const std::filesystem::path& finalPath() const { return m_final; }
    void commit(); // throws salvo::Error

private:
    std::filesystem::path m_final, m_tmp;
    bool m_done = false;
};

// What an output path receives. Stream: bytes written in order (text exports, the ledger): an existing FIFO or device
// (/dev/null, /dev/stdout) is written in place, anything else replaced atomically. NamedFile: a whole file that a
// library writes by name (GeoPackage, PNG): only a regular file or a new path. Directory: a frame sequence: an existing
// directory or a new path.
enum class OutputKind { Stream, NamedFile, Directory };

// The one output check every command runs before any work ("-" is standard output and passes). Throws salvo::UsageError
// when `path` is one of `inputs` (the same file under any name: a link, "./in.json"), and salvo::Error naming `path`
// when its directory is missing or not writable, when it is a directory (Stream, NamedFile) or an existing
// non-directory (Directory), or when a NamedFile or Directory output is a device, a FIFO or a socket.
void checkOutputPath(const std::filesystem::path& path, OutputKind kind,
                     std::initializer_list<std::filesystem::path> inputs = {});

// checkOutputPath(path, OutputKind::Stream): what writeFileAtomic checks again just before it writes.
void checkWritable(const std::filesystem::path& path);

} // namespace salvo::io
