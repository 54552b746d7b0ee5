target_sources(salvo_view PRIVATE)
