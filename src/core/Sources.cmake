target_sources(salvo_core PRIVATE
  core/Time.cpp
  core/Utf8.cpp)
