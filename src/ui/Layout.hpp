#pragma once
// Layout: where the viewer's panels sit. Until the user moves or resizes a panel, its rectangle is computed from the
// window size every frame (defaultLayout), so a resize never leaves a panel off-screen or on top of another; once the
// user moves or resizes it, the panel is the user's (kept in imgui.ini under [SalvoLayout]) and is only clamped to the
// window. View > Reset layout gives every panel back to the computed layout.
// Model: a menu bar on top, the Timeline across the bottom, a left column (Article, Problems), a right column
// (Inspector, Assumptions, Layers) and the Ledger in the strip between the columns above the Timeline.
//   PanelLayout& L = state.layout;  L.setDefaults(defaultLayout(in));
//   if (beginPanel(L, Panel::Article, "Article", &open)) { ... }  ImGui::End();
#include <array>
#include <cstddef>
#include <functional>
#include <string>

namespace salvo::ui {

enum class Panel { Timeline, Article, Inspector, Ledger, Assumptions, Layers, Problems };
inline constexpr size_t kPanelCount = 7;
// The ImGui window id of each panel ("###Problems": its title carries a count).
const char* panelWindowId(Panel p);
const char* panelName(Panel p);

struct PanelRect {
    float x = 0, y = 0, w = 0, h = 0; // pixels, top-left origin
    float right() const { return x + w; }
    float bottom() const { return y + h; }
};
// True when a and b share more than a sliver (> 1 px in both directions); touching edges do not overlap.
bool overlaps(const PanelRect& a, const PanelRect& b);
// r moved and shrunk to lie inside [0, top] .. [width, height].
PanelRect clampRect(PanelRect r, float width, float height, float top);

struct LayoutInput {
    float width = 1600, height = 1000;  // the window, pixels
    float top = 0;                      // menu bar height, pixels
    float scale = 1;                    // UI scale (1 = 96 dpi)
    std::array<bool, kPanelCount> open{}; // indexed by Panel
    // Height the Inspector needs when nothing is selected, for a given width (compact); null: a full column.
    std::function<float(float width)> compactInspectorHeight;
};

// The computed layout: one rectangle per open panel (closed ones are empty), none overlapping, all inside the window.
std::array<PanelRect, kPanelCount> defaultLayout(const LayoutInput& in);

// Which panels the user has placed, what the last frame set, and the [SalvoLayout] ini section.
class PanelLayout {
public:
    void setDefaults(const std::array<PanelRect, kPanelCount>& rects, float width, float height, float top);
    // Around ImGui::Begin of a panel: before() places a computed panel or clamps a user's; after() notices a resize.
    void before(Panel p);
    void after(Panel p);
    bool userPlaced(Panel p) const { return m_user[static_cast<size_t>(p)]; }
    void reset();                        // every panel back to the computed layout
    const PanelRect& defaults(Panel p) const { return m_defaults[static_cast<size_t>(p)]; }
    // Registers the [SalvoLayout] ini handler on the current ImGui context; call before the first NewFrame.
    void registerIniHandler();
    std::string iniLine() const;         // "User=Article,Ledger"
    void readIniLine(const char* line);

private:
    std::array<PanelRect, kPanelCount> m_defaults{};
    std::array<PanelRect, kPanelCount> m_set{}; // what the last frame gave the window (after ImGui's own fixes)
    std::array<bool, kPanelCount> m_setValid{};
    std::array<bool, kPanelCount> m_user{};
    float m_width = 0, m_height = 0, m_top = 0;
};

// Begin for a panel: placement through `layout`, then ImGui::Begin(title, open, flags). Call ImGui::End() always.
bool beginPanel(PanelLayout& layout, Panel p, const char* title, bool* open, int flags = 0);

} // namespace salvo::ui
