target_sources(salvo_tests PRIVATE
  text/Attribution.test.cpp
  text/Document.test.cpp
  text/Furniture.test.cpp
  text/Numbers.test.cpp
  text/Times.test.cpp)
