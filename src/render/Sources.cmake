target_sources(salvo_view PRIVATE render/Placeholder.cpp)
