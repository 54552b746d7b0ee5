#include "core/Utf8.hpp"

#include <catch2/catch.hpp>

using namespace salvo;

TEST_CASE("Utf8: validation reports the offset of the first bad byte", "[core]") {
    CHECK_FALSE(findInvalidUtf8("Ḩamāh and Bayjī"));
    CHECK(findInvalidUtf8(std::string("ab\xC0\xAF", 4)) == size_t{2});          // overlong '/'
    CHECK(findInvalidUtf8(std::string("abc\xED\xA0\x80", 6)) == size_t{3});     // surrogate
    CHECK(findInvalidUtf8(std::string("x\xF4\x90\x80\x80", 5)) == size_t{1});   // past U+10FFFF
    CHECK(findInvalidUtf8(std::string("tail\xE2\x82", 6)) == size_t{4});        // truncated
}

TEST_CASE("Utf8: fold keys drop diacritics, case and punctuation", "[core]") {
    CHECK(foldKey("Ḩamāh") == "hamah");
    CHECK(foldKey("Bayjī") == "bayji");
    CHECK(foldKey("Dayr az-Zawr") == "dayr az zawr");
    CHECK(foldKey("  Sana'a ") == "sanaa");
    CHECK(foldKey("Washington, D.C.") == "washington d c");
    CHECK(foldKey("Ẕalʿ") == "zal");
    CHECK(foldKey("Москва Moscow") == "moscow");
}
