target_sources(salvo_core PRIVATE
  eval/Evaluate.cpp
  eval/Gold.cpp
  eval/PlaceMatch.cpp
  eval/Report.cpp
  eval/Score.cpp
  eval/ScoreEvents.cpp)
