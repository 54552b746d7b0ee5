target_sources(salvo_core PRIVATE
  geodesy/Geodesic.cpp)
