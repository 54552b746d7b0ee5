target_sources(salvo_view_tests PRIVATE
  render/FrameRenderer.test.cpp)
