#pragma once
// `salvo render` (headless frames, same drawing code as the window) and `salvo view` (the interactive map).
// Both need an X display: without DISPLAY they say so and suggest xvfb-run instead of letting SFML abort.
#include "app/Context.hpp"

#include <cstdint>
#include <string>

namespace salvo::app {

struct RenderArgs {
    std::string input;
    std::string at, from, to; // ISO-8601 UTC, or start | end | mid (of the simulated span)
    double fps = 2;
    std::string out;         // frame.png for --at; for a sequence a directory, or a video: .mp4, .webm, .gif
    int videoFps = 25;       // playback rate of a video: frames shown per second; 1..60
    std::string size = "1280x800";
    std::string projection = "aeqd"; // aeqd | mercator | equirectangular
    int runs = 0;                    // Monte Carlo runs for corridors and crash zones
    std::string seed = "1"; // as typed: parseSeed refuses "-1", "1e23" and 2^64 instead of wrapping or clamping
};
int runRender(Context& ctx, const RenderArgs& args);

struct ViewArgs {
    std::string input;       // empty: the bundled sample article
    int frames = 0;          // > 0: exit after this many frames (scripted runs)
    std::string screenshot;  // with --frames: write this PNG at the end
    std::string at;
};
int runView(Context& ctx, const ViewArgs& args);

// Throws salvo::Error with the xvfb-run hint when no X display is set.
void requireDisplay(const char* command);

} // namespace salvo::app
