// Edge cases: a UTF-8 decoder that answers U+FFFD for one invalid byte cannot be told from a real U+FFFD by the code
// point alone, so the number of bytes consumed decides; truncation never cuts inside a UTF-8 sequence.
#include "app/Messages.hpp"

#include "core/Utf8.hpp"

#include <algorithm>
#include <cstdio>

namespace salvo::app {

namespace {

void appendByteEscape(std::string& out, unsigned char c) {
    char esc[8];
    std::snprintf(esc, sizeof esc, "\\x%02x", c);
    out += esc;
}

// Code points a terminal acts on although they are not C0 controls: C1 controls (U+0080..U+009F, CSI among them),
// line and paragraph separators, bidirectional embeddings, overrides and isolates.
bool isInvisibleControl(char32_t cp) {
    return (cp >= 0x80 && cp < 0xA0) || cp == 0x2028 || cp == 0x2029 || (cp >= 0x202A && cp <= 0x202E) ||
           (cp >= 0x2066 && cp <= 0x2069);
}

size_t utf8Boundary(const std::string& s, size_t pos) {
    while (pos > 0 && pos < s.size() && (static_cast<unsigned char>(s[pos]) & 0xC0) == 0x80) --pos;
    return pos;
}

} // namespace

std::string printable(std::string_view text, size_t maxBytes) {
    std::string out;
    out.reserve(std::min(text.size(), maxBytes) + 16);
    for (size_t pos = 0; pos < text.size();) {
        const auto c = static_cast<unsigned char>(text[pos]);
        if (c < 0x80) {
            ++pos;
            if (c == '\n') out += "\\n";
            else if (c == '\r') out += "\\r";
            else if (c == '\t') out += ' ';
            else if (c < 0x20 || c == 0x7F) appendByteEscape(out, c);
            else out += static_cast<char>(c);
            continue;
        }
        const size_t start = pos;
        const char32_t cp = decodeUtf8(text, pos);
        if (cp == 0xFFFD && pos - start == 1) {
            appendByteEscape(out, c); // not UTF-8
        } else if (isInvisibleControl(cp)) {
            char esc[16];
            std::snprintf(esc, sizeof esc, "\\u{%04x}", static_cast<unsigned>(cp));
            out += esc;
        } else {
            out.append(text.substr(start, pos - start));
        }
    }
    if (out.size() <= maxBytes || maxBytes < 64) return out;
    const size_t head = utf8Boundary(out, maxBytes * 2 / 3);
    const size_t tailStart = utf8Boundary(out, out.size() - maxBytes / 4);
    return out.substr(0, head) + " ... [" + std::to_string(tailStart - head) + " bytes left out] ... " +
           out.substr(tailStart);
}

} // namespace salvo::app
