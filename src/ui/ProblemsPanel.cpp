// Problems: every diagnostic in one list — what extraction could not settle (saved in the scenario), what the last
// simulation run reported, and viewer failures (open, save, screenshot) — with severity, code and where.
#include "ui/Panels.hpp"

namespace salvo::ui {

namespace {
void list(const char* origin, const Diagnostics& ds) {
    for (const auto& d : ds) {
        const ImVec4 col = d.severity == Severity::Error ? kColError : d.severity == Severity::Warning ? kColWarn : kColDim;
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextColored(col, "%s", d.severity == Severity::Error ? "error" : d.severity == Severity::Warning ? "warning" : "note");
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(origin);
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", d.message.c_str());
        ImGui::TableNextColumn();
        ImGui::TextColored(kColDim, "%s %s", d.code.c_str(), d.where.c_str());
    }
}
} // namespace

void drawProblemsPanel(ViewerState& s) {
    const size_t n = s.scenario.diagnostics.size() + s.simDiagnostics.size() + s.uiDiagnostics.size();
    if (!s.showProblems) return;
    placePanel(0.28f, 0.55f, 0.44f, 0.28f);
    char title[64];
    std::snprintf(title, sizeof title, "Problems (%zu)###Problems", n);
    if (!ImGui::Begin(title, &s.showProblems)) {
        ImGui::End();
        return;
    }
    if (n == 0) ImGui::TextDisabled("No problems.");
    if (n && ImGui::BeginTable("diags", 4, ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn("severity", ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableSetupColumn("from", ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableSetupColumn("message", ImGuiTableColumnFlags_WidthStretch, 3.f);
        ImGui::TableSetupColumn("code / where");
        ImGui::TableHeadersRow();
        list("extract", s.scenario.diagnostics);
        list("simulate", s.simDiagnostics);
        list("viewer", s.uiDiagnostics);
        ImGui::EndTable();
    }
    if (!s.uiDiagnostics.empty() && ImGui::Button("Clear viewer messages")) s.uiDiagnostics.clear();
    ImGui::End();
}

} // namespace salvo::ui
