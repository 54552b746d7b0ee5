#include "sim/Simulation.hpp"

#include "sim/SimTestSupport.hpp"

#include <catch2/catch.hpp>

using namespace salvo;
using namespace salvo::testsupport;

namespace {
const sim::LedgerCheck* findCheck(const sim::Ledger& l, const std::string& code) {
    for (const auto& c : l.checks)
        if (c.code == code) return &c;
    return nullptr;
}
} // namespace

TEST_CASE("Ledger: 26 launched and 4 crashed means at most 22 arrived", "[sim]") {
    const auto sc = fixture("caspian-2015.json");
    const auto sim = sim::simulate(sc, realAtlas(), options(), nullptr);
    const auto ledger = sim::buildLedger(sc, sim);

    const auto* bound = findCheck(ledger, "arrived.upper_bound");
    REQUIRE(bound);
    CHECK(bound->message.find("at most 22 arrived") != std::string::npos);
    CHECK(bound->message.find("26 launched") != std::string::npos);

    SECTION("the crash report and its denial sit side by side as a conflict") {
        const auto* conflict = findCheck(ledger, "claim.conflict");
        REQUIRE(conflict);
        CHECK(conflict->verdict == sim::CheckVerdict::Inconsistent);
        CHECK(conflict->message.find("US officials") != std::string::npos);
        CHECK(conflict->message.find("denied") != std::string::npos);
    }
    SECTION("the stated 1,500 km is set against the modelled route lengths") {
        const auto* dist = findCheck(ledger, "distance.vs_route");
        REQUIRE(dist);
        CHECK(dist->message.find("1500 km") != std::string::npos);
        CHECK(dist->message.find("direct") != std::string::npos);
        CHECK(dist->verdict == sim::CheckVerdict::Inconsistent); // every modelled route is well under 1,350 km
    }
    SECTION("rows keep every claim with its speaker and stance") {
        bool found = false;
        for (const auto& r : ledger.rows)
            if (r.eventId == "crash-1" && r.quantity == "crashed") {
                found = true;
                REQUIRE(r.claims.size() == 2);
                CHECK(r.claims[0].speaker == "US officials");
                CHECK(r.claims[1].stance == "denied");
                REQUIRE(r.modelled);
                CHECK(*r.modelled == 4);
            }
        CHECK(found);
    }
    SECTION("all three formats carry the derived check") {
        CHECK(sim::formatLedger(ledger, sim::LedgerFormat::Text).find("at most 22 arrived") != std::string::npos);
        const auto md = sim::formatLedger(ledger, sim::LedgerFormat::Markdown);
        CHECK(md.find("| launch-1 | arrived.upper_bound |") != std::string::npos);
        const auto j = nlohmann::json::parse(sim::formatLedger(ledger, sim::LedgerFormat::Json));
        CHECK(j["schema"] == "salvo.ledger/1");
        bool inJson = false;
        for (const auto& c : j["checks"])
            inJson |= c["code"] == "arrived.upper_bound" && c["message"].get<std::string>().find("22") != std::string::npos;
        CHECK(inJson);
    }
}

TEST_CASE("Ledger: a claim that all 59 reached conflicts with a claim that only 23 did", "[sim]") {
    const auto sc = fixture("shayrat-2017.json");
    const auto sim = sim::simulate(sc, realAtlas(), options(), nullptr);
    const auto ledger = sim::buildLedger(sc, sim);
    const auto* conflict = findCheck(ledger, "claim.conflict");
    REQUIRE(conflict);
    CHECK(conflict->message.find("23") != std::string::npos);
    CHECK(conflict->message.find("59") != std::string::npos);
    CHECK_FALSE(findCheck(ledger, "arrived.upper_bound")); // no crash event: no bound to derive
}
