target_sources(salvo_core PRIVATE
  extract/Claims.cpp
  extract/Context.cpp
  extract/Events.cpp
  extract/Extractor.cpp
  extract/Lexicon.cpp
  extract/Sha256.cpp
  extract/Toponyms.cpp)
