target_sources(salvo_core PRIVATE
  geodesy/Geodesic.cpp)
target_sources(salvo_core PRIVATE geodesy/Projection.cpp)
