target_sources(salvo_tests PRIVATE
  core/Time.test.cpp
  core/Utf8.test.cpp)
