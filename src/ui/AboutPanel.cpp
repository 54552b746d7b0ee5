// About: data attribution required by the sources' licences, the de facto borders disclaimer, and help.
#include "ui/Panels.hpp"

#include <algorithm>

namespace salvo::ui {

namespace {
// A bullet whose text wraps at word boundaries (BulletText does not wrap).
void bullet(const char* text) {
    ImGui::Bullet();
    ImGui::TextWrapped("%s", text);
}
} // namespace

void drawAboutPanel(ViewerState& s) {
    if (!s.showAbout) return;
    // Centred and inside the window whatever its size; a saved position from a larger screen is not used.
    const ImVec2 d = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowSize(ImVec2(std::min(540 * s.uiScale, 0.9f * d.x), std::min(520 * s.uiScale, 0.85f * d.y)),
                             ImGuiCond_Appearing);
    ImGui::SetNextWindowPos(ImVec2(0.5f * d.x, 0.5f * d.y), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (!ImGui::Begin("About Salvo", &s.showAbout)) {
        ImGui::End();
        return;
    }
    ImGui::Text("Salvo %s", SALVO_VERSION);
    ImGui::TextWrapped("Turns a news report of a missile or air strike into a geographic scenario you can replay, "
                       "inspect and question. Every object can say which sentence it came from and who said it.");
    ImGui::Separator();
    ImGui::TextUnformatted("Data");
    bullet("Contains GeoNames data (geonames.org), licensed CC-BY.");
    bullet("Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com.");
    bullet("Airports and air bases from OurAirports (ourairports.com), public domain.");
    bullet("Label font: DejaVu Sans (see assets/fonts/DejaVu-LICENSE).");
    ImGui::TextWrapped("Borders are Natural Earth's de facto borders: they show who controls an area on the ground "
                       "(for example Northern Cyprus is drawn separately, and there is no Kurdistan Region polygon), "
                       "not a position on disputed claims.");
    ImGui::TextWrapped("Flights are modelled as WGS84 geodesics at a constant mean speed: a stated assumption, not a "
                       "flight model. Estimates are marked as such in the Inspector and Assumptions panels.");
    ImGui::Separator();
    ImGui::TextUnformatted("Help");
    bullet("Map: drag to pan, mouse wheel to zoom at the cursor, F to fit the scenario, click to select.");
    bullet("Time: Space play/pause, Left/Right step, Shift+Left/Right previous/next event, Home/End.");
    bullet("File > Open takes an article (.txt) or a scenario (.json); Ctrl+S saves the scenario with your "
                      "overrides; F12 writes a PNG screenshot; File > Export video writes the whole span as an MP4 "
                      "in the working directory.");
    bullet("Drag-and-drop of files is not available: SFML 2.5 has no drop events. Use File > Open.");
    bullet("Panels follow the window until you move or resize one; View > Reset layout puts them all back. The "
           "layout is kept in $XDG_CONFIG_HOME/salvo/imgui.ini (or ~/.config/salvo).");
    bullet("Ctrl+Q quits; with unsaved overrides or assumptions it asks first.");
    ImGui::End();
}

} // namespace salvo::ui
