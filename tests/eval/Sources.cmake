target_sources(salvo_tests PRIVATE
  eval/Evaluate.test.cpp
  eval/Gold.test.cpp
  eval/PlaceMatch.test.cpp
  eval/Report.test.cpp
  eval/Score.test.cpp)
