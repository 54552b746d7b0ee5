target_sources(salvo_tests PRIVATE)
target_sources(salvo_tests PRIVATE
  io/Export.test.cpp)
