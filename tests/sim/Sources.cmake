target_sources(salvo_tests PRIVATE
  sim/DefaultOrigins.test.cpp
  sim/Ensemble.test.cpp
  sim/LaunchAreas.test.cpp
  sim/Ledger.test.cpp
  sim/Munitions.test.cpp
  sim/Route.test.cpp
  sim/RouteClaims.test.cpp
  sim/Simulation.test.cpp)
