target_sources(salvo_tests PRIVATE
  io/Catalogue.test.cpp
  io/Export.test.cpp
  io/ExportCzml.test.cpp
  io/ExportGeoJson.test.cpp
  io/ExportGpkg.test.cpp
  io/ExportKml.test.cpp
  io/InputLoader.test.cpp)
