target_sources(salvo_tests PRIVATE
  atlas/Atlas.test.cpp
  atlas/AtlasImage.test.cpp
  atlas/CountryAgreement.test.cpp)
