target_sources(salvo_view_tests PRIVATE
  ui/Layout.test.cpp
  ui/Viewer.test.cpp
  ui/ViewerState.test.cpp)
