#pragma once
// Messages: what the command line echoes back to a terminal. Input quoted in a message (a file name, a scenario id, a
// 100 KB place name) is made printable and short: control characters (C0, DEL, C1 such as CSI), bidirectional
// overrides, line separators and bytes that are not UTF-8 are escaped, so that one message stays one line and cannot
// drive the terminal (retitle it, ring it, hide text), and anything longer than maxBytes keeps its head and its tail.
//   std::fprintf(stderr, "salvo: no match for '%s'\n", salvo::app::printable(name, 200).c_str());
//   printable("\x1b]0;x\x07")  == "\\x1b]0;x\\x07"
#include <cstddef>
#include <string>
#include <string_view>

namespace salvo::app {

// Escapes as described above ("\n" -> "\\n", a tab -> one space, others "\\xNN" per byte or "\\u{202e}"); when the
// result is longer than maxBytes (>= 64), its middle is replaced by " ... [N bytes left out] ... ".
std::string printable(std::string_view text, size_t maxBytes = 1000);

} // namespace salvo::app
