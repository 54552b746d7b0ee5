#pragma once
// Files: the one place Salvo reads and writes plain files. Reads are bounded; writes are atomic (a temporary file in
// the destination directory, fsync, then rename), so no command ever leaves a partial output file.
//   std::string bytes = salvo::io::readFile("article.txt");     // throws salvo::Error naming the file
//   salvo::io::writeFileAtomic("out.json", text);
//   salvo::io::AtomicPath tmp("out.gpkg");  /* write tmp.path() with GDAL */  tmp.commit();
#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

namespace salvo::io {

// "-" reads standard input. Throws salvo::Error for a missing, unreadable or directory path, or input over maxBytes.
std::string readFile(const std::filesystem::path& path, size_t maxBytes = 256u << 20);

// Writes all bytes to a temporary sibling and renames it over `path`. "-" writes to standard output.
// Throws salvo::Error (directory missing, read-only, disk full) and leaves nothing behind.
void writeFileAtomic(const std::filesystem::path& path, std::string_view bytes);

// A temporary sibling path for writers that need a file name (GDAL). The destructor removes the temporary unless
// commit() renamed it into place.
class AtomicPath {
public:
    explicit AtomicPath(std::filesystem::path finalPath);
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

// Throws salvo::Error when the directory that would hold `path` is missing or not writable: checked before long work.
void checkWritable(const std::filesystem::path& path);

} // namespace salvo::io
