#pragma once
// The viewer's panels, one file each (TimelinePanel.cpp, ArticlePanel.cpp, ...). Each draws one ImGui window from
// ViewerState and leaves its edits and requests there; none touches the window, the map or files directly.
#include "ui/ViewerState.hpp"

#include <imgui.h>

namespace salvo::ui {

// Height of the Inspector when nothing is selected (its hint, wrapped at `width`), pixels: the layout keeps it compact.
float emptyInspectorHeight(float width);

void drawMainMenu(ViewerState& s);
void drawOpenDialog(ViewerState& s);
void drawTimelinePanel(ViewerState& s);
void drawArticlePanel(ViewerState& s);
void drawInspectorPanel(ViewerState& s);
void drawLedgerPanel(ViewerState& s);
void drawAssumptionsPanel(ViewerState& s);
void drawLayersPanel(ViewerState& s);
void drawProblemsPanel(ViewerState& s);
void drawAboutPanel(ViewerState& s);
// The "unsaved changes" modal that a quit with `dirty` opens (MainMenu.cpp).
void drawQuitDialog(ViewerState& s);
// Ctrl+S and File > Save: to the scenario's path, or through the Save As dialog when it has none.
void requestSave(ViewerState& s);

// [assumptions] A button that adds an assumption for the first launch event (AssumptionsPanel.cpp).
struct AddButton {
    const char* label;
    const char* key;            // "munition.speed_mps", ...
    nlohmann::json fallback;    // the value when the last run used none for this key
    const char* unit;
};
// What the last run used for key and event (an assumption of the scenario, or the catalogue's value).
std::optional<scenario::Assumption> usedAssumption(const ViewerState& s, const std::string& key,
                                                   const std::string& appliesTo);
// Adds the assumption starting from the value the last run used, so that adding it changes nothing by itself.
void addAssumption(ViewerState& s, const AddButton& b, const std::string& eventId);

// Moves the clock to the previous (dir < 0) or next key instant / event start (TimelinePanel.cpp).
void stepToEvent(ViewerState& s, int dir);
std::vector<double> stepTimes(const ViewerState& s);

// Coloured text that wraps at word boundaries at the right edge of the window or table cell.
void textWrappedColored(const ImVec4& colour, const std::string& text);

// Colours shared by panels (match the map's palette).
inline const ImVec4 kColPlace{0.35f, 0.85f, 0.95f, 1};
inline const ImVec4 kColNumber{1.0f, 0.72f, 0.30f, 1};
inline const ImVec4 kColTime{0.55f, 0.90f, 0.45f, 1};
inline const ImVec4 kColSpeaker{0.80f, 0.62f, 1.0f, 1};
inline const ImVec4 kColDim{0.60f, 0.63f, 0.68f, 1};
inline const ImVec4 kColWarn{1.0f, 0.75f, 0.25f, 1};
inline const ImVec4 kColError{1.0f, 0.40f, 0.35f, 1};
inline const ImVec4 kColOk{0.45f, 0.90f, 0.50f, 1};

} // namespace salvo::ui
