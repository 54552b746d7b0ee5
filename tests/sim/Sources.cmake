target_sources(salvo_tests PRIVATE
  sim/Ensemble.test.cpp
  sim/Ledger.test.cpp
  sim/Munitions.test.cpp
  sim/Route.test.cpp
  sim/Simulation.test.cpp)
