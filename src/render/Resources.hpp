#pragma once
// Resources: what the map needs from the data directory — the label font (assets/fonts/DejaVuSans.ttf) and the GLSL
// shaders (shaders/*.frag with shaders/map.vert) — loaded once. Shaders are optional: where sf::Shader is not available
// (or a file fails to compile) the map falls back to vertex colours and line patterns, and says so in `notes`.
// Needs an X display (SFML creates a GL context for shaders); call displayAvailable() first.
//   if (!render::displayAvailable()) return;   auto res = render::Resources::load(dataDir);
#include "core/Diagnostic.hpp"

#include <SFML/Graphics/Font.hpp>
#include <SFML/Graphics/Shader.hpp>

#include <filesystem>
#include <memory>
#include <string>

namespace salvo::render {

// True when an X display is named (DISPLAY set and non-empty). SFML 2.5 aborts the process when it cannot open one,
// so nothing in render or ui creates a window, render texture, texture or shader without checking this.
bool displayAvailable();

struct Resources {
    sf::Font font;
    sf::Font monoFont;
    sf::Shader trail, glow, hatch;
    bool shaders = false;        // all three compiled
    std::filesystem::path dataDir;
    Diagnostics notes;           // fallbacks taken

    // Font missing → error (labels are not optional). Shader failures → notes, shaders = false.
    static Result<std::shared_ptr<Resources>> load(const std::filesystem::path& dataDir, bool useShaders = true);
};

} // namespace salvo::render
