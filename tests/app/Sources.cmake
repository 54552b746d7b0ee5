target_sources(salvo_tests PRIVATE
  app/BadInput.test.cpp
  app/BadOutput.test.cpp
  app/FuzzRegressions.test.cpp
  app/GeoStream.test.cpp)
