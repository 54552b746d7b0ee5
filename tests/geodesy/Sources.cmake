target_sources(salvo_tests PRIVATE
  geodesy/Geodesic.test.cpp)
