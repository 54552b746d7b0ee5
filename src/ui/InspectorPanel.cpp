// Inspector: everything about the selected object — kind, coordinates, precision, who said it and how (speaker,
// stance), and for a place the geocoder's candidates: choosing another adds a "choice" override and re-runs the
// simulation. For a munition: its state now, speed with its source, outcome, and the regions it overflies with times.
#include "ui/Panels.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace salvo::ui {

namespace {

constexpr const char* kEmptyHint =
    "Click a munition, area, route or site on the map, or a highlighted word in the article.";

void latLonRow(const char* label, LatLon p) {
    ImGui::TextColored(kColDim, "%s", label);
    ImGui::SameLine(110 * ImGui::GetIO().FontGlobalScale * ImGui::GetFontSize() / 15.f);
    ImGui::Text("%.4f, %.4f", p.lat, p.lon);
}

void field(const char* label, const std::string& value) {
    if (value.empty()) return;
    ImGui::TextColored(kColDim, "%s", label);
    ImGui::SameLine(110 * ImGui::GetFontSize() / 15.f);
    ImGui::TextWrapped("%s", value.c_str());
}

void claimsTable(ViewerState& s, const std::vector<std::string>& ids) {
    if (ids.empty()) return;
    if (!ImGui::BeginTable("claims", 4, ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp |
                                      ImGuiTableFlags_NoSavedSettings))
        return;
    ImGui::TableSetupColumn("quantity");
    ImGui::TableSetupColumn("value");
    ImGui::TableSetupColumn("speaker");
    ImGui::TableSetupColumn("stance");
    ImGui::TableHeadersRow();
    for (const auto& id : ids) {
        const auto* c = s.applied.claim(id);
        if (!c) continue;
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(c->quantity.c_str());
        ImGui::TableNextColumn();
        ImGui::TextColored(kColNumber, "%s %g %s", c->op == "=" ? "" : c->op.c_str(), c->value, c->unit.c_str());
        if (ImGui::IsItemHovered() && !c->text.empty()) ImGui::SetTooltip("\"%s\"", c->text.c_str());
        ImGui::TableNextColumn();
        textWrappedColored(kColSpeaker, c->speaker.empty() ? "(unattributed)" : c->speaker);
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", c->stance.c_str());
    }
    ImGui::EndTable();
}

void inspectPlace(ViewerState& s) {
    const auto* p = s.applied.place(s.selection.id);
    const auto* orig = s.scenario.place(s.selection.id);
    if (!p || !orig) { ImGui::TextDisabled("(the selected place is gone)"); return; }
    ImGui::Text("%s", p->name.c_str());
    ImGui::SameLine();
    ImGui::TextColored(kColDim, "(%s, %s)", p->kind.c_str(), p->id.c_str());
    latLonRow("position", p->pos);
    field("precision", p->precision + (p->radiusMeters > 0 ? "  ±" + std::to_string(static_cast<int>(p->radiusMeters / 1000)) + " km" : ""));
    field("country", p->country);
    field("admin-1", p->admin1);
    if (p->geonamesId) field("GeoNames", std::to_string(*p->geonamesId));
    if (ImGui::Button("Fly to")) s.flyTo = p->pos;
    ImGui::SameLine();
    ImGui::TextColored(kColDim, "%zu mention(s)", p->mentions.size());
    // Role in events.
    for (const auto& e : s.applied.events) {
        const bool from = e.from && *e.from == p->id;
        const bool to = std::find(e.to.begin(), e.to.end(), p->id) != e.to.end();
        if (!from && !to) continue;
        ImGui::Bullet();
        ImGui::TextWrapped("%s of %s (%s)%s%s", from ? "origin" : "target", e.id.c_str(), e.kind.c_str(),
                           e.speaker.empty() ? "" : ", said by ", e.speaker.c_str());
    }
    ImGui::Separator();
    ImGui::TextUnformatted("Geocoder candidates");
    if (orig->candidates.empty()) { ImGui::TextDisabled("none recorded"); return; }
    long long chosen = 0;
    for (const auto& o : s.scenario.overrides)
        if (o.target == p->id && o.field == "choice" && o.value.is_number_integer()) chosen = o.value.get<long long>();
    if (!ImGui::BeginTable("cands", 5, ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp |
                                      ImGuiTableFlags_NoSavedSettings))
        return;
    ImGui::TableSetupColumn("use", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn("name");
    ImGui::TableSetupColumn("kind");
    ImGui::TableSetupColumn("where");
    ImGui::TableSetupColumn("score", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableHeadersRow();
    for (size_t i = 0; i < orig->candidates.size(); ++i) {
        const auto& c = orig->candidates[i];
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::PushID(static_cast<int>(i));
        if (ImGui::RadioButton("##use", chosen == static_cast<long long>(i)) && chosen != static_cast<long long>(i)) {
            s.chooseCandidate(p->id, i);
        }
        ImGui::PopID();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(c.name.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(c.kind.c_str());
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s %s (%.3f, %.3f)", c.country.c_str(), c.admin1.c_str(), c.pos.lat, c.pos.lon);
        ImGui::TableNextColumn();
        ImGui::Text("%.2f", c.score);
    }
    ImGui::EndTable();
}

void inspectEvent(ViewerState& s, const std::string& id) {
    const auto* e = s.applied.event(id);
    if (!e) { ImGui::TextDisabled("(no event %s)", id.c_str()); return; }
    ImGui::Text("%s", e->id.c_str());
    ImGui::SameLine();
    ImGui::TextColored(kColDim, "(%s)", e->kind.c_str());
    field("actor", e->actor);
    field("munition", e->munition);
    if (e->count) field("count", std::to_string(*e->count));
    if (e->from)
        if (const auto* p = s.applied.place(*e->from)) field("from", p->name);
    std::string to;
    for (const auto& t : e->to)
        if (const auto* p = s.applied.place(t)) to += (to.empty() ? "" : ", ") + p->name;
    field("to", to);
    if (e->time)
        field("time", formatUtc(e->time->start) + (e->time->end.unixSeconds > e->time->start.unixSeconds + 1
                                                        ? " .. " + formatUtc(e->time->end) : "") +
                          "  (" + std::string(toString(e->time->precision)) + ", \"" + e->time->text + "\")");
    if (!e->speaker.empty()) {
        ImGui::TextColored(kColDim, "speaker");
        ImGui::SameLine(110 * ImGui::GetFontSize() / 15.f);
        ImGui::TextColored(kColSpeaker, "%s", e->speaker.c_str());
    }
    claimsTable(s, e->claims);
}

void inspectTrack(ViewerState& s) {
    if (!s.sim || s.selection.index >= s.sim->tracks().size()) return;
    const auto& t = s.sim->tracks()[s.selection.index];
    ImGui::Text("%s", t.id.c_str());
    ImGui::SameLine();
    ImGui::TextColored(kColDim, "(%s%s)", t.munitionName.empty() ? "munition" : t.munitionName.c_str(),
                       t.countUnknown ? ", representative: count unknown" : "");
    const auto st = s.sim->stateAt(s.selection.index, s.time);
    ImGui::TextColored(kColOk, "now: %s", std::string(toString(st.phase)).c_str());
    latLonRow("position", st.pos);
    ImGui::TextColored(kColDim, "alt / hdg");
    ImGui::SameLine(110 * ImGui::GetFontSize() / 15.f);
    ImGui::Text("%.0f m, %.0f°, %.0f km flown", st.altitudeMeters, st.headingDeg < 0 ? st.headingDeg + 360 : st.headingDeg,
                st.distanceMeters / 1000);
    field("launch", formatUtc(t.launchTime) + (t.launchTimeApproximate ? "  (approximate)" : ""));
    field("end", formatUtc(t.endTime()));
    char buf[160];
    std::snprintf(buf, sizeof buf, "%.0f m/s (%.0f..%.0f)%s", t.speed.nominalMps, t.speed.minMps, t.speed.maxMps,
                  t.speed.estimate ? "  estimate" : "");
    field("speed", buf);
    field("speed source", t.speed.source);
    std::snprintf(buf, sizeof buf, "%.0f km, %s", t.lengthMeters() / 1000, std::string(toString(t.routeKind)).c_str());
    field("route", buf);
    std::string outcome(toString(t.outcome));
    if (t.outcome == sim::Outcome::Crashed) outcome += " at " + std::to_string(static_cast<int>(t.crashMeters / 1000)) + " km";
    field("outcome", outcome);
    ImGui::Separator();
    ImGui::TextUnformatted("Overflown (highlighted on the map)");
    if (ImGui::BeginTable("over", 3, ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp |
                                      ImGuiTableFlags_NoSavedSettings)) {
        ImGui::TableSetupColumn("region");
        ImGui::TableSetupColumn("enters");
        ImGui::TableSetupColumn("leaves");
        ImGui::TableHeadersRow();
        for (const auto& o : t.overflights) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s%s", o.level == sim::OverflightLevel::Admin1 ? "  " : "", o.name.c_str());
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s %.0f km", formatUtc(o.entryTime).substr(11, 8).c_str(), o.entryMeters / 1000);
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s %.0f km", formatUtc(o.exitTime).substr(11, 8).c_str(), o.exitMeters / 1000);
        }
        ImGui::EndTable();
    }
    ImGui::Separator();
    inspectEvent(s, t.eventId);
}

void inspectSite(ViewerState& s) {
    if (!s.sim || s.selection.index >= s.sim->reportedSites().size()) return;
    const auto& site = s.sim->reportedSites()[s.selection.index];
    ImGui::Text("%s", site.name.c_str());
    ImGui::SameLine();
    ImGui::TextColored(kColDim, "(reported site)");
    latLonRow("position", site.pos);
    field("radius", std::to_string(static_cast<int>(site.radiusMeters / 1000)) + " km");
    field("source", site.source);
    field("event", site.eventId);
    for (const auto& o : site.offsets) {
        if (o.hypothesis >= s.sim->routes().size()) continue;
        const auto& r = s.sim->routes()[o.hypothesis];
        ImGui::Bullet();
        ImGui::TextWrapped("%s route: %.0f km off track at %.0f km along%s", std::string(toString(r.kind)).c_str(),
                           o.crossTrackMeters / 1000, o.alongMeters / 1000, o.withinRadius ? " (within radius)" : "");
    }
}

} // namespace

float emptyInspectorHeight(float width) {
    const ImGuiStyle& st = ImGui::GetStyle();
    const float text = ImGui::CalcTextSize(kEmptyHint, nullptr, false, width - 2 * st.WindowPadding.x).y;
    return std::ceil(ImGui::GetFrameHeight() + 2 * st.WindowPadding.y + text + st.ItemSpacing.y + 2);
}

void drawInspectorPanel(ViewerState& s) {
    if (!s.showInspector) return;
    if (!beginPanel(s.layout, Panel::Inspector, "Inspector", &s.showInspector)) {
        ImGui::End();
        return;
    }
    switch (s.selection.kind) {
    case render::Selection::Kind::None:
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
        ImGui::TextWrapped("%s", kEmptyHint);
        ImGui::PopStyleColor();
        break;
    case render::Selection::Kind::Place: inspectPlace(s); break;
    case render::Selection::Kind::Event: inspectEvent(s, s.selection.id); break;
    case render::Selection::Kind::Track: inspectTrack(s); break;
    case render::Selection::Kind::Site: inspectSite(s); break;
    case render::Selection::Kind::Route:
        if (s.sim && s.selection.index < s.sim->routes().size()) {
            const auto& r = s.sim->routes()[s.selection.index];
            ImGui::Text("Route hypothesis (%s)%s", std::string(toString(r.kind)).c_str(), r.used ? ", used" : ", not used");
            ImGui::Text("%.0f km", r.lengthMeters() / 1000);
            std::string cs;
            for (const auto& c : r.countriesIso2) cs += (cs.empty() ? "" : " > ") + c;
            field("crosses", cs);
        }
        break;
    }
    ImGui::End();
}

} // namespace salvo::ui
