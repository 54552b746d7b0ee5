// The viewer's frame: events → ImGui glue and map interaction (pan by drag, zoom at the cursor, click to pick),
// clock → panels → requests (re-run, projection, fit, open, save, screenshot) → map → ImGui → present.
// Edge cases: the ImGui context must be destroyed while the window's GL context lives (Impl's destructor order);
// a re-run cancels the running ensemble before starting another; labels stay out from under the panels.
#include "ui/Viewer.hpp"

#include "core/Error.hpp"
#include "io/Files.hpp"
#include "render/Resources.hpp"
#include "render/ScenarioLayer.hpp"
#include "render/VideoWriter.hpp"
#include "ui/ImGuiSfml.hpp"
#include "ui/Panels.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <SFML/Graphics/RenderWindow.hpp>
#include <SFML/Graphics/Texture.hpp>
#include <SFML/System/Clock.hpp>
#include <SFML/System/Sleep.hpp>
#include <SFML/Window/VideoMode.hpp>

#include <chrono>
#include <cmath>
#include <iostream>

namespace salvo::ui {

struct Viewer::Impl {
    ViewerOptions opt;
    ViewerState state;
    std::shared_ptr<render::Resources> res;
    sf::RenderWindow window;
    ImGuiSfml glue;
    std::unique_ptr<render::MapRenderer> renderer;
    std::optional<render::MapView> view;
    bool stencil = false;
    int pendingFit = 0; // fit the scene once the panels have their rectangles (frames 1 and 2)
    // redraw bookkeeping: frames still owed after input or a change (ImGui shows a click's effect a frame later)
    int redrawFrames = 2;
    long framesDrawn = 0;
    bool wasPlaying = false;
    sf::Clock frameClock;  // dt between drawn frames
    sf::Clock blinkClock;  // a focused text field redraws twice a second for its cursor
    // map interaction
    bool dragging = false, dragMoved = false;
    sf::Vector2f dragStart, dragLast;
    std::optional<sf::Vector2f> cursor;
    // background ensemble
    std::future<sim::Ensemble> ensFuture;
    std::shared_ptr<std::atomic<bool>> ensCancel;
    std::shared_ptr<const sim::Simulation> ensFor;

    ~Impl() {
        if (ensCancel) *ensCancel = true;
        if (ensFuture.valid()) ensFuture.wait();
        if (window.isOpen()) window.setActive(true);
        glue.shutdown();
        renderer.reset();
        // Close before the glue's sf::Cursor objects die: X rejects a window whose cursor was freed (BadCursor).
        if (window.isOpen()) window.close();
    }

    void startEnsemble() {
        if (ensCancel) *ensCancel = true;
        if (ensFuture.valid()) ensFuture.wait();
        ensFuture = {};
        if (state.ensembleRuns <= 0 || !state.sim || state.sim->tracks().empty()) return;
        ensCancel = std::make_shared<std::atomic<bool>>(false);
        ensFor = state.sim;
        auto sim = state.sim;
        auto cancel = ensCancel;
        const int runs = state.ensembleRuns;
        const uint64_t seed = state.seed;
        ensFuture = std::async(std::launch::async, [sim, cancel, runs, seed] {
            return sim::runEnsemble(*sim, runs, seed, 1, {}, cancel.get());
        });
    }

    void pollEnsemble() {
        if (!ensFuture.valid()) return;
        if (ensFuture.wait_for(std::chrono::seconds(0)) != std::future_status::ready) return;
        auto ens = std::make_shared<sim::Ensemble>(ensFuture.get());
        if (ens->cancelled || ensFor != state.sim) return;
        state.ensemble = ens;
        renderer->setEnsemble(state.ensemble.get());
        redrawFrames = std::max(redrawFrames, 1);
    }

    // Something to show: owed frames, playback, a request a panel left, a fit still to do.
    bool needsFrame() {
        const auto& s = state;
        if (redrawFrames > 0 || s.playing || pendingFit > 0 || s.rerunRequested || s.projectionChanged || s.fitTo ||
            s.flyTo || s.openRequested || s.saveRequested || s.screenshotRequested || s.videoRequested ||
            s.quitRequested)
            return true;
        if (glue.wantsKeyboard() && blinkClock.getElapsedTime() >= sf::milliseconds(500)) {
            blinkClock.restart();
            return true;
        }
        return false;
    }

    // The computed layout for this frame's window size and open panels (ImGui frame begun).
    void layoutPanels() {
        auto& s = state;
        const ImVec2 d = ImGui::GetIO().DisplaySize;
        const ImGuiStyle& st = ImGui::GetStyle();
        LayoutInput in;
        in.width = d.x;
        in.height = d.y;
        // BeginMainMenuBar's height: a frame, plus what the safe-area padding adds beyond the frame padding.
        in.top = ImGui::GetFrameHeight() + std::max(st.DisplaySafeAreaPadding.y - st.FramePadding.y, 0.f);
        in.scale = s.uiScale;
        in.open = {s.showTimeline, s.showArticle,      s.showInspector, s.showLedger,
                   s.showAssumptions, s.showLayers,    s.showProblems};
        if (s.selection.empty()) in.compactInspectorHeight = emptyInspectorHeight;
        s.layout.setDefaults(defaultLayout(in), d.x, d.y, in.top);
    }

    // A ring and the name at the selected place, over the map and under the panels: the map shows every place the
    // Inspector or the Article selects, including those no simulated flight starts or ends at (a strike's town).
    void drawSelectedPlace() {
        if (state.selection.kind != render::Selection::Kind::Place) return;
        const auto* p = state.applied.place(state.selection.id);
        if (!p) return;
        const auto at = view->toScreen(p->pos);
        if (!at) return;
        const float k = state.uiScale;
        const ImVec2 c(at->x, at->y);
        ImDrawList* dl = ImGui::GetBackgroundDrawList();
        const ImU32 ring = IM_COL32(255, 210, 80, 255);
        dl->AddCircle(c, 9 * k, IM_COL32(0, 0, 0, 200), 24, 4 * k);
        dl->AddCircle(c, 9 * k, ring, 24, 2 * k);
        dl->AddCircleFilled(c, 2.5f * k, ring);
        const ImVec2 text(c.x + 13 * k, c.y - 0.5f * ImGui::GetFontSize());
        dl->AddText(ImVec2(text.x + 1, text.y + 1), IM_COL32(0, 0, 0, 220), p->name.c_str());
        dl->AddText(text, ring, p->name.c_str());
    }

    void drawPanels() {
        auto& s = state;
        layoutPanels();
        drawMainMenu(s);
        drawTimelinePanel(s);
        drawArticlePanel(s);
        drawInspectorPanel(s);
        drawLedgerPanel(s);
        drawAssumptionsPanel(s);
        drawLayersPanel(s);
        drawProblemsPanel(s);
        drawAboutPanel(s);
        drawOpenDialog(s);
        drawQuitDialog(s);
    }

    void sceneChanged() {
        renderer->setScene(&state.applied, state.sim.get(), nullptr);
        startEnsemble();
    }

    BBox sceneExtent() const { return render::sceneBounds(state.sim.get(), &state.applied); }

    void resetProjection() {
        const BBox e = sceneExtent();
        LatLon c{30, 40};
        if (!e.empty()) c = {0.5 * (e.minLat + e.maxLat), 0.5 * (e.minLon + e.maxLon)};
        auto p = geodesy::Projection::create(state.projection, c);
        if (!p) { state.uiDiagnostics.push_back(p.error()); return; }
        if (!view) view.emplace(*p, window.getSize());
        else view->setProjection(*p);
        fit({});
    }

    void fit(const BBox& box) {
        BBox b = box.empty() ? sceneExtent() : box;
        if (b.empty()) { view->setMetersPerPixel(15000); return; }
        // Fit inside the part of the window the panels leave free.
        const sf::FloatRect a = mapArea();
        const auto full = window.getSize();
        view->setSize({static_cast<unsigned>(std::max(50.f, a.width)), static_cast<unsigned>(std::max(50.f, a.height))});
        view->fit(b, 50);
        // Shift the centre so the fitted box sits in the free area of the full window.
        const double mpp = view->metersPerPixel();
        auto c = view->centre();
        const float dx = (a.left + 0.5f * a.width) - 0.5f * full.x, dy = (a.top + 0.5f * a.height) - 0.5f * full.y;
        c.x -= dx * mpp;
        c.y += dy * mpp;
        view->setSize(full);
        view->setCentre(c);
    }

    std::vector<sf::FloatRect> panelRects() const {
        std::vector<sf::FloatRect> out;
        ImGuiContext* g = ImGui::GetCurrentContext();
        if (!g) return out;
        for (ImGuiWindow* w : g->Windows) {
            if (!w->WasActive || w->Hidden || (w->Flags & ImGuiWindowFlags_ChildWindow) || (w->Flags & ImGuiWindowFlags_Tooltip))
                continue;
            out.push_back({w->Pos.x, w->Pos.y, w->Size.x, w->Size.y});
        }
        return out;
    }

    // The part of the window the panels leave to the map (fit, legend, scale bar). A side counts as taken when the
    // panels against it are together taller than 30% of the window: a column of stacked panels, not a compact
    // Inspector alone.
    sf::FloatRect mapArea() const {
        const sf::Vector2f size(window.getSize());
        float left = 0, right = size.x, top = 0, bottom = size.y;
        float leftEdge = 0, rightEdge = size.x, leftHeight = 0, rightHeight = 0;
        for (const auto& r : panelRects()) {
            if (r.width > 0.6f * size.x) {
                if (r.top > 0.5f * size.y) bottom = std::min(bottom, r.top);
                else top = std::max(top, r.top + r.height);
            } else if (r.left < 20) {
                leftEdge = std::max(leftEdge, r.left + r.width);
                leftHeight += r.height;
            } else if (r.left + r.width > size.x - 20) {
                rightEdge = std::min(rightEdge, r.left);
                rightHeight += r.height;
            } else if (r.width > 0.3f * size.x && r.top > 0.5f * size.y) {
                bottom = std::min(bottom, r.top); // the Ledger between the columns
            }
        }
        if (leftHeight > 0.3f * size.y) left = leftEdge;
        if (rightHeight > 0.3f * size.y) right = rightEdge;
        if (right - left < 200) { left = 0; right = size.x; }
        if (bottom - top < 150) { top = 0; bottom = size.y; }
        return {left, top, right - left, bottom - top};
    }

    void saveScreenshot(const std::filesystem::path& path) {
        sf::Texture tex;
        const auto sz = window.getSize();
        if (!tex.create(sz.x, sz.y)) return;
        tex.update(window);
        auto r = render::savePngAtomic(tex.copyToImage(), path);
        if (r) state.status = "Screenshot: " + path.string();
        else state.uiDiagnostics.push_back(r.error());
    }

    // File > Export video: the whole span with the layers and selection on screen, through the same writer as
    // `salvo render --out x.mp4`, at 1280x800 and 25 frames/s, ten seconds long whatever the span. It blocks the
    // window for those seconds (the status line says what came of it); the frames are drawn in the renderer's own
    // off-screen context, so the window's context is made current again afterwards.
    void exportVideo(const std::filesystem::path& path) {
        if (!state.sim || !state.atlas) return;
        render::RenderJob job;
        job.dataDir = state.dataDir;
        job.atlas = state.atlas;
        job.scenario = &state.applied;
        job.simulation = state.sim.get();
        job.ensemble = state.ensemble.get();
        job.size = {1280, 800};
        job.projection = state.projection;
        job.layers = state.layers;
        job.selection = state.selection;
        job.from = state.span.start;
        job.to = state.span.end;
        // 250 frames: frameTimes takes floor(duration * fps) + 1, and the half frame keeps rounding from losing one.
        job.fps = 249.5 / std::max(1.0, state.span.durationSeconds());
        job.out = path;
        auto n = render::renderVideo(job, {});
        (void)window.setActive(true);
        if (n) {
            state.status = "Video: " + path.string() + " (" + std::to_string(*n) + " frames)";
        } else {
            state.uiDiagnostics.push_back(n.error());
            state.showProblems = true;
        }
    }

    // Acts on what the panels asked for; true when something changed that the next frame must show.
    bool handleRequests() {
        bool changed = false;
        if (state.quitRequested) {
            state.quitRequested = false;
            if (state.dirty) state.showQuitConfirm = true; // the modal asks: save, quit without saving, cancel
            else state.quitConfirmed = true;
            changed = true;
        }
        if (state.rerunRequested) {
            state.rerun();
            sceneChanged();
            // The status that said "re-running" now says what came of it.
            state.status = (state.rerunReason.empty() ? "Re-ran" : state.rerunReason + ": re-ran") + ", " +
                           std::to_string(state.sim->tracks().size()) + " track(s)" +
                           (state.simDiagnostics.empty() ? "" : ", " + std::to_string(state.simDiagnostics.size()) +
                                                                    " problem(s)");
            state.rerunReason.clear();
            changed = true;
        }
        if (state.projectionChanged) {
            state.projectionChanged = false;
            resetProjection();
            changed = true;
        }
        if (state.fitTo) {
            fit(*state.fitTo);
            state.fitTo.reset();
            changed = true;
        }
        if (state.flyTo) {
            view->flyTo(*state.flyTo);
            state.flyTo.reset();
            changed = true;
        }
        if (state.openRequested) {
            changed = true;
            const auto path = *state.openRequested;
            state.openRequested.reset();
            if (!state.loader) {
                state.uiDiagnostics.push_back(makeError("viewer.open", "opening files is not available here"));
            } else {
                auto r = state.loader(path);
                if (!r) {
                    state.uiDiagnostics.push_back(r.error());
                    state.showProblems = true;
                    state.status = "Could not open " + path.filename().string();
                } else {
                    state.setScenario(std::move(*r));
                    state.scenarioPath = path.extension() == ".json" ? path : std::filesystem::path{};
                    sceneChanged();
                    resetProjection();
                    state.status = "Opened " + path.filename().string();
                }
            }
        }
        if (state.saveRequested) {
            changed = true;
            const auto path = *state.saveRequested;
            state.saveRequested.reset();
            try {
                // io reports failures as salvo::Error; here they become a Problems entry, not an exit.
                io::writeFileAtomic(path, scenario::toJson(state.scenario).dump(2) + "\n");
                state.scenarioPath = path;
                state.dirty = false;
                state.status = "Saved " + path.string();
                if (state.quitAfterSave) state.quitConfirmed = true;
            } catch (const Error& e) {
                state.uiDiagnostics.push_back(makeError("viewer.save", e.what(), path.string()));
                state.showProblems = true;
                state.quitAfterSave = false; // the save failed: stay, with the changes
            }
        }
        return changed;
    }

    void onKey(const sf::Event::KeyEvent& k) {
        const double step = std::max(1.0, state.span.durationSeconds() / 200);
        switch (k.code) {
        case sf::Keyboard::Space: state.playing = !state.playing; break;
        case sf::Keyboard::Left:
            if (k.shift) stepToEvent(state, -1);
            else state.time = {std::max(state.span.start.unixSeconds, state.time.unixSeconds - step)};
            break;
        case sf::Keyboard::Right:
            if (k.shift) stepToEvent(state, 1);
            else state.time = {std::min(state.span.end.unixSeconds, state.time.unixSeconds + step)};
            break;
        case sf::Keyboard::Home: state.time = state.span.start; break;
        case sf::Keyboard::End: state.time = state.span.end; break;
        case sf::Keyboard::F: state.fitTo = BBox{}; break;
        case sf::Keyboard::Escape: state.selection = {}; break;
        case sf::Keyboard::F12: state.screenshotRequested = std::filesystem::current_path() / "salvo-screenshot.png"; break;
        case sf::Keyboard::S:
            if (k.control) requestSave(state);
            break;
        case sf::Keyboard::O:
            if (k.control && state.loader) state.showOpen = true;
            break;
        case sf::Keyboard::Q:
            if (k.control) state.quitRequested = true;
            break;
        default: break;
        }
    }
};

Viewer::Viewer(ViewerOptions options) : m(std::make_unique<Impl>()) {
    m->opt = std::move(options);
    assert(m->opt.atlas && "ViewerOptions::atlas is required (io::loadAtlas)");
    auto& s = m->state;
    s.atlas = m->opt.atlas;
    s.dataDir = m->opt.dataDir;
    s.simOptions = m->opt.simOptions;
    s.loader = m->opt.loader;
    s.scenarioPath = m->opt.scenarioPath;
    s.ensembleRuns = m->opt.ensembleRuns;
    s.seed = m->opt.seed;
}

Viewer::~Viewer() = default;

Result<bool> Viewer::open() {
    if (!render::displayAvailable())
        return makeError("viewer.no_display", "no X display (DISPLAY is unset): run under xvfb-run, or from a desktop session");
    auto res = render::Resources::load(m->opt.dataDir, m->opt.useShaders);
    if (!res) return res.error();
    m->res = *res;
    auto& s = m->state;
    s.uiScale = m->opt.uiScale.value_or(detectUiScale());
    sf::ContextSettings cs(24, 8, 0);
    const auto desktop = sf::VideoMode::getDesktopMode();
    const sf::Vector2u size = m->opt.windowSize.value_or(defaultWindowSize({desktop.width, desktop.height}));
    m->window.create(sf::VideoMode(size.x, size.y), "Salvo", sf::Style::Default, cs);
    // Fully on screen: centred, never above or left of the desktop's corner (X may place it anywhere without a WM).
    m->window.setPosition({std::max(0, (static_cast<int>(desktop.width) - static_cast<int>(size.x)) / 2),
                           std::max(0, (static_cast<int>(desktop.height) - static_cast<int>(size.y)) / 2)});
    m->window.setVerticalSyncEnabled(false);
    m->window.setFramerateLimit(m->opt.script.frames > 0 ? 0 : 60);
    m->stencil = m->window.getSettings().stencilBits > 0;
    const std::string ini = m->opt.iniPath.value_or(defaultIniPath());
    if (!m->glue.init(m->window, m->opt.dataDir / "assets" / "fonts" / "DejaVuSans.ttf", s.uiScale, ini))
        return makeError("viewer.gl", "the OpenGL 3 renderer for the panels could not start (needs GLSL 1.30)");
    s.layout.registerIniHandler(); // before the first NewFrame, which reads imgui.ini
    m->renderer = std::make_unique<render::MapRenderer>(*m->opt.atlas, *m->res);
    for (const auto& n : m->res->notes) s.uiDiagnostics.push_back(n);
    if (m->opt.scenario) {
        s.setScenario(*m->opt.scenario, m->opt.simulation);
        m->sceneChanged();
    }
    // A first ImGui frame so panel rectangles exist before the initial fit.
    m->glue.newFrame(m->window, 1.f / 60);
    m->drawPanels();
    ImGui::EndFrame();
    m->resetProjection();
    s.fitTo.reset();
    m->pendingFit = 2;
    if (m->opt.script.at) s.time = *m->opt.script.at;
    s.playing = m->opt.script.play;
    if (m->opt.script.showAllPanels)
        s.showLedger = s.showAssumptions = s.showLayers = s.showProblems = true;
    return true;
}

bool Viewer::isOpen() const { return m->window.isOpen() && !m->state.quitConfirmed; }

void Viewer::handleEvent(const sf::Event& e) {
    m->glue.processEvent(e);
    m->redrawFrames = std::max(m->redrawFrames, 2);
    auto& s = m->state;
    switch (e.type) {
    case sf::Event::Closed: s.quitRequested = true; break;
    case sf::Event::Resized:
        m->view->setSize({e.size.width, e.size.height});
        break;
    case sf::Event::MouseButtonPressed:
        if (e.mouseButton.button == sf::Mouse::Left && !m->glue.wantsMouse()) {
            m->dragging = true;
            m->dragMoved = false;
            m->dragStart = m->dragLast = {static_cast<float>(e.mouseButton.x), static_cast<float>(e.mouseButton.y)};
        }
        break;
    case sf::Event::MouseMoved: {
        const sf::Vector2f p{static_cast<float>(e.mouseMove.x), static_cast<float>(e.mouseMove.y)};
        m->cursor = p;
        if (m->dragging) {
            const sf::Vector2f d = p - m->dragStart;
            if (std::hypot(d.x, d.y) > 3) m->dragMoved = true;
            if (m->dragMoved) m->view->panPixels(p - m->dragLast);
            m->dragLast = p;
        }
        break;
    }
    case sf::Event::MouseLeft: m->cursor.reset(); break;
    case sf::Event::MouseButtonReleased:
        if (e.mouseButton.button == sf::Mouse::Left && m->dragging) {
            m->dragging = false;
            if (!m->dragMoved) {
                const sf::Vector2f p{static_cast<float>(e.mouseButton.x), static_cast<float>(e.mouseButton.y)};
                s.selection = m->renderer->pick(*m->view, p, s.time, s.uiScale);
                if (!s.selection.empty()) s.showInspector = true;
            }
        }
        break;
    case sf::Event::MouseWheelScrolled:
        if (!m->glue.wantsMouse() && e.mouseWheelScroll.wheel == sf::Mouse::VerticalWheel)
            m->view->zoomAt({static_cast<float>(e.mouseWheelScroll.x), static_cast<float>(e.mouseWheelScroll.y)},
                            std::pow(1.3, e.mouseWheelScroll.delta));
        break;
    case sf::Event::KeyPressed:
        if (!m->glue.wantsKeyboard()) m->onKey(e.key);
        break;
    default: break;
    }
}

void Viewer::pollEvents() {
    sf::Event e;
    while (m->window.pollEvent(e)) handleEvent(e);
}

void Viewer::frame(float dt) {
    auto& s = m->state;
    m->pollEnsemble();
    // The first frame of playback after a pause: the time spent paused is not playback time. (ImGui gets the real
    // time, so its fades and double-click timing are right after an idle spell.)
    const float playDt = m->wasPlaying ? dt : std::min(dt, 1.f / 30);
    if (s.playing && s.sim) {
        s.time = s.time + s.direction * s.speed * playDt;
        if (s.time > s.span.end || s.time < s.span.start) {
            if (s.loop) s.time = s.direction > 0 ? s.span.start : s.span.end;
            else { s.time = s.direction > 0 ? s.span.end : s.span.start; s.playing = false; }
        }
    }
    m->glue.newFrame(m->window, dt);
    m->drawPanels();
    if (m->redrawFrames > 0) --m->redrawFrames;
    if (m->handleRequests()) m->redrawFrames = std::max(m->redrawFrames, 1);
    if (m->pendingFit > 0 && --m->pendingFit == 0) m->fit({});
    m->wasPlaying = s.playing;

    // The map follows the window even when a Resized event has not been handled yet.
    if (m->view->size() != m->window.getSize()) m->view->setSize(m->window.getSize());
    render::FrameInfo info;
    info.time = s.time;
    info.selection = s.selection;
    info.cursor = m->glue.wantsMouse() ? std::nullopt : m->cursor;
    info.scale = s.uiScale;
    info.reserved = m->panelRects();
    info.mapArea = m->mapArea();
    info.hasStencil = m->stencil;
    m->drawSelectedPlace();
    m->window.setActive(true);
    m->renderer->draw(m->window, *m->view, info, s.layers);
    m->glue.render(m->window);
    m->window.display();
    ++m->framesDrawn;
    if (s.screenshotRequested) {
        m->saveScreenshot(*s.screenshotRequested);
        s.screenshotRequested.reset();
    }
    if (s.videoRequested) {
        const auto path = *s.videoRequested;
        s.videoRequested.reset();
        m->exportVideo(path);
    }
}

bool Viewer::tick(double maxWaitSeconds) {
    const sf::Clock waited;
    for (;;) {
        pollEvents();
        m->pollEnsemble();
        if (!isOpen()) return false;
        if (m->needsFrame()) break;
        if (waited.getElapsedTime().asSeconds() >= maxWaitSeconds) return false;
        // sf::Window::waitEvent has no timeout and would miss the ensemble landing; SFML 2.5 polls X the same way.
        sf::sleep(sf::milliseconds(10));
    }
    frame(m->frameClock.restart().asSeconds());
    return true;
}

int Viewer::run() {
    const auto& script = m->opt.script;
    if (script.frames > 0) {
        for (int i = 0; i < script.frames && isOpen(); ++i) {
            pollEvents();
            frame(1.f / 30);
        }
        if (!script.screenshot.empty()) m->saveScreenshot(script.screenshot);
    } else {
        while (isOpen()) tick(0.25);
    }
    if (m->window.isOpen()) {
        if (ImGui::GetCurrentContext() && ImGui::GetIO().IniFilename) ImGui::SaveIniSettingsToDisk(ImGui::GetIO().IniFilename);
        m->window.close();
    }
    return 0;
}

long Viewer::framesDrawn() const { return m->framesDrawn; }

std::vector<Viewer::PanelOnScreen> Viewer::panelsOnScreen() const {
    std::vector<PanelOnScreen> out;
    for (size_t i = 0; i < kPanelCount; ++i) {
        const auto p = static_cast<Panel>(i);
        const ImGuiWindow* w = ImGui::FindWindowByName(panelWindowId(p));
        if (!w || !w->Active || w->Hidden) continue;
        out.push_back({p, {w->Pos.x, w->Pos.y, w->Size.x, w->Size.y}});
    }
    return out;
}

float Viewer::menuBarHeight() const {
    const ImGuiWindow* w = ImGui::FindWindowByName("##MainMenuBar");
    return w ? w->Size.y : 0.f;
}

void Viewer::resizeWindow(sf::Vector2u size) {
    // sf::Window::setSize takes the new size at once; X's own Resized follows and is drained here (same size).
    m->window.setSize(size);
    sf::Event e;
    e.type = sf::Event::Resized;
    e.size = {size.x, size.y};
    handleEvent(e);
    const sf::Clock waited;
    while (waited.getElapsedTime() < sf::milliseconds(100)) {
        pollEvents();
        sf::sleep(sf::milliseconds(5));
    }
}

sf::Vector2u defaultWindowSize(sf::Vector2u desktop) {
    // Room for a window manager's title bar and a panel or dock; never larger than the desktop.
    const unsigned w = std::min(desktop.x, std::max(640u, desktop.x - std::min(80u, desktop.x / 25)));
    const unsigned h = std::min(desktop.y, std::max(480u, desktop.y - std::min(110u, desktop.y / 9)));
    return {w, h};
}

ViewerState& Viewer::state() { return m->state; }
render::MapView& Viewer::view() { return *m->view; }
render::MapRenderer& Viewer::renderer() { return *m->renderer; }

sf::Image Viewer::screenshot() {
    sf::Texture tex;
    const auto sz = m->window.getSize();
    tex.create(sz.x, sz.y);
    tex.update(m->window);
    return tex.copyToImage();
}

bool Viewer::waitForEnsemble(double timeoutSeconds) {
    if (!m->ensFuture.valid()) return m->state.ensemble != nullptr;
    if (m->ensFuture.wait_for(std::chrono::duration<double>(timeoutSeconds)) != std::future_status::ready) return false;
    m->pollEnsemble();
    return m->state.ensemble != nullptr;
}

int runViewer(const ViewerOptions& options) {
    Viewer v(options);
    auto r = v.open();
    if (!r) {
        std::cerr << "salvo: error: " << r.error().message << "\n";
        return 1;
    }
    return v.run();
}

} // namespace salvo::ui
