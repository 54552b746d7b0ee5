target_sources(salvo_core PRIVATE
  extract/Claims.cpp
  extract/Context.cpp
  extract/EventActors.cpp
  extract/EventClauses.cpp
  extract/EventRoles.cpp
  extract/Events.cpp
  extract/Extractor.cpp
  extract/Lexicon.cpp
  extract/Sha256.cpp
  extract/Toponyms.cpp)
