target_sources(salvo PRIVATE app/main.cpp)
