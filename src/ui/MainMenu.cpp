// The menu bar and the File > Open / Save As dialog. There is no native file dialog in SFML, and SFML 2.5 has no
// drag-and-drop events: paths are typed or picked from the listing of a directory (the About panel says so).
#include "ui/Panels.hpp"

#include <imgui_stdlib.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <system_error>

namespace salvo::ui {

namespace {
std::string g_dialogPath;     // the path being typed in the Open / Save As dialog
bool g_saveAs = false;        // the dialog saves instead of opening

// "salvo-20151007-005000.png" (or .mp4) in the working directory: local time, so names sort in the order taken.
std::filesystem::path timestampedName(const char* extension) {
    const std::time_t now = std::time(nullptr);
    char buf[64];
    std::strftime(buf, sizeof buf, "salvo-%Y%m%d-%H%M%S", std::localtime(&now));
    return std::filesystem::current_path() / (std::string(buf) + extension);
}
} // namespace

void textWrappedColored(const ImVec4& colour, const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::TextWrapped("%s", text.c_str());
    ImGui::PopStyleColor();
}

void requestSave(ViewerState& s) {
    if (!s.scenarioPath.empty()) {
        s.saveRequested = s.scenarioPath;
        return;
    }
    s.showOpen = true;
    g_saveAs = true;
    g_dialogPath = (std::filesystem::current_path() / "scenario.json").string();
}

void drawMainMenu(ViewerState& s) {
    if (!ImGui::BeginMainMenuBar()) return;
    if (ImGui::BeginMenu("File")) {
        if (ImGui::MenuItem("Open article or scenario...", "Ctrl+O", false, static_cast<bool>(s.loader))) {
            s.showOpen = true;
            g_saveAs = false;
        }
        // Without a path yet (an article was opened), Save asks for one like Save As.
        if (ImGui::MenuItem("Save scenario", "Ctrl+S")) requestSave(s);
        if (ImGui::MenuItem("Save scenario as...")) {
            s.showOpen = true;
            g_saveAs = true;
            g_dialogPath = s.scenarioPath.empty() ? (std::filesystem::current_path() / "scenario.json").string()
                                                  : s.scenarioPath.string();
        }
        if (ImGui::MenuItem("Screenshot (PNG)", "F12")) s.screenshotRequested = timestampedName(".png");
        if (ImGui::MenuItem("Export video (MP4)")) s.videoRequested = timestampedName(".mp4");
        ImGui::Separator();
        if (ImGui::MenuItem("Quit", "Ctrl+Q")) s.quitRequested = true;
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("View")) {
        ImGui::MenuItem("Timeline", nullptr, &s.showTimeline);
        ImGui::MenuItem("Article", nullptr, &s.showArticle);
        ImGui::MenuItem("Inspector", nullptr, &s.showInspector);
        ImGui::MenuItem("Ledger", nullptr, &s.showLedger);
        ImGui::MenuItem("Assumptions", nullptr, &s.showAssumptions);
        ImGui::MenuItem("Layers", nullptr, &s.showLayers);
        ImGui::MenuItem("Problems", nullptr, &s.showProblems);
        ImGui::Separator();
        ImGui::MenuItem("Legend", nullptr, &s.layers.legend);
        if (ImGui::MenuItem("Fit to scenario", "F")) s.fitTo = BBox{};
        if (ImGui::MenuItem("Reset layout")) {
            s.layout.reset();
            s.status = "Layout reset: panels follow the window again";
        }
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Help")) {
        ImGui::MenuItem("About and data sources", nullptr, &s.showAbout);
        ImGui::EndMenu();
    }
    ImGui::Separator();
    ImGui::TextDisabled("%s%s", s.scenario.source.title.empty() ? "(untitled)" : s.scenario.source.title.c_str(),
                        s.dirty ? "  [modified]" : "");
    if (!s.status.empty()) {
        ImGui::Separator();
        ImGui::TextUnformatted(s.status.c_str());
    }
    ImGui::EndMainMenuBar();
}

void drawOpenDialog(ViewerState& s) {
    if (!s.showOpen) return;
    // Centred and inside the window whatever its size (a saved position from a larger screen is not used).
    const ImVec2 d = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowSize(ImVec2(std::min(560 * s.uiScale, 0.9f * d.x), std::min(420 * s.uiScale, 0.8f * d.y)),
                             ImGuiCond_Appearing);
    ImGui::SetNextWindowPos(ImVec2(0.5f * d.x, 0.5f * d.y), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (!ImGui::Begin(g_saveAs ? "Save scenario as###file" : "Open article or scenario###file", &s.showOpen)) {
        ImGui::End();
        return;
    }
    if (!s.showOpen) s.quitAfterSave = false; // closed without saving: the quit it was for is off
    if (g_dialogPath.empty()) g_dialogPath = std::filesystem::current_path().string() + "/";
    ImGui::TextWrapped("Type a path or pick a file. (Drag-and-drop is not available: SFML 2.5 has no drop events.)");
    ImGui::SetNextItemWidth(-90 * s.uiScale);
    const bool enter = ImGui::InputText("##path", &g_dialogPath, ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::SameLine();
    if (ImGui::Button(g_saveAs ? "Save" : "Open") || enter) {
        if (g_saveAs) s.saveRequested = g_dialogPath;
        else s.openRequested = g_dialogPath;
        s.showOpen = false;
    }
    std::filesystem::path dir = g_dialogPath;
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) dir = dir.parent_path();
    if (dir.empty()) dir = ".";
    ImGui::BeginChild("listing", ImVec2(0, 0), true);
    if (ImGui::Selectable("..")) g_dialogPath = std::filesystem::absolute(dir, ec).parent_path().string() + "/";
    std::vector<std::filesystem::directory_entry> entries;
    for (auto it = std::filesystem::directory_iterator(dir, ec); !ec && it != std::filesystem::directory_iterator();
         it.increment(ec))
        entries.push_back(*it);
    std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.path() < b.path(); });
    for (const auto& e : entries) {
        const auto name = e.path().filename().string();
        if (name.empty() || name[0] == '.') continue;
        const bool isDir = e.is_directory(ec);
        const auto ext = e.path().extension().string();
        if (!isDir && ext != ".txt" && ext != ".json") continue;
        if (ImGui::Selectable((isDir ? name + "/" : name).c_str(), false, ImGuiSelectableFlags_AllowDoubleClick)) {
            g_dialogPath = e.path().string() + (isDir ? "/" : "");
            if (!isDir && ImGui::IsMouseDoubleClicked(0)) {
                if (g_saveAs) s.saveRequested = e.path();
                else s.openRequested = e.path();
                s.showOpen = false;
            }
        }
    }
    ImGui::EndChild();
    ImGui::End();
}

void drawQuitDialog(ViewerState& s) {
    constexpr const char* kTitle = "Unsaved changes";
    if (s.showQuitConfirm && !ImGui::IsPopupOpen(kTitle)) ImGui::OpenPopup(kTitle);
    const ImVec2 d = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowPos(ImVec2(0.5f * d.x, 0.5f * d.y), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(440 * s.uiScale, 0.9f * d.x), 0), ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal(kTitle, nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
    ImGui::TextWrapped("The scenario has overrides or assumption edits that are not saved. Save them before quitting?");
    ImGui::Spacing();
    const auto close = [&] {
        s.showQuitConfirm = false;
        ImGui::CloseCurrentPopup();
    };
    if (ImGui::Button(s.scenarioPath.empty() ? "Save as..." : "Save and quit")) {
        s.quitAfterSave = true;
        requestSave(s);
        close();
    }
    ImGui::SameLine();
    if (ImGui::Button("Quit without saving")) {
        s.quitConfirmed = true;
        close();
    }
    ImGui::SameLine();
    if (ImGui::Button("Cancel") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) close();
    ImGui::EndPopup();
}

} // namespace salvo::ui
