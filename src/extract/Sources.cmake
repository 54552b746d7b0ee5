target_sources(salvo_core PRIVATE)
