#pragma once
// SalvoProcess: runs the real `salvo` executable (SALVO_EXE) as a child process with a wall-clock limit, its
// standard streams redirected to files, and reports how it ended: exit status or signal, stderr, peak memory and
// time. Used by the bad-input tests, which hold the command line to its contract (exit 0/1/2, one error line, no
// partial output) from the outside.
//   ScratchDir dir("badinput");
//   auto r = runSalvo({"where", "95", "10"}, {.workDir = dir.path});
//   CHECK(r.exitCode == 2);
#include "ScratchDir.hpp"

#include <csignal>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <random>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char** environ;

namespace salvo::testsupport {

struct RunOptions {
    std::filesystem::path workDir;          // the child's working directory; stdout/stderr files go to a sibling
    std::optional<std::filesystem::path> stdinFile; // default /dev/null
    std::optional<std::filesystem::path> stdoutFile; // default: a file read back into RunResult::stdoutText
    unsigned long long addressSpaceBytes = 0; // > 0: RLIMIT_AS of the child, set as it starts (out-of-memory cases)
    bool unsetDisplay = true;               // render/view must not find a display unless a test asks for one
    std::vector<std::pair<std::string, std::string>> env; // added or replaced variables
    double timeoutSeconds = 60;             // wall clock; the child is killed (SIGKILL) past it
    double signalAfterSeconds = -1;         // >= 0: send `signal` to the child this long after it started
    int signal = SIGINT;
};

struct RunResult {
    bool timedOut = false;
    bool signalled = false; // ended by a signal it did not handle (a crash, an abort, or our SIGKILL)
    int termSignal = 0;
    int exitCode = -1;
    std::string stdoutText, stderrText;
    long maxRssKiB = 0;  // peak resident memory of the child
    double wallSeconds = 0;
};

inline std::string slurp(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

inline std::filesystem::path dataDir() {
    if (const char* d = std::getenv("SALVO_DATA_DIR"); d && *d) return d;
    return SALVO_SOURCE_DIR;
}

inline double nowSeconds() {
    timespec ts{};
    ::clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// Runs SALVO_EXE with args. Never throws for what the child does; throws std::runtime_error if it cannot start.
inline RunResult runSalvo(const std::vector<std::string>& args, const RunOptions& opt) {
    namespace fs = std::filesystem;
    static int counter = 0;
    const fs::path streams = fs::temp_directory_path() /
                             ("salvo-streams-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    fs::create_directories(streams);
    const std::string outPath = (streams / "stdout").string(), errPath = (streams / "stderr").string();
    const std::string inPath = opt.stdinFile ? opt.stdinFile->string() : std::string("/dev/null");

    // SALVO_TEST_EXE runs the same cases against another build (an older one, to see a regression test fail there).
    const char* exe = std::getenv("SALVO_TEST_EXE");
    std::vector<std::string> argStore{exe && *exe ? exe : SALVO_EXE};
    argStore.insert(argStore.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : argStore) argv.push_back(a.data());
    argv.push_back(nullptr);

    std::vector<std::string> envStore;
    for (char** e = environ; *e; ++e) {
        const std::string kv = *e;
        const std::string key = kv.substr(0, kv.find('='));
        if (opt.unsetDisplay && key == "DISPLAY") continue;
        bool replaced = false;
        for (const auto& [k, v] : opt.env) replaced = replaced || k == key;
        if (!replaced) envStore.push_back(kv);
    }
    for (const auto& [k, v] : opt.env) envStore.push_back(k + "=" + v);
    std::vector<char*> envp;
    for (auto& e : envStore) envp.push_back(e.data());
    envp.push_back(nullptr);

    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 0, inPath.c_str(), O_RDONLY, 0);
    const std::string stdoutPath = opt.stdoutFile ? opt.stdoutFile->string() : outPath;
    posix_spawn_file_actions_addopen(&fa, 1, stdoutPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&fa, 2, errPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (!opt.workDir.empty()) posix_spawn_file_actions_addchdir_np(&fa, opt.workDir.c_str());
    // The child starts with default signal dispositions, whatever the test runner installed.
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    sigset_t all;
    sigfillset(&all);
    sigset_t none;
    sigemptyset(&none);
    posix_spawnattr_setsigdefault(&attr, &all);
    posix_spawnattr_setsigmask(&attr, &none);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);

    pid_t pid = 0;
    const double t0 = nowSeconds();
    const int rc = ::posix_spawn(&pid, argStore[0].c_str(), &fa, &attr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&fa);
    posix_spawnattr_destroy(&attr);
    if (rc != 0) throw std::runtime_error("cannot start " + argStore[0] + ": " + std::strerror(rc));
    if (opt.addressSpaceBytes > 0) {
        // glibc's posix_spawn returns once the child has exec'd: the limit holds from its first allocations on.
        const rlimit lim{opt.addressSpaceBytes, opt.addressSpaceBytes};
        ::prlimit(pid, RLIMIT_AS, &lim, nullptr);
    }

    RunResult r;
    bool signalSent = false;
    int status = 0;
    rusage ru{};
    for (;;) {
        const pid_t w = ::wait4(pid, &status, WNOHANG, &ru);
        if (w == pid) break;
        const double elapsed = nowSeconds() - t0;
        if (opt.signalAfterSeconds >= 0 && !signalSent && elapsed >= opt.signalAfterSeconds) {
            ::kill(pid, opt.signal);
            signalSent = true;
        }
        if (elapsed > opt.timeoutSeconds && !r.timedOut) {
            r.timedOut = true;
            ::kill(pid, SIGKILL);
        }
        ::usleep(5000);
    }
    r.wallSeconds = nowSeconds() - t0;
    r.maxRssKiB = ru.ru_maxrss;
    if (WIFSIGNALED(status)) {
        r.signalled = true;
        r.termSignal = WTERMSIG(status);
    } else if (WIFEXITED(status)) {
        r.exitCode = WEXITSTATUS(status);
    }
    r.stdoutText = slurp(outPath);
    r.stderrText = slurp(errPath);
    std::error_code ec;
    fs::remove_all(streams, ec);
    return r;
}

// Everything in dir (names only), for "nothing was left behind" checks.
inline std::vector<std::string> listDir(const std::filesystem::path& dir) {
    std::vector<std::string> out;
    std::error_code ec;
    for (auto it = std::filesystem::directory_iterator(dir, ec); !ec && it != std::filesystem::directory_iterator();
         it.increment(ec))
        out.push_back(it->path().filename().string());
    return out;
}

inline void writeBytes(const std::filesystem::path& p, const std::string& bytes) {
    std::ofstream out(p, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

} // namespace salvo::testsupport
