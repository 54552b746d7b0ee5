target_sources(salvo_tests PRIVATE)
