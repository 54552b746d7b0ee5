target_sources(salvo_tests PRIVATE
  scenario/Scenario.test.cpp)
