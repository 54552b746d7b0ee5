// Ledger: stated versus reported, per event and quantity — every claim with its speaker and stance, what the model
// gives for the same quantity, and the derived checks ("26 launched − 4 crashed ⇒ at most 22 arrived").
#include "ui/Panels.hpp"

namespace salvo::ui {

void drawLedgerPanel(ViewerState& s) {
    if (!s.showLedger) return;
    placePanel(0.45f, 0.45f, 0.55f, 0.38f);
    if (!ImGui::Begin("Ledger", &s.showLedger)) {
        ImGui::End();
        return;
    }
    if (!s.ledger) {
        ImGui::TextDisabled("No simulation yet.");
        ImGui::End();
        return;
    }
    const auto& L = *s.ledger;
    if (ImGui::BeginTable("rows", 5, ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp |
                                         ImGuiTableFlags_Resizable)) {
        ImGui::TableSetupColumn("event");
        ImGui::TableSetupColumn("quantity");
        ImGui::TableSetupColumn("claims (value, speaker, stance)");
        ImGui::TableSetupColumn("model");
        ImGui::TableSetupColumn("note");
        ImGui::TableHeadersRow();
        for (size_t i = 0; i < L.rows.size(); ++i) {
            const auto& r = L.rows[i];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::PushID(static_cast<int>(i));
            if (ImGui::Selectable(r.eventId.empty() ? "-" : r.eventId.c_str(),
                                  s.selection.kind == render::Selection::Kind::Event && s.selection.id == r.eventId) &&
                !r.eventId.empty())
                s.selectEvent(r.eventId);
            ImGui::PopID();
            ImGui::TableNextColumn();
            ImGui::Text("%s", r.quantity.c_str());
            ImGui::TableNextColumn();
            for (const auto& c : r.claims) {
                ImGui::TextColored(kColNumber, "%s%g %s", c.op == "=" ? "" : c.op.c_str(), c.value, c.unit.c_str());
                ImGui::SameLine();
                ImGui::TextColored(kColSpeaker, "%s", c.speaker.empty() ? "(unattributed)" : c.speaker.c_str());
                ImGui::SameLine();
                ImGui::TextColored(kColDim, "%s", c.stance.c_str());
                if (ImGui::IsItemHovered() && !c.text.empty()) ImGui::SetTooltip("\"%s\" (sentence %d)", c.text.c_str(), c.sentence);
            }
            ImGui::TableNextColumn();
            if (r.modelled) ImGui::Text("%g", *r.modelled);
            else ImGui::TextDisabled("-");
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s", r.modelledNote.c_str());
        }
        ImGui::EndTable();
    }
    ImGui::Spacing();
    ImGui::TextUnformatted("Checks");
    for (const auto& c : L.checks) {
        const ImVec4 col = c.verdict == sim::CheckVerdict::Consistent ? kColOk
                           : c.verdict == sim::CheckVerdict::Inconsistent ? kColError : kColDim;
        ImGui::TextColored(col, "%s", std::string(toString(c.verdict)).c_str());
        ImGui::SameLine();
        ImGui::TextWrapped("%s", c.message.c_str());
    }
    ImGui::End();
}

} // namespace salvo::ui
