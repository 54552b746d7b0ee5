// Ledger: stated versus reported, per event and quantity — every claim with its speaker and stance, what the model
// gives for the same quantity, and the derived checks ("26 launched − 4 crashed ⇒ at most 22 arrived").
#include "ui/Panels.hpp"

namespace salvo::ui {

void drawLedgerPanel(ViewerState& s) {
    if (!s.showLedger) return;
    if (!beginPanel(s.layout, Panel::Ledger, "Ledger", &s.showLedger)) {
        ImGui::End();
        return;
    }
    if (!s.ledger) {
        ImGui::TextDisabled("No simulation yet.");
        ImGui::End();
        return;
    }
    const auto& L = *s.ledger;
    // Short columns fit their content; the two prose columns share the rest, so words wrap whole. Column widths are
    // not saved: a width saved at another window size is what cut words in two.
    if (ImGui::BeginTable("rows", 5, ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit |
                                         ImGuiTableFlags_NoSavedSettings)) {
        ImGui::TableSetupColumn("event", ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableSetupColumn("quantity", ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableSetupColumn("claims", ImGuiTableColumnFlags_WidthStretch, 1.2f);
        ImGui::TableSetupColumn("model", ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableSetupColumn("note", ImGuiTableColumnFlags_WidthStretch, 1.f);
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
                textWrappedColored(kColSpeaker, (c.speaker.empty() ? std::string("(unattributed)") : c.speaker) + ", " + c.stance);
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
