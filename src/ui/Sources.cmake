target_sources(salvo_view PRIVATE
  ui/AboutPanel.cpp
  ui/ArticlePanel.cpp
  ui/AssumptionsPanel.cpp
  ui/ImGuiSfml.cpp
  ui/InspectorPanel.cpp
  ui/LayersPanel.cpp
  ui/Layout.cpp
  ui/LedgerPanel.cpp
  ui/MainMenu.cpp
  ui/ProblemsPanel.cpp
  ui/TimelinePanel.cpp
  ui/Viewer.cpp
  ui/ViewerState.cpp)
