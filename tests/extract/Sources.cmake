target_sources(salvo_tests PRIVATE
  extract/Extractor.test.cpp)
