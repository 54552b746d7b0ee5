target_sources(salvo_core PRIVATE
  atlas/Atlas.cpp
  atlas/AtlasImage.cpp
  atlas/NameIndex.cpp
  atlas/PolygonIndex.cpp)
