target_sources(salvo_core PRIVATE
  io/AtlasCache.cpp
  io/AtlasLoader.cpp
  io/DataDir.cpp
  io/InputLoader.cpp
  io/Files.cpp)
target_sources(salvo_core PRIVATE
  io/Catalogue.cpp)
target_sources(salvo_core PRIVATE
  io/Export.cpp
  io/ExportCommon.cpp
  io/ExportCzml.cpp
  io/ExportGeoJson.cpp
  io/ExportGpkg.cpp
  io/ExportGpkgStyle.cpp
  io/ExportKml.cpp)
