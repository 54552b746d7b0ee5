// Timeline: transport controls (play/pause, reverse, speed 1x..3600x, previous/next event, loop), the UTC and local
// clocks, and a scrub bar with event bands (an imprecise time — "on Wednesday" — is a band as wide as the day it
// names), key-instant ticks (launches, arrivals, crashes, border crossings) and the playhead. Drag anywhere on the bar
// to scrub. Keyboard (handled by the Viewer): Space play/pause, ←/→ step, Shift+←/→ previous/next event, Home/End.
#include "ui/Panels.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace salvo::ui {

namespace {

ImU32 tickColour(sim::KeyInstant::Kind k) {
    switch (k) {
    case sim::KeyInstant::Kind::FirstLaunch:
    case sim::KeyInstant::Kind::LastLaunch: return IM_COL32(0, 200, 230, 255);
    case sim::KeyInstant::Kind::FirstArrival:
    case sim::KeyInstant::Kind::LastArrival: return IM_COL32(240, 70, 60, 255);
    case sim::KeyInstant::Kind::Crash: return IM_COL32(255, 160, 0, 255);
    case sim::KeyInstant::Kind::BorderCrossing: return IM_COL32(150, 155, 165, 200);
    }
    return IM_COL32_WHITE;
}

std::string clockLabel(double seconds) {
    char buf[32];
    const long long s = static_cast<long long>(std::llround(seconds));
    std::snprintf(buf, sizeof buf, "%02lld:%02lld", (s / 3600) % 24, (s / 60) % 60);
    return buf;
}

} // namespace

// Times worth stepping to: key instants and event starts, sorted.
std::vector<double> stepTimes(const ViewerState& s) {
    std::vector<double> v;
    if (s.sim)
        for (const auto& k : s.sim->keyInstants())
            if (k.kind != sim::KeyInstant::Kind::BorderCrossing) v.push_back(k.time.unixSeconds);
    for (const auto& e : s.applied.events)
        if (e.time && e.time->start.unixSeconds > 0) v.push_back(e.time->start.unixSeconds);
    std::sort(v.begin(), v.end());
    return v;
}

void stepToEvent(ViewerState& s, int dir) {
    const auto v = stepTimes(s);
    const double t = s.time.unixSeconds;
    if (dir > 0) {
        for (double x : v)
            if (x > t + 0.5) { s.time = {std::min(x, s.span.end.unixSeconds)}; return; }
        s.time = s.span.end;
    } else {
        for (auto it = v.rbegin(); it != v.rend(); ++it)
            if (*it < t - 0.5) { s.time = {std::max(*it, s.span.start.unixSeconds)}; return; }
        s.time = s.span.start;
    }
}

namespace {

// Start, previous event, play backwards, play, next event, end, the speed and loop.
void drawTransportControls(ViewerState& s, float k) {
    if (ImGui::Button("|<")) { s.time = s.span.start; s.playing = false; }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Start (Home)");
    ImGui::SameLine();
    if (ImGui::Button("<<")) stepToEvent(s, -1);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Previous event (Shift+Left)");
    ImGui::SameLine();
    if (ImGui::Button(s.playing && s.direction < 0 ? "||##rev" : "<##rev")) {
        s.playing = !(s.playing && s.direction < 0);
        s.direction = -1;
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Play backwards");
    ImGui::SameLine();
    if (ImGui::Button(s.playing && s.direction > 0 ? "||##fwd" : ">##fwd")) {
        s.playing = !(s.playing && s.direction > 0);
        s.direction = 1;
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Play / pause (Space)");
    ImGui::SameLine();
    if (ImGui::Button(">>")) stepToEvent(s, 1);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Next event (Shift+Right)");
    ImGui::SameLine();
    if (ImGui::Button(">|")) { s.time = s.span.end; s.playing = false; }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("End (End)");
    ImGui::SameLine();
    static const double speeds[] = {1, 10, 30, 60, 120, 300, 600, 1800, 3600};
    char cur[32];
    std::snprintf(cur, sizeof cur, "%gx", s.speed);
    ImGui::SetNextItemWidth(90 * k);
    if (ImGui::BeginCombo("##speed", cur)) {
        for (double sp : speeds) {
            char b[32];
            std::snprintf(b, sizeof b, "%gx", sp);
            if (ImGui::Selectable(b, sp == s.speed)) s.speed = sp;
        }
        ImGui::EndCombo();
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Simulated seconds per second");
    ImGui::SameLine();
    ImGui::Checkbox("Loop", &s.loop);
}

// The UTC clock, the local one and the time since the first launch (T+hh:mm).
void drawClocks(const ViewerState& s, float k) {
    ImGui::SameLine(0, 24 * k);
    ImGui::TextUnformatted(formatUtc(s.time).c_str());
    // The clocks go on the button row while they fit, else on the next line (narrow windows).
    const auto clockText = [&](const std::string& text) {
        const float w = ImGui::CalcTextSize(text.c_str()).x;
        const float right = ImGui::GetItemRectMax().x + 16 * k + w;
        if (right <= ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x) ImGui::SameLine(0, 16 * k);
        ImGui::TextColored(kColDim, "%s", text.c_str());
    };
    if (const auto local = formatLocal(s.time, s.localZone); !local.empty())
        clockText("local " + local + "  " + s.localZone);
    if (s.sim) {
        const double rel = s.time - s.sim->timeSpan().start;
        clockText(std::string("T") + (rel < 0 ? '-' : '+') + clockLabel(std::fabs(rel)));
    }
}

// Where the scrub bar is on screen (pixels) and the time span it shows (Unix seconds).
struct ScrubBar {
    ImVec2 p0;     // top left
    float w, h;    // size
    double t0, t1; // times at the left and right ends; t1 > t0
    float xOf(double t) const { return p0.x + static_cast<float>((t - t0) / (t1 - t0)) * w; }
};

// Hour (or finer) grid.
void drawTimeGrid(ImDrawList* dl, const ScrubBar& bar) {
    const ImVec2 p0 = bar.p0;
    const float h = bar.h;
    const double t0 = bar.t0, t1 = bar.t1;
    const double dur = t1 - t0;
    double step = 3600;
    for (double c : {60.0, 300.0, 600.0, 1800.0, 3600.0, 7200.0, 21600.0, 86400.0})
        if (dur / c <= 12) { step = c; break; }
    for (double t = std::ceil(t0 / step) * step; t <= t1; t += step) {
        const float x = bar.xOf(t);
        dl->AddLine(ImVec2(x, p0.y), ImVec2(x, p0.y + h), IM_COL32(60, 70, 85, 255));
        const std::string lab = clockLabel(std::fmod(t, 86400.0));
        dl->AddText(ImVec2(x + 3, p0.y + h - ImGui::GetFontSize() - 2), IM_COL32(120, 130, 145, 255), lab.c_str());
    }
}

// Event bands: the interval each event's time expression names.
void drawEventBands(const ViewerState& s, ImDrawList* dl, const ScrubBar& bar, float k) {
    const ImVec2 p0 = bar.p0;
    const float w = bar.w;
    float row = 0;
    for (const auto& e : s.applied.events) {
        if (!e.time || e.time->start.unixSeconds <= 0) continue;
        const float xa = std::max(p0.x, bar.xOf(e.time->start.unixSeconds));
        const float xb = std::min(p0.x + w, std::max(bar.xOf(e.time->end.unixSeconds), xa + 3));
        if (xb < p0.x || xa > p0.x + w) continue;
        const bool instant = e.time->end.unixSeconds - e.time->start.unixSeconds < 1;
        const ImU32 col = e.kind == "crash" ? IM_COL32(255, 160, 0, 70) : IM_COL32(0, 200, 230, 60);
        const float y = p0.y + 3 + row * 7 * k;
        dl->AddRectFilled(ImVec2(xa, y), ImVec2(xb, y + 6 * k), instant ? (col | IM_COL32(0, 0, 0, 255)) : col);
        if (ImGui::IsMouseHoveringRect(ImVec2(xa, y), ImVec2(xb, y + 6 * k)))
            ImGui::SetTooltip("%s %s: %s (%s)", e.id.c_str(), e.kind.c_str(), e.time->text.c_str(),
                              std::string(toString(e.time->precision)).c_str());
        row = std::fmod(row + 1, 3.f);
    }
}

// Flight intervals as thin bars, and key-instant ticks.
void drawFlightsAndTicks(const sim::Simulation& simulation, ImDrawList* dl, const ScrubBar& bar, float k) {
    const ImVec2 p0 = bar.p0;
    const float w = bar.w, h = bar.h;
    const auto& tracks = simulation.tracks();
    if (!tracks.empty()) {
        double a = 1e300, b = -1e300;
        for (const auto& t : tracks) { a = std::min(a, t.launchTime.unixSeconds); b = std::max(b, t.endTime().unixSeconds); }
        const float y = p0.y + 0.55f * h;
        dl->AddRectFilled(ImVec2(bar.xOf(a), y), ImVec2(bar.xOf(b), y + 3 * k), IM_COL32(255, 236, 90, 110));
    }
    for (const auto& ki : simulation.keyInstants()) {
        const float x = bar.xOf(ki.time.unixSeconds);
        const bool border = ki.kind == sim::KeyInstant::Kind::BorderCrossing;
        dl->AddLine(ImVec2(x, p0.y + h * (border ? 0.6f : 0.3f)), ImVec2(x, p0.y + h * 0.85f), tickColour(ki.kind),
                    border ? 1.f : 2.f * k);
        if (std::fabs(ImGui::GetIO().MousePos.x - x) < 3 && ImGui::IsMouseHoveringRect(p0, ImVec2(p0.x + w, p0.y + h)))
            ImGui::SetTooltip("%s  %s", formatUtc(ki.time).c_str(), ki.label.c_str());
    }
}

// The scrub bar filling the rest of the panel: drag anywhere on it to scrub.
void drawScrubBar(ViewerState& s, float k) {
    const ImVec2 p0 = ImGui::GetCursorScreenPos();
    const float w = std::max(50.f, ImGui::GetContentRegionAvail().x);
    const float h = std::max(30.f * k, ImGui::GetContentRegionAvail().y - 4 * k);
    ImGui::InvisibleButton("scrub", ImVec2(w, h));
    s.scrubBarX = p0.x; s.scrubBarY = p0.y; s.scrubBarW = w; s.scrubBarH = h;
    const double t0 = s.span.start.unixSeconds, t1 = std::max(s.span.end.unixSeconds, t0 + 1);
    const ScrubBar bar{p0, w, h, t0, t1};
    if (ImGui::IsItemActive()) {
        const float mx = std::clamp(ImGui::GetIO().MousePos.x, p0.x, p0.x + w);
        s.time = {t0 + (mx - p0.x) / w * (t1 - t0)};
        s.playing = false;
    }
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(p0, ImVec2(p0.x + w, p0.y + h), IM_COL32(20, 26, 34, 255), 3);
    drawTimeGrid(dl, bar);
    drawEventBands(s, dl, bar, k);
    if (s.sim) drawFlightsAndTicks(*s.sim, dl, bar, k);
    // Playhead.
    const float px = bar.xOf(s.time.unixSeconds);
    dl->AddLine(ImVec2(px, p0.y), ImVec2(px, p0.y + h), IM_COL32(255, 255, 255, 230), 2 * k);
    dl->AddTriangleFilled(ImVec2(px - 6 * k, p0.y), ImVec2(px + 6 * k, p0.y), ImVec2(px, p0.y + 8 * k), IM_COL32_WHITE);
}

} // namespace

void drawTimelinePanel(ViewerState& s) {
    if (!s.showTimeline) return;
    if (!beginPanel(s.layout, Panel::Timeline, "Timeline", &s.showTimeline, ImGuiWindowFlags_NoScrollbar)) {
        s.scrubBarW = 0;
        ImGui::End();
        return;
    }
    const float k = s.uiScale;
    drawTransportControls(s, k);
    drawClocks(s, k);
    drawScrubBar(s, k);
    ImGui::End();
}

} // namespace salvo::ui
