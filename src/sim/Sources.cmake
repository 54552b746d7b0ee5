target_sources(salvo_core PRIVATE
  sim/Munitions.cpp
  sim/LaunchAreas.cpp
  sim/DefaultOrigins.cpp
  sim/Route.cpp
  sim/RouteClaims.cpp
  sim/Simulation.cpp
  sim/Ensemble.cpp
  sim/Ledger.cpp
  sim/Outcomes.cpp)
