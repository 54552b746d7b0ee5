#include "render/Resources.hpp"

#include <cassert>
#include <cstdlib>

namespace salvo::render {

bool displayAvailable() {
    const char* d = std::getenv("DISPLAY");
    return d && *d;
}

Result<std::shared_ptr<Resources>> Resources::load(const std::filesystem::path& dataDir, bool useShaders) {
    assert(displayAvailable() && "Resources::load needs an X display: check render::displayAvailable() first");
    auto r = std::make_shared<Resources>();
    r->dataDir = dataDir;
    const auto fontPath = dataDir / "assets" / "fonts" / "DejaVuSans.ttf";
    if (!r->font.loadFromFile(fontPath.string()))
        return makeError("render.font", "cannot load the map font", fontPath.string());
    const auto monoPath = dataDir / "assets" / "fonts" / "DejaVuSansMono.ttf";
    if (!r->monoFont.loadFromFile(monoPath.string())) r->monoFont = r->font;
    if (!useShaders) {
        r->notes.push_back({Severity::Note, "render.shaders_off", "shaders disabled: vertex-colour fallback", {}, {}});
        return r;
    }
    if (!sf::Shader::isAvailable()) {
        r->notes.push_back({Severity::Note, "render.no_shaders",
                            "this OpenGL context has no GLSL: trails, glows and hatches use the vertex-colour fallback",
                            {}, {}});
        return r;
    }
    const auto vert = (dataDir / "shaders" / "map.vert").string();
    bool ok = true;
    for (auto [shader, name] : {std::pair{&r->trail, "trail.frag"}, std::pair{&r->glow, "glow.frag"},
                                std::pair{&r->hatch, "hatch.frag"}}) {
        const auto frag = (dataDir / "shaders" / name).string();
        if (!shader->loadFromFile(vert, frag)) {
            ok = false;
            r->notes.push_back({Severity::Warning, "render.shader", std::string("shader failed to load: ") + name, {},
                                frag});
        }
    }
    if (ok) {
        r->trail.setUniform("u_fadePower", 1.6f);
        r->hatch.setUniform("u_spacing", 8.f);
        r->hatch.setUniform("u_width", 3.f);
    }
    r->shaders = ok;
    return r;
}

} // namespace salvo::render
