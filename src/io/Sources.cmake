target_sources(salvo_core PRIVATE io/AtlasLoader.cpp io/DataDir.cpp io/Files.cpp)
