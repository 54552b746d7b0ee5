// About: data attribution required by the sources' licences, the de facto borders disclaimer, and help.
#include "ui/Panels.hpp"

namespace salvo::ui {

void drawAboutPanel(ViewerState& s) {
    if (!s.showAbout) return;
    ImGui::SetNextWindowSize(ImVec2(520 * s.uiScale, 460 * s.uiScale), ImGuiCond_FirstUseEver);
    if (!ImGui::Begin("About Salvo", &s.showAbout)) {
        ImGui::End();
        return;
    }
    ImGui::Text("Salvo %s", SALVO_VERSION);
    ImGui::TextWrapped("Turns a news report of a missile or air strike into a geographic scenario you can replay, "
                       "inspect and question. Every object can say which sentence it came from and who said it.");
    ImGui::Separator();
    ImGui::TextUnformatted("Data");
    ImGui::BulletText("Contains GeoNames data (geonames.org), licensed CC-BY.");
    ImGui::BulletText("Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com.");
    ImGui::BulletText("Label font: DejaVu Sans (see assets/fonts/DejaVu-LICENSE).");
    ImGui::TextWrapped("Borders are Natural Earth's de facto borders: they show who controls an area on the ground "
                       "(for example Northern Cyprus is drawn separately, and there is no Kurdistan Region polygon), "
                       "not a position on disputed claims.");
    ImGui::TextWrapped("Flights are modelled as WGS84 geodesics at a constant mean speed: a stated assumption, not a "
                       "flight model. Estimates are marked as such in the Inspector and Assumptions panels.");
    ImGui::Separator();
    ImGui::TextUnformatted("Help");
    ImGui::BulletText("Map: drag to pan, mouse wheel to zoom at the cursor, F to fit the scenario, click to select.");
    ImGui::BulletText("Time: Space play/pause, Left/Right step, Shift+Left/Right previous/next event, Home/End.");
    ImGui::BulletText("File > Open takes an article (.txt) or a scenario (.json); Ctrl+S saves the scenario with your "
                      "overrides; F12 writes a PNG screenshot.");
    ImGui::BulletText("Drag-and-drop of files is not available: SFML 2.5 has no drop events. Use File > Open.");
    ImGui::BulletText("The panel layout is kept in $XDG_CONFIG_HOME/salvo/imgui.ini (or ~/.config/salvo).");
    ImGui::End();
}

} // namespace salvo::ui
