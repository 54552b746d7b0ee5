target_sources(salvo_core PRIVATE
  sim/Munitions.cpp
  sim/Route.cpp
  sim/Simulation.cpp
  sim/Ensemble.cpp
  sim/Ledger.cpp)
