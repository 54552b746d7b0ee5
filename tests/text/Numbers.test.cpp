// Number expressions: what is a count, and what only looks like one.
#include "text/Document.hpp"

#include <catch2/catch.hpp>

using namespace salvo;
using namespace salvo::text;

namespace {

Document parse(std::string_view body) {
    auto r = parseDocument("Strike report\nU.S. Central Command, 2017-01-11\n\n" + std::string(body) + "\n");
    REQUIRE(r);
    return std::move(*r);
}

std::vector<double> values(const Document& d) {
    std::vector<double> v;
    for (const auto& n : d.numbers) v.push_back(n.value);
    return v;
}

} // namespace

TEST_CASE("Numbers: digits in URLs, e-mail addresses, phone and release numbers are never counts", "[text]") {
    const auto d = parse("The military fired 59 missiles. Details are at https://www.defense.gov/News/Releases/Release/"
                         "Article/1144601/ and www.centcom.mil/MEDIA/2017. Call (703) 697-5131 or +1 703 571 3343, or "
                         "write to press2017@centcom.mil. Release No. 17-010 and Release Number 275 follow.");
    CHECK(values(d) == std::vector<double>{59});
    SECTION("a URL is one token and ends no sentence") {
        const int s = d.sentenceAt(d.text.find("defense.gov"));
        REQUIRE(s >= 0);
        const auto& sn = d.sentences[static_cast<size_t>(s)];
        CHECK(d.slice(sn.start, sn.end).ends_with("www.centcom.mil/MEDIA/2017."));
        bool whole = false;
        for (const auto& t : d.tokens)
            whole = whole || (d.tokenText(t) == "https://www.defense.gov/News/Releases/Release/Article/1144601/" &&
                              t.kind == TokenKind::Symbol);
        CHECK(whole);
    }
}

TEST_CASE("Numbers: the unit is a noun, never a verb", "[text]") {
    const auto d = parse("On Dec. 29, one strike killed two AQAP operatives. One focused on Patriot operations. The "
                         "Mount Whitney joins 24 other ships.");
    REQUIRE(d.numbers.size() == 3);
    CHECK(d.numbers[0].value == 1);
    CHECK(d.numbers[0].unit == "strike");
    CHECK(d.numbers[1].value == 2);
    CHECK(d.numbers[1].unit == "operative");
    CHECK(d.numbers[2].value == 24);
    CHECK(d.numbers[2].unit == "ship");
}

TEST_CASE("Numbers: a range is at most its upper end, read once", "[text]") {
    const auto d = parse("It is unclear whether one or two strikes occurred. Militants fired 20 to 30 rockets. It "
                         "happened 2 or 3 days ago, and Flight 17 to Paris was not hit.");
    REQUIRE(d.numbers.size() >= 3);
    CHECK(d.numbers[0].value == 2);
    CHECK(d.numbers[0].op == "<=");
    CHECK(d.numbers[0].unit == "strike");
    CHECK(d.slice(d.numbers[0].start, d.numbers[0].end) == "one or two strikes");
    CHECK(d.numbers[1].value == 30);
    CHECK(d.numbers[1].op == "<=");
    CHECK(d.numbers[1].unit == "rocket");
    CHECK(d.numbers[2].value == 3);
    CHECK(d.numbers[2].op == "<=");
    for (const auto& n : d.numbers) CHECK(n.value != 20); // the lower end is no count of its own
}
