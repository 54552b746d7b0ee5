target_sources(salvo_tests PRIVATE
  io/Catalogue.test.cpp
  io/Export.test.cpp
  io/InputLoader.test.cpp)
