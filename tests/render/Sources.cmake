target_sources(salvo_view_tests PRIVATE
  render/FrameRenderer.test.cpp
  render/VideoWriter.test.cpp)
# The video tests decode what VideoWriter wrote, through the same FFmpeg libraries.
target_link_libraries(salvo_view_tests PRIVATE PkgConfig::FFMPEG)
