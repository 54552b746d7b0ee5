target_sources(salvo PRIVATE
  app/Commands.cpp
  app/Context.cpp
  app/GeoCommands.cpp
  app/main.cpp)
