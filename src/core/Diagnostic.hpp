#pragma once
// Diagnostic: an expected failure or a note about the input (a name not found, an unparsable date), kept with the span
// of text or the field it concerns so the Problems panel and the command line can point at it.
// Result<T>: a value or the diagnostic that explains why there is none.
//   Result<int> r = parseCount("x");  if (!r) std::cerr << r.error().message;
#include <cassert>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace salvo {

enum class Severity { Note, Warning, Error };

struct Span {
    size_t start = 0; // byte offset into the document text, inclusive
    size_t end = 0;   // byte offset, exclusive
    bool empty() const { return end <= start; }
};

struct Diagnostic {
    Severity severity = Severity::Warning;
    std::string code;    // stable machine-readable key, e.g. "geocode.not_found"
    std::string message; // one line, for people
    Span span;           // where in the text; empty when not about text
    std::string where;   // a field path ("events[3].to") or a file; may be empty
};

using Diagnostics = std::vector<Diagnostic>;

template <typename T>
class Result {
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(Diagnostic error) : m_v(std::move(error)) {}

    explicit operator bool() const { return m_v.index() == 0; }
    bool ok() const { return m_v.index() == 0; }
    T& value() { assert(ok() && "check ok() before value()"); return std::get<0>(m_v); }
    const T& value() const { assert(ok() && "check ok() before value()"); return std::get<0>(m_v); }
    T& operator*() { return value(); }
    const T& operator*() const { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    const Diagnostic& error() const { assert(!ok() && "error() is only set on failure"); return std::get<1>(m_v); }

private:
    std::variant<T, Diagnostic> m_v;
};

inline Diagnostic makeError(std::string code, std::string message, std::string where = {}) {
    return Diagnostic{Severity::Error, std::move(code), std::move(message), {}, std::move(where)};
}

} // namespace salvo
