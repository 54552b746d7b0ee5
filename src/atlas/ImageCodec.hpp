#pragma once
// ImageCodec: the byte-level writer and reader of the atlas image (AtlasImage.hpp). Little-endian host layout (the
// image header records it, and a foreign one is refused), fixed-width integers, strings as length + bytes, arrays of
// trivially copyable values as count + raw bytes. The reader never reads past its buffer and never allocates more
// than the bytes left could describe: a truncated or crafted image makes it `failed()`, never a crash.
//   ImageWriter w;  w.u32(7);  w.str("Hama");        ImageReader r(w.bytes());  auto n = r.u32();  auto s = r.str();
#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace salvo::atlas {

class ImageWriter {
public:
    void u8(uint8_t v) { raw(&v, 1); }
    void u32(uint32_t v) { raw(&v, 4); }
    void u64(uint64_t v) { raw(&v, 8); }
    void f64(double v) { raw(&v, 8); }
    void str(std::string_view s) {
        u32(static_cast<uint32_t>(s.size()));
        raw(s.data(), s.size());
    }
    template <class T>
    void array(std::span<const T> v) {
        static_assert(std::is_trivially_copyable_v<T>);
        u64(v.size());
        raw(v.data(), v.size() * sizeof(T));
    }
    void raw(const void* p, size_t n) { m_out.append(static_cast<const char*>(p), n); }
    std::string& bytes() { return m_out; }

private:
    std::string m_out;
};

class ImageReader {
public:
    explicit ImageReader(std::string_view bytes) : m_p(bytes.data()), m_end(bytes.data() + bytes.size()) {}

    uint8_t u8() { return pod<uint8_t>(); }
    uint32_t u32() { return pod<uint32_t>(); }
    uint64_t u64() { return pod<uint64_t>(); }
    double f64() { return pod<double>(); }
    std::string_view strView() {
        const uint32_t n = u32();
        if (!take(n)) return {};
        return {m_p - n, n};
    }
    std::string str() { return std::string(strView()); }
    // A count of items each at least minBytes long: refused (0 and failed) when the rest of the buffer cannot hold
    // them, so a corrupt count never asks for gigabytes.
    uint32_t count(size_t minBytes) {
        const uint32_t n = u32();
        if (static_cast<size_t>(m_end - m_p) / (minBytes ? minBytes : 1) < n) return fail(), 0;
        return n;
    }
    template <class T>
    std::vector<T> array() {
        static_assert(std::is_trivially_copyable_v<T>);
        const uint64_t n = u64();
        std::vector<T> v;
        if (n > static_cast<uint64_t>(m_end - m_p) / sizeof(T)) return fail(), v;
        v.resize(static_cast<size_t>(n));
        if (n) std::memcpy(v.data(), m_p, static_cast<size_t>(n) * sizeof(T));
        m_p += n * sizeof(T);
        return v;
    }
    // n raw bytes into dst (left as is when the buffer is short).
    void rawInto(void* dst, size_t n) {
        if (n && take(n)) std::memcpy(dst, m_p - n, n);
    }
    void fail() { m_failed = true; m_p = m_end; }
    bool failed() const { return m_failed; }
    bool atEnd() const { return m_p == m_end; }

private:
    template <class T>
    T pod() {
        T v{};
        if (take(sizeof(T))) std::memcpy(&v, m_p - sizeof(T), sizeof(T));
        return v;
    }
    bool take(size_t n) {
        if (m_failed || static_cast<size_t>(m_end - m_p) < n) return fail(), false;
        m_p += n;
        return true;
    }
    const char* m_p;
    const char* m_end;
    bool m_failed = false;
};

} // namespace salvo::atlas
