// The panel layout. Edge cases: ImGui moves a dragged window in NewFrame, before our Begin, so a move shows up as a
// position that differs from the one the last frame set; a resize happens inside Begin, after SetNextWindowSize, so it
// shows up as a size that differs right after Begin. Both hand the panel to the user. A layout saved by an older
// Salvo has no [SalvoLayout] section: every panel then starts computed, so a broken saved layout cannot come back.
#include "ui/Layout.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <cassert>
#include <cstring>
#include <string_view>

namespace salvo::ui {

namespace {

constexpr std::array<const char*, kPanelCount> kNames = {"Timeline", "Article", "Inspector", "Ledger",
                                                         "Assumptions", "Layers", "Problems"};
constexpr std::array<const char*, kPanelCount> kWindowIds = {"Timeline", "Article", "Inspector", "Ledger",
                                                             "Assumptions", "Layers", "###Problems"};

size_t idx(Panel p) { return static_cast<size_t>(p); }

// Splits [y0, y1) among the panels listed (open ones only) by weight; whole pixels, no gaps, no overlaps.
void stack(std::array<PanelRect, kPanelCount>& out, const std::array<bool, kPanelCount>& open,
           std::initializer_list<std::pair<Panel, float>> panels, float x, float w, float y0, float y1) {
    float total = 0;
    for (auto [p, weight] : panels)
        if (open[idx(p)]) total += weight;
    if (total <= 0) return;
    float y = y0;
    float acc = 0;
    for (auto [p, weight] : panels) {
        if (!open[idx(p)]) continue;
        acc += weight;
        const float next = std::floor(y0 + (y1 - y0) * acc / total);
        out[idx(p)] = {x, y, w, next - y};
        y = next;
    }
}

} // namespace

const char* panelWindowId(Panel p) { return kWindowIds[idx(p)]; }
const char* panelName(Panel p) { return kNames[idx(p)]; }

bool overlaps(const PanelRect& a, const PanelRect& b) {
    if (a.w <= 0 || a.h <= 0 || b.w <= 0 || b.h <= 0) return false;
    const float ox = std::min(a.right(), b.right()) - std::max(a.x, b.x);
    const float oy = std::min(a.bottom(), b.bottom()) - std::max(a.y, b.y);
    return ox > 1 && oy > 1;
}

PanelRect clampRect(PanelRect r, float width, float height, float top) {
    r.w = std::clamp(r.w, 0.f, width);
    r.h = std::clamp(r.h, 0.f, std::max(0.f, height - top));
    r.x = std::clamp(r.x, 0.f, width - r.w);
    r.y = std::clamp(r.y, top, std::max(top, height - r.h));
    return r;
}

std::array<PanelRect, kPanelCount> defaultLayout(const LayoutInput& in) {
    std::array<PanelRect, kPanelCount> out{};
    const auto& open = in.open;
    const float k = in.scale, W = std::floor(in.width), H = std::floor(in.height), top = std::ceil(in.top);
    // The Timeline needs its title, one row of buttons and a scrub bar of at least 30 px.
    float timelineH = 0;
    if (open[idx(Panel::Timeline)]) {
        timelineH = std::floor(std::clamp(0.15f * H, 108 * k, 170 * k));
        timelineH = std::min(timelineH, std::floor(0.4f * (H - top)));
        out[idx(Panel::Timeline)] = {0, H - timelineH, W, timelineH};
    }
    const float bottom = H - timelineH;
    const bool leftUsed = open[idx(Panel::Article)] || open[idx(Panel::Problems)];
    const bool rightUsed = open[idx(Panel::Inspector)] || open[idx(Panel::Assumptions)] || open[idx(Panel::Layers)];
    float leftW = std::clamp(0.26f * W, 240 * k, 460 * k), rightW = std::clamp(0.28f * W, 270 * k, 480 * k);
    // Narrow windows: the columns together leave at least 30% of the width to the map.
    if (const float both = leftW + rightW; both > 0.7f * W) {
        leftW *= 0.7f * W / both;
        rightW *= 0.7f * W / both;
    }
    leftW = std::floor(leftW);
    rightW = std::floor(rightW);
    stack(out, open, {{Panel::Article, 0.62f}, {Panel::Problems, 0.38f}}, 0, leftW, top, bottom);

    const float rx = W - rightW;
    float rightTop = top;
    const bool compact = open[idx(Panel::Inspector)] && in.compactInspectorHeight;
    if (compact) {
        const float h = std::floor(std::min(in.compactInspectorHeight(rightW), 0.5f * (bottom - top)));
        out[idx(Panel::Inspector)] = {rx, top, rightW, h};
        rightTop = top + h;
        stack(out, open, {{Panel::Assumptions, 0.6f}, {Panel::Layers, 0.4f}}, rx, rightW, rightTop, bottom);
    } else {
        stack(out, open, {{Panel::Inspector, 1.f}, {Panel::Assumptions, 1.f}, {Panel::Layers, 0.75f}}, rx, rightW, top,
              bottom);
    }
    if (open[idx(Panel::Ledger)]) {
        const float x0 = leftUsed ? leftW : 0, x1 = rightUsed ? rx : W;
        const float colH = bottom - top;
        const float h = std::floor(std::clamp(0.4f * colH, std::min(170 * k, colH), 0.6f * colH));
        out[idx(Panel::Ledger)] = {x0, bottom - h, x1 - x0, h};
    }
    return out;
}

void PanelLayout::setDefaults(const std::array<PanelRect, kPanelCount>& rects, float width, float height, float top) {
    m_defaults = rects;
    m_width = width;
    m_height = height;
    m_top = top;
}

void PanelLayout::before(Panel p) {
    const size_t i = idx(p);
    ImGuiWindow* w = ImGui::FindWindowByName(panelWindowId(p));
    if (!m_user[i] && w && m_setValid[i] &&
        (std::fabs(w->Pos.x - m_set[i].x) > 0.5f || std::fabs(w->Pos.y - m_set[i].y) > 0.5f)) {
        m_user[i] = true; // dragged by its title bar since the last frame
        ImGui::MarkIniSettingsDirty();
    }
    if (m_user[i]) return;
    const PanelRect& r = m_defaults[i];
    ImGui::SetNextWindowPos(ImVec2(r.x, r.y), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(r.w, r.h), ImGuiCond_Always);
}

void PanelLayout::after(Panel p) {
    const size_t i = idx(p);
    ImGuiWindow* w = ImGui::GetCurrentWindow();
    if (!m_user[i]) {
        const PanelRect& r = m_defaults[i];
        if (std::fabs(w->SizeFull.x - r.w) > 0.5f || std::fabs(w->SizeFull.y - r.h) > 0.5f) {
            m_user[i] = true; // resized by a border or grip inside this Begin
            ImGui::MarkIniSettingsDirty();
        }
    }
    if (m_user[i]) {
        // The user's rectangle, kept inside the window (a saved layout from a larger screen, a shrunk window).
        const PanelRect r{w->Pos.x, w->Pos.y, w->SizeFull.x, w->SizeFull.y};
        const PanelRect c = clampRect(r, m_width, m_height, m_top);
        if (c.w != r.w || c.h != r.h) ImGui::SetWindowSize(ImVec2(c.w, c.h));
        if (c.x != r.x || c.y != r.y) ImGui::SetWindowPos(ImVec2(c.x, c.y));
    }
    m_set[i] = {w->Pos.x, w->Pos.y, w->SizeFull.x, w->SizeFull.y};
    m_setValid[i] = true;
}

void PanelLayout::reset() {
    m_user.fill(false);
    m_setValid.fill(false);
    if (ImGui::GetCurrentContext()) ImGui::MarkIniSettingsDirty();
}

std::string PanelLayout::iniLine() const {
    std::string s = "User=";
    bool first = true;
    for (size_t i = 0; i < kPanelCount; ++i) {
        if (!m_user[i]) continue;
        if (!first) s += ',';
        s += kNames[i];
        first = false;
    }
    return s;
}

void PanelLayout::readIniLine(const char* line) {
    const std::string_view l(line);
    if (!l.starts_with("User=")) return;
    std::string_view rest = l.substr(5);
    while (!rest.empty()) {
        const size_t comma = rest.find(',');
        const std::string_view name = rest.substr(0, comma);
        for (size_t i = 0; i < kPanelCount; ++i)
            if (name == kNames[i]) m_user[i] = true;
        if (comma == std::string_view::npos) break;
        rest.remove_prefix(comma + 1);
    }
}

void PanelLayout::registerIniHandler() {
    ImGuiContext* ctx = ImGui::GetCurrentContext();
    assert(ctx && "create the ImGui context (ImGuiSfml::init) before registering the layout handler");
    ImGuiSettingsHandler h;
    h.TypeName = "SalvoLayout";
    h.TypeHash = ImHashStr("SalvoLayout");
    h.UserData = this;
    h.ClearAllFn = [](ImGuiContext*, ImGuiSettingsHandler* self) { static_cast<PanelLayout*>(self->UserData)->reset(); };
    h.ReadOpenFn = [](ImGuiContext*, ImGuiSettingsHandler* self, const char* name) -> void* {
        return std::strcmp(name, "Panels") == 0 ? self->UserData : nullptr;
    };
    h.ReadLineFn = [](ImGuiContext*, ImGuiSettingsHandler*, void* entry, const char* line) {
        static_cast<PanelLayout*>(entry)->readIniLine(line);
    };
    h.WriteAllFn = [](ImGuiContext*, ImGuiSettingsHandler* self, ImGuiTextBuffer* out) {
        const auto* L = static_cast<const PanelLayout*>(self->UserData);
        out->appendf("[%s][Panels]\n%s\n\n", self->TypeName, L->iniLine().c_str());
    };
    ctx->SettingsHandlers.push_back(h);
}

bool beginPanel(PanelLayout& layout, Panel p, const char* title, bool* open, int flags) {
    layout.before(p);
    const bool visible = ImGui::Begin(title, open, flags);
    layout.after(p);
    return visible;
}

} // namespace salvo::ui
