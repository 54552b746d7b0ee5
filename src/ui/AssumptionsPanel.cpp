// Assumptions: the inputs the text does not give, editable — munition speed, launch point, launch interval, route
// waypoints, permitted airspace — each with its unit, range and source. Every edit re-runs the simulation (live: the
// Viewer re-simulates at the end of the frame). Below, what the last run actually used, estimates marked.
#include "ui/Panels.hpp"

#include <imgui_stdlib.h>

#include <cstdio>

namespace salvo::ui {

namespace {

std::string firstLaunchEvent(const ViewerState& s) {
    for (const auto& e : s.applied.events)
        if (e.kind == "launch") return e.id;
    return {};
}

// Edits one assumption's value in place; true when it changed.
bool editValue(scenario::Assumption& a) {
    auto& v = a.value;
    if (v.is_number()) {
        double x = v.get<double>();
        const double lo = a.min.value_or(0), hi = a.max.value_or(x > 0 ? x * 4 : 1000);
        ImGui::SetNextItemWidth(-1);
        if (ImGui::DragScalar("##num", ImGuiDataType_Double, &x, std::max(0.001, (hi - lo) / 400), &lo, &hi, "%.3g")) {
            v = x;
            return true;
        }
        return false;
    }
    if (v.is_array() && v.size() == 2 && v[0].is_number() && v[1].is_number()) {
        double ll[2] = {v[0].get<double>(), v[1].get<double>()};
        ImGui::SetNextItemWidth(-1);
        if (ImGui::InputScalarN("##ll", ImGuiDataType_Double, ll, 2, nullptr, nullptr, "%.4f",
                                ImGuiInputTextFlags_EnterReturnsTrue)) {
            v = nlohmann::json::array({ll[0], ll[1]});
            return true;
        }
        return false;
    }
    if (v.is_array() && (v.empty() || v[0].is_array())) { // waypoints [[lat, lon], ...]
        bool changed = false;
        for (size_t i = 0; i < v.size(); ++i) {
            if (!v[i].is_array() || v[i].size() != 2) continue;
            double ll[2] = {v[i][0].get<double>(), v[i][1].get<double>()};
            ImGui::PushID(static_cast<int>(i));
            ImGui::SetNextItemWidth(-30 * ImGui::GetFontSize() / 15.f);
            if (ImGui::InputScalarN("##wp", ImGuiDataType_Double, ll, 2, nullptr, nullptr, "%.4f",
                                    ImGuiInputTextFlags_EnterReturnsTrue)) {
                v[i] = nlohmann::json::array({ll[0], ll[1]});
                changed = true;
            }
            ImGui::SameLine();
            if (ImGui::SmallButton("x")) {
                v.erase(i);
                changed = true;
                ImGui::PopID();
                break;
            }
            ImGui::PopID();
        }
        if (ImGui::SmallButton("+ waypoint")) {
            v.push_back(v.empty() ? nlohmann::json::array({35.0, 45.0}) : v.back());
            changed = true;
        }
        return changed;
    }
    if (v.is_array()) { // ["IR", "IQ"]
        std::string text;
        for (const auto& x : v)
            if (x.is_string()) text += (text.empty() ? "" : ", ") + x.get<std::string>();
        ImGui::SetNextItemWidth(-1);
        if (ImGui::InputText("##list", &text, ImGuiInputTextFlags_EnterReturnsTrue)) {
            nlohmann::json out = nlohmann::json::array();
            std::string cur;
            for (char c : text + ",") {
                if (c == ',' || c == ' ') { if (!cur.empty()) out.push_back(cur); cur.clear(); }
                else cur += c;
            }
            v = out;
            return true;
        }
        return false;
    }
    ImGui::TextWrapped("%s", v.dump().c_str());
    return false;
}

// Places the next small button on the current line when it fits, else on a new one (narrow panels).
bool sameLineIfFits(const char* label) {
    const ImGuiStyle& st = ImGui::GetStyle();
    const float w = ImGui::CalcTextSize(label).x + 2 * st.FramePadding.x;
    const float lineRight = ImGui::GetItemRectMax().x + st.ItemSpacing.x + w;
    const float limit = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    if (lineRight > limit) return false;
    ImGui::SameLine();
    return true;
}

} // namespace

std::optional<scenario::Assumption> usedAssumption(const ViewerState& s, const std::string& key,
                                                   const std::string& appliesTo) {
    if (!s.sim) return std::nullopt;
    for (const auto& a : s.sim->assumptionsUsed())
        if (a.key == key && (a.appliesTo == appliesTo || a.appliesTo.empty())) return a;
    return std::nullopt;
}

void addAssumption(ViewerState& s, const AddButton& b, const std::string& eventId) {
    const auto used = usedAssumption(s, b.key, eventId);
    // A value taken over from an estimate stays marked as one (the panels colour sources that start "estimate").
    std::string source = "analyst (viewer)";
    if (used)
        source = (used->source.find("estimate") != std::string::npos ? "estimate, added in the viewer from: "
                                                                        : "added in the viewer from: ") + used->source;
    s.setAssumption(b.key, eventId, used ? used->value : b.fallback, used && !used->unit.empty() ? used->unit : b.unit,
                    source);
    // Keep the range the value came with, so the editor's slider spans it.
    if (used)
        for (auto& a : s.scenario.assumptions)
            if (a.key == b.key && a.appliesTo == eventId) {
                if (!a.min) a.min = used->min;
                if (!a.max) a.max = used->max;
            }
    s.status = std::string("Added assumption ") + b.key + " for " + eventId;
}

void drawAssumptionsPanel(ViewerState& s) {
    if (!s.showAssumptions) return;
    if (!beginPanel(s.layout, Panel::Assumptions, "Assumptions", &s.showAssumptions)) {
        ImGui::End();
        return;
    }
    const std::string ev = firstLaunchEvent(s);
    ImGui::TextColored(kColDim, "Add for %s:", ev.empty() ? "(no launch event)" : ev.c_str());
    if (!ev.empty()) {
        LatLon p{35, 45};
        if (const auto* e = s.applied.event(ev); e && e->from)
            if (const auto* pl = s.applied.place(*e->from)) p = pl->pos;
        // The value the last run used is where a new assumption starts: adding one must not change the scene.
        const AddButton buttons[] = {
            {"speed", "munition.speed_mps", 240.0, "m/s"},
            {"interval", "launch.interval_s", 10.0, "s"},
            {"launch point", "launch.point", nlohmann::json::array({p.lat, p.lon}), "deg"},
            {"waypoints", "route.waypoints", nlohmann::json::array(), "deg"},
            {"airspace", "airspace.permitted", nlohmann::json::array(), ""},
        };
        for (const auto& b : buttons) {
            sameLineIfFits(b.label);
            if (ImGui::SmallButton(b.label)) addAssumption(s, b, ev);
        }
    }
    ImGui::Separator();
    if (ImGui::BeginTable("asm", 3, ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp |
                                        ImGuiTableFlags_NoSavedSettings)) {
        ImGui::TableSetupColumn("key");
        ImGui::TableSetupColumn("value", ImGuiTableColumnFlags_WidthStretch, 2.f);
        ImGui::TableSetupColumn("source");
        ImGui::TableHeadersRow();
        for (size_t i = 0; i < s.scenario.assumptions.size(); ++i) {
            auto& a = s.scenario.assumptions[i];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s", a.key.c_str());
            if (!a.appliesTo.empty()) textWrappedColored(kColDim, a.appliesTo);
            ImGui::TableNextColumn();
            ImGui::PushID(static_cast<int>(i));
            if (editValue(a)) {
                s.dirty = true;
                s.rerunRequested = true;
            }
            ImGui::PopID();
            if (!a.unit.empty()) {
                char range[96] = "";
                if (a.min && a.max) std::snprintf(range, sizeof range, "  range %g..%g", *a.min, *a.max);
                textWrappedColored(kColDim, a.unit + range);
            }
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s", a.source.c_str());
        }
        ImGui::EndTable();
    }
    if (s.sim && ImGui::CollapsingHeader("Used by the last run", ImGuiTreeNodeFlags_DefaultOpen)) {
        for (const auto& a : s.sim->assumptionsUsed()) {
            const bool est = a.source.rfind("estimate", 0) == 0;
            textWrappedColored(est ? kColWarn : kColDim, a.key + (a.appliesTo.empty() ? "" : " @" + a.appliesTo) + " = " +
                                                            a.value.dump() + " " + a.unit);
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", a.source.c_str());
        }
    }
    ImGui::End();
}

} // namespace salvo::ui
