target_sources(salvo_core PRIVATE
  scenario/Scenario.cpp)
