#pragma once
// Error: the exception thrown inside io (and by loaders) for failures the caller cannot continue after: unreadable
// files, corrupt geodata, invalid scenario files. `app` catches it once and prints "salvo: error: <what>".
// Messages name the file and the line, byte or field, in one line.
#include <stdexcept>
#include <string>

namespace salvo {

class Error : public std::runtime_error {
public:
    explicit Error(const std::string& message) : std::runtime_error(message) {}
};

// A usage mistake (bad flag value, malformed coordinate on the command line): exit code 2 instead of 1.
class UsageError : public Error {
public:
    using Error::Error;
};

} // namespace salvo
