// Problems: every diagnostic in one list — what extraction could not settle (saved in the scenario), what the last
// simulation run reported, and viewer failures (open, save, screenshot) — with severity, code and where.
#include "ui/Panels.hpp"

namespace salvo::ui {

namespace {
// One entry per diagnostic, as a list rather than a table: in a narrow panel a table cut codes and paths off.
// Heading line: severity, origin and code; below, indented, the message and where, wrapped at word boundaries.
void list(const char* origin, const Diagnostics& ds) {
    for (const auto& d : ds) {
        const ImVec4 col = d.severity == Severity::Error ? kColError : d.severity == Severity::Warning ? kColWarn : kColDim;
        ImGui::TextColored(col, "%s", d.severity == Severity::Error ? "error" : d.severity == Severity::Warning ? "warning" : "note");
        ImGui::SameLine();
        textWrappedColored(kColDim, std::string(origin) + "  " + d.code);
        ImGui::Indent();
        ImGui::TextWrapped("%s", d.message.c_str());
        if (!d.where.empty()) textWrappedColored(kColDim, "at " + d.where);
        ImGui::Unindent();
        ImGui::Separator();
    }
}
} // namespace

void drawProblemsPanel(ViewerState& s) {
    const size_t n = s.scenario.diagnostics.size() + s.simDiagnostics.size() + s.uiDiagnostics.size();
    if (!s.showProblems) return;
    char title[64];
    std::snprintf(title, sizeof title, "Problems (%zu)###Problems", n);
    if (!beginPanel(s.layout, Panel::Problems, title, &s.showProblems)) {
        ImGui::End();
        return;
    }
    if (n == 0) ImGui::TextDisabled("No problems.");
    list("extract", s.scenario.diagnostics);
    list("simulate", s.simDiagnostics);
    list("viewer", s.uiDiagnostics);
    if (!s.uiDiagnostics.empty() && ImGui::Button("Clear viewer messages")) s.uiDiagnostics.clear();
    ImGui::End();
}

} // namespace salvo::ui
