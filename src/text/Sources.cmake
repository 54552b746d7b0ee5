target_sources(salvo_core PRIVATE
  text/Attribution.cpp
  text/Document.cpp
  text/Furniture.cpp
  text/Lexicon.cpp
  text/Numbers.cpp
  text/Sentences.cpp
  text/Times.cpp
  text/TimeZones.cpp)
