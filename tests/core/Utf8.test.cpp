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

TEST_CASE("Utf8: asciiLower lowers A-Z only, every byte value, at every offset of its 8-byte steps", "[core]") {
    // The bytes 0..255 twice, shifted by one so that each value falls in both the word-wide part and the tail.
    std::string all;
    for (int round = 0; round < 2; ++round)
        for (int b = 0; b < 256; ++b) all.push_back(static_cast<char>(b));
    for (size_t shift = 0; shift < 9; ++shift) {
        const std::string in = all.substr(shift);
        const std::string out = asciiLower(in);
        REQUIRE(out.size() == in.size());
        for (size_t i = 0; i < in.size(); ++i) {
            const char c = in[i];
            const char want = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
            CHECK(out[i] == want);
        }
    }
    CHECK(asciiLower("TAMPA, Fla. – Ḩamāh") == "tampa, fla. – Ḩamāh");
}
