target_sources(salvo PRIVATE
  app/Bench.cpp
  app/Commands.cpp
  app/Context.cpp
  app/EvalCommand.cpp
  app/GeoCommands.cpp
  app/Messages.cpp
  app/ScenarioCommands.cpp
  app/Signals.cpp
  app/ViewCommands.cpp
  app/main.cpp)
