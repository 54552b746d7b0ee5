#pragma once
// The table that the bad-input tests share: a case is an input written into a fresh directory and the arguments to
// run `salvo` with; the outcome is held to the command-line contract (docs/DESIGN.md): exit 1 when the input cannot
// be processed, 2 for a usage error, stderr exactly one line "salvo: error: ..." that mentions what the case names,
// no output file and no temporary left in the output directory, never a crash, bounded time and memory.
//   runTable({scenarioJson("latitude 91", caspianWith(R"("lat": 41.7)", R"("lat": 91)"), "places[0].lat")});
#include "app/SalvoProcess.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cassert>
#include <cstdlib>
#include <functional>

namespace salvo::testsupport::badinput {

namespace fs = std::filesystem;


enum class Expect {
    Fail,      // exit 1: the input could not be processed
    Usage,     // exit 2: the command line is wrong
    Ok,        // exit 0
    OkOrFail,  // stress input under the limits: success, or a clean exit 1
};

// What a case sees: an input directory to fill and an output directory that must stay empty on failure.
struct Ctx {
    fs::path in, out;
    RunOptions run;
    std::string mention; // the error line must contain this (the file name, the JSON path, the bad value)
};

struct Case {
    std::string name; // the input, in words
    Expect expect;
    std::function<std::vector<std::string>(Ctx&)> setup; // writes inputs, returns the arguments
};

// Peak memory a run may take: the atlas is ~170 MiB resident; ASan's shadow and quarantine multiply that.
#if defined(__SANITIZE_ADDRESS__)
inline constexpr long kMaxRssKiB = 4L << 20; // 4 GiB
#else
inline constexpr long kMaxRssKiB = 1536L << 10; // 1.5 GiB
#endif

inline std::string sampleArticle() { return slurp(dataDir() / "samples" / "voa-2015-10-08-russian-missiles-crash-in-iran.txt"); }
inline fs::path fixture(const char* name) { return fs::path(SALVO_FIXTURES_DIR) / "scenarios" / name; }

// Leftover temporaries are ".NAME.XXXX.tmp" siblings of the output; listing the directory catches them and any
// partial output.
inline std::string joined(const std::vector<std::string>& v) {
    std::string s;
    for (const auto& x : v) s += (s.empty() ? "" : ", ") + x;
    return s;
}

inline size_t countLines(const std::string& s) { return static_cast<size_t>(std::count(s.begin(), s.end(), '\n')); }

inline void checkOneErrorLine(const RunResult& r, const std::string& mention) {
    INFO("stderr: " << r.stderrText);
    CHECK(r.stderrText.rfind("salvo: error: ", 0) == 0);
    CHECK(countLines(r.stderrText) == 1);
    CHECK((!r.stderrText.empty() && r.stderrText.back() == '\n'));
    if (!mention.empty()) CHECK(r.stderrText.find(mention) != std::string::npos);
}

inline void checkOutcome(Expect expect, const Ctx& ctx, const RunResult& r) {
    INFO("exit " << r.exitCode << ", signal " << r.termSignal << ", " << r.wallSeconds << " s, " << r.maxRssKiB / 1024
                 << " MiB\nstderr: " << r.stderrText);
    REQUIRE_FALSE(r.timedOut);
    REQUIRE_FALSE(r.signalled);
    CHECK(r.maxRssKiB < kMaxRssKiB);
    switch (expect) {
    case Expect::Fail: CHECK(r.exitCode == 1); break;
    case Expect::Usage: CHECK(r.exitCode == 2); break;
    case Expect::Ok: CHECK(r.exitCode == 0); break;
    case Expect::OkOrFail: CHECK((r.exitCode == 0 || r.exitCode == 1)); break;
    }
    if (r.exitCode != 0) {
        checkOneErrorLine(r, ctx.mention);
        if (!ctx.out.empty()) {
            INFO("left in the output directory: " << joined(listDir(ctx.out)));
            CHECK(listDir(ctx.out).empty());
        }
    } else {
        CHECK(r.stderrText.find("salvo: error") == std::string::npos);
        // A success leaves the finished output and nothing else: no temporary beside it (".NAME.PID-X.tmp", and
        // ".NAME.PID-X.tmp.gpkg" for a GeoPackage).
        if (!ctx.out.empty())
            for (const auto& name : listDir(ctx.out))
                CHECK_FALSE((name.front() == '.' && name.find(".tmp") != std::string::npos));
    }
}

inline RunOptions workingIn(const fs::path& dir) {
    RunOptions o;
    o.workDir = dir;
    return o;
}

inline bool hasDisplay() {
    const char* d = std::getenv("DISPLAY");
    return d && *d;
}

// A run in `dir` that keeps the test's X display. Under AddressSanitizer the X/OpenGL stack keeps allocations until
// exit, in modules LeakSanitizer cannot name (tools/sanitize turns leak checking off for the display suite for the same
// reason); ASan itself stays on.
inline RunOptions withDisplay(const fs::path& dir) {
    RunOptions opt = workingIn(dir);
    opt.unsetDisplay = false;
    const char* asan = std::getenv("ASAN_OPTIONS");
    opt.env.emplace_back("ASAN_OPTIONS", std::string(asan ? asan : "") + (asan && *asan ? ":" : "") + "detect_leaks=0");
    return opt;
}

inline Ctx ctxFor(const fs::path& in, const fs::path& out, std::string mention) {
    Ctx c;
    c.in = in;
    c.out = out;
    c.mention = std::move(mention);
    return c;
}

inline void runTable(const std::vector<Case>& cases) {
    for (const auto& c : cases) {
        DYNAMIC_SECTION(c.name) {
            ScratchDir dir("badinput");
            Ctx ctx;
            ctx.in = dir.path / "in";
            ctx.out = dir.path / "out";
            fs::create_directories(ctx.in);
            fs::create_directories(ctx.out);
            ctx.run.workDir = dir.path;
            const auto args = c.setup(ctx);
            std::string cmd;
            for (const auto& a : args) cmd += " " + a;
            INFO("salvo" << cmd);
            const auto r = runSalvo(args, ctx.run);
            checkOutcome(c.expect, ctx, r);
        }
    }
}

// An article case: bytes written to in/NAME, extracted into out/scenario.json; the error must name the file.
inline Case article(std::string name, std::string fileName, std::function<std::string()> bytes,
                    Expect expect = Expect::Fail, std::string mention = {}) {
    return {std::move(name), expect, [=](Ctx& ctx) {
                const fs::path p = ctx.in / fileName;
                writeBytes(p, bytes());
                ctx.mention = mention.empty() ? p.string() : mention;
                return std::vector<std::string>{"extract", p.string(), "-o", (ctx.out / "scenario.json").string()};
            }};
}

// A scenario case: JSON text written to in/NAME.json and simulated into out/tracks.geojson (or compared into
// out/ledger.txt), with `extra` arguments after the rest.
inline Case scenarioJson(std::string name, std::function<std::string()> json, std::string mention,
                         Expect expect = Expect::Fail, std::string command = "simulate",
                         std::vector<std::string> extra = {}) {
    return {std::move(name), expect, [=](Ctx& ctx) {
                const fs::path p = ctx.in / "scenario.json";
                writeBytes(p, json());
                ctx.mention = mention;
                ctx.run.timeoutSeconds = 180;
                const fs::path out = ctx.out / (command == "compare" ? "ledger.txt" : "tracks.geojson");
                std::vector<std::string> args{command, p.string(), "-o", out.string()};
                args.insert(args.end(), extra.begin(), extra.end());
                return args;
            }};
}

// The Caspian fixture with one edit applied to its text (first occurrence of `from` replaced by `to`).
inline std::function<std::string()> caspianWith(std::string from, std::string to) {
    return [=] {
        std::string s = slurp(fixture("caspian-2015.json"));
        const auto pos = s.find(from);
        assert(pos != std::string::npos && "the edit must match the fixture's text");
        return s.replace(pos, from.size(), to);
    };
}

} // namespace salvo::testsupport::badinput
