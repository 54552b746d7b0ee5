target_sources(salvo_core PRIVATE
  eval/Gold.cpp
  eval/PlaceMatch.cpp
  eval/Score.cpp
  eval/ScoreEvents.cpp)
