target_sources(salvo_view_tests PRIVATE
  ui/Viewer.test.cpp
  ui/ViewerState.test.cpp)
