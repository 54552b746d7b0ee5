target_sources(salvo_view PRIVATE
  render/BaseMap.cpp
  render/FrameRenderer.cpp
  render/Labels.cpp
  render/MapRenderer.cpp
  render/MapView.cpp
  render/Resources.cpp
  render/ScenarioLayer.cpp
  render/VideoWriter.cpp)
