target_sources(salvo_tests PRIVATE
  extract/Events.test.cpp
  extract/Extractor.test.cpp
  extract/Places.test.cpp)
