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
  io/ExportCzml.cpp
  io/ExportGpkg.cpp
  io/ExportKml.cpp)
