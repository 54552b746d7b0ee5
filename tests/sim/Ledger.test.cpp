#include "sim/Simulation.hpp"

#include "extract/Extractor.hpp"
#include "io/InputLoader.hpp"
#include "sim/SimTestSupport.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

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

namespace {
scenario::Claim claim(std::string id, std::string event, std::string quantity, double value, std::string unit,
                      int sentence, std::string speaker = "the ministry") {
    scenario::Claim c;
    c.id = std::move(id);
    c.event = std::move(event);
    c.quantity = std::move(quantity);
    c.value = value;
    c.unit = std::move(unit);
    c.sentence = sentence;
    c.speaker = std::move(speaker);
    return c;
}

scenario::Event event(std::string id, std::string kind, std::optional<int> count) {
    scenario::Event e;
    e.id = std::move(id);
    e.kind = std::move(kind);
    e.count = count;
    return e;
}

size_t countChecks(const sim::Ledger& l, const std::string& code) {
    return static_cast<size_t>(
        std::count_if(l.checks.begin(), l.checks.end(), [&](const sim::LedgerCheck& c) { return c.code == code; }));
}
} // namespace

TEST_CASE("Ledger: a breakdown is checked against its total, never flagged as a conflict", "[sim]") {
    scenario::Scenario sc;
    sc.events.push_back(event("e1", "launch", 60));
    const sim::Simulation none;
    SECTION("per-ship figures told one by one add up to the total (30 + 7 + 23 of 60)") {
        sc.claims = {claim("c1", "e1", "launched", 60, "missile", 0), claim("c2", "e1", "launched", 30, "missile", 1),
                     claim("c3", "e1", "launched", 7, "missile", 2), claim("c4", "e1", "launched", 23, "missile", 3)};
        const auto l = sim::buildLedger(sc, none);
        CHECK(countChecks(l, "claim.conflict") == 0);
        REQUIRE(findCheck(l, "breakdown.sum"));
        CHECK(findCheck(l, "breakdown.sum")->verdict == sim::CheckVerdict::Consistent);
        CHECK(findCheck(l, "breakdown.sum")->message.find("7 + 23 + 30 = 60 missiles") != std::string::npos);
    }
    SECTION("a list in one sentence is one figure, its sum, held against the total stated elsewhere") {
        sc.claims = {claim("c1", "e1", "targets", 5, "facility", 0), claim("c2", "e1", "targets", 3, "facility", 1),
                     claim("c3", "e1", "targets", 2, "facility", 1)};
        const auto l = sim::buildLedger(sc, none);
        CHECK(countChecks(l, "claim.conflict") == 0);
        REQUIRE(findCheck(l, "breakdown.sum"));
        CHECK(findCheck(l, "breakdown.sum")->verdict == sim::CheckVerdict::Consistent);
        CHECK(findCheck(l, "breakdown.sum")->message.find("3 + 2 = 5") != std::string::npos);
    }
    SECTION("two totals that differ still conflict") {
        sc.claims = {claim("c1", "e1", "launched", 60, "missile", 0),
                     claim("c2", "e1", "launched", 40, "missile", 4, "a U.S. official")};
        const auto l = sim::buildLedger(sc, none);
        REQUIRE(findCheck(l, "claim.conflict"));
        CHECK(findCheck(l, "claim.conflict")->message.find("60 missiles") != std::string::npos);
    }
    SECTION("a denial alone, with no report in the ledger to stand against, is no conflict") {
        auto c = claim("c1", "e1", "aircraft", 1, "plane", 0, "NATO officials");
        c.stance = "denied";
        sc.claims = {c};
        CHECK(countChecks(sim::buildLedger(sc, none), "claim.conflict") == 0);
    }
    SECTION("figures tied to no event are never compared: nothing says they are one incident") {
        sc.claims = {claim("c1", "", "casualties", 20, "person", 0), claim("c2", "", "casualties", 2, "person", 5)};
        CHECK(countChecks(sim::buildLedger(sc, none), "claim.conflict") == 0);
    }
}

TEST_CASE("Ledger: events in words, with plurals", "[sim]") {
    scenario::Scenario sc;
    scenario::Place sea;
    sea.id = "p1";
    sea.name = "Caspian Sea";
    sea.kind = "sea";
    scenario::Place syria;
    syria.id = "p2";
    syria.name = "Syria";
    syria.kind = "country";
    sc.places = {sea, syria};
    auto launch = event("e1", "launch", 26);
    launch.munition = "cruise missile";
    launch.from = "p1";
    launch.to = {"p2"};
    launch.time = scenario::EventTime{};
    launch.time->start = *parseIsoUtc("2015-10-07T00:00:00Z");
    launch.time->end = *parseIsoUtc("2015-10-08T00:00:00Z");
    launch.time->precision = TimePrecision::Day;
    CHECK(sim::describeEvent(sc, launch) == "launch of 26 cruise missiles from the Caspian Sea at Syria, 7 Oct 2015");
    launch.count = 1;
    launch.time->end = *parseIsoUtc("2015-10-09T00:00:00Z");
    CHECK(sim::describeEvent(sc, launch) == "launch of 1 cruise missile from the Caspian Sea at Syria, 7–8 Oct 2015");
    auto strike = event("e2", "strike", 2);
    strike.to = {"p2"};
    CHECK(sim::describeEvent(sc, strike) == "2 strikes on Syria");
}

namespace {
const io::InputDefaults& inputDefaults() {
    static const io::InputDefaults d = io::loadInputDefaults(dataDir());
    return d;
}
} // namespace

TEST_CASE("Ledger: the sample's outcomes sit in the ledger with their speakers", "[sim]") {
    const auto in = io::loadInput(dataDir() / "samples" / "voa-2015-10-08-russian-missiles-crash-in-iran.txt",
                                  realAtlas(), inputDefaults());
    const auto sim = sim::simulate(in.scenario, realAtlas(), options(), nullptr);
    const auto l = sim::buildLedger(in.scenario, sim);
    const auto has = [&](const std::string& outcome, const std::string& speaker) {
        return std::any_of(l.outcomes.begin(), l.outcomes.end(), [&](const sim::LedgerOutcome& o) {
            return o.statement.outcome == outcome && o.statement.speaker.find(speaker) != std::string::npos;
        });
    };
    CHECK(has("crashed", "U.S"));
    CHECK(has("destroyed", "Russian officials"));
    CHECK(has("no casualties", "Russian officials"));
    CHECK(has("no information on damage", "official"));
    const auto destroyed = std::find_if(l.outcomes.begin(), l.outcomes.end(),
                                        [](const sim::LedgerOutcome& o) { return o.statement.outcome == "destroyed"; });
    REQUIRE(destroyed != l.outcomes.end());
    CHECK(destroyed->statement.object == "11 Islamic State targets");
    CHECK(destroyed->eventText == "launch of 26 cruise missiles from the Caspian Sea at Syria, 7 Oct 2015");
    REQUIRE(findCheck(l, "destroyed.vs_arrived"));
    CHECK(findCheck(l, "destroyed.vs_arrived")->message.find("at most 22") != std::string::npos);
    const auto text = sim::formatLedger(l, sim::LedgerFormat::Text);
    CHECK(text.find("no information on damage") != std::string::npos);
    CHECK(text.find("route.hypothesis") == std::string::npos); // codes stay in JSON; the text says it in words
    CHECK(text.find("route to Syria") != std::string::npos);
    CHECK(text.find("satisfies 4 crashed in Iran") != std::string::npos);
}

// Regression for the corpus (issue 11): per-strike lists ("seven oil refinement stills" near Abu Kamal, "two" near
// Dayr Az Zawr) were compared as one figure, a list of facilities was flagged as a conflict with itself.
TEST_CASE("Ledger: on every corpus report, no 1970 replay, no conflict across incidents or in a list, every crash "
          "and intercept an outcome", "[sim]") {
    size_t reports = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dataDir() / "tests" / "corpus")) {
        if (entry.path().extension() != ".txt") continue;
        ++reports;
        INFO(entry.path().filename().string());
        const auto in = io::loadInput(entry.path(), realAtlas(), inputDefaults());
        const auto sim = sim::simulate(in.scenario, realAtlas(), options(), nullptr);
        for (const auto& t : sim.tracks()) CHECK(t.launchTime.unixSeconds >= 365 * 86400.0); // not 1970
        const auto l = sim::buildLedger(in.scenario, sim);
        for (const auto& c : l.checks) {
            if (c.code != "claim.conflict") continue;
            CHECK_FALSE(c.eventId.empty());
            for (const auto& id : c.claimIds)
                for (const auto& cl : in.scenario.claims)
                    if (cl.id == id) CHECK(cl.event == c.eventId);
        }
        for (const auto& e : in.scenario.events) {
            if (e.kind != "crash" && e.kind != "intercept") continue;
            CHECK(std::any_of(l.outcomes.begin(), l.outcomes.end(),
                              [&](const sim::LedgerOutcome& o) { return o.statement.eventId == e.id; }));
        }
        if (entry.path().filename().string().rfind("09_", 0) == 0) {
            CHECK_FALSE(findCheck(l, "claim.conflict"));
            REQUIRE(findCheck(l, "breakdown.sum"));
            CHECK(findCheck(l, "breakdown.sum")->message.find("3 + 2 = 5") != std::string::npos);
        }
    }
    CHECK(reports == 20);
}

TEST_CASE("Ledger: a launch known only to its day is shown as that day's window", "[sim]") {
    const auto sc = fixture("caspian-2015.json");
    const auto sim = sim::simulate(sc, realAtlas(), options(), nullptr);
    REQUIRE(sim.tracks().at(0).launchTimeApproximate);
    const auto ledger = sim::buildLedger(sc, sim); // kept: the check found points into it
    const auto* summary = findCheck(ledger, "model.summary");
    REQUIRE(summary);
    const auto& w = sim.tracks()[0].launchWindow;
    CHECK(w.end - w.start >= 86399.0); // the fixture writes its day as 00:00:00 .. 23:59:59
    CHECK(summary->message.find("between " + formatIsoUtc(w.start) + " and " + formatIsoUtc(w.end)) !=
          std::string::npos);
}

TEST_CASE("Ledger: an impact dated only by its launch's telling states no arrival time, one told apart is checked",
          "[sim]") {
    auto sc = fixture("caspian-2015.json");
    // The launch told to the minute; its impact carries that very time (the text gave the impact none of its own).
    auto& launch = sc.events.at(0);
    launch.time = scenario::EventTime{utcFromParts(2015, 10, 7, 8, 30), utcFromParts(2015, 10, 7, 8, 30),
                                      TimePrecision::Minute, "at 8:30 a.m."};
    sc.events.erase(sc.events.begin() + 1); // no crash: every track arrives
    scenario::Event impact;
    impact.id = "impact-1";
    impact.kind = "strike";
    impact.munition = launch.munition;
    impact.to = launch.to;
    impact.related = launch.id;
    impact.time = launch.time;
    sc.events.push_back(impact);
    const auto carriedSim = sim::simulate(sc, realAtlas(), options(), nullptr);
    const auto carried = sim::buildLedger(sc, carriedSim);
    for (const auto& c : carried.checks) CHECK(c.code != "time.vs_model");
    // A time stated for the impact itself, the launch's minute, is checked against the modelled arrivals (the flight
    // takes over an hour), and found inconsistent.
    sc.events.back().time->text = "the missiles struck at 8:30 a.m.";
    const auto statedSim = sim::simulate(sc, realAtlas(), options(), nullptr);
    const auto stated = sim::buildLedger(sc, statedSim);
    const auto* check = findCheck(stated, "time.vs_model");
    REQUIRE(check);
    CHECK(check->eventId == "impact-1");
    CHECK(check->verdict == sim::CheckVerdict::Inconsistent);
}

TEST_CASE("Ledger: 'All 21 were shot down' after launches told together per munition bounds them together",
          "[sim]") {
    const std::string text = "Houthi attack\n\nby Test Desk January 12, 2024\n\nOn Jan. 9 the group launched 18 one-way "
                             "attack drones, two anti-ship cruise missiles and one anti-ship ballistic missile from "
                             "Houthi-controlled areas of Yemen toward the southern Red Sea. All 21 were shot down by "
                             "F/A-18s and the destroyers USS Gravely and USS Mason.\n";
    auto doc = text::parseDocument(text);
    REQUIRE(doc.ok());
    const auto sc = extract::extractScenario(*doc, realAtlas());
    const auto sim = sim::simulate(sc, realAtlas(), options(), nullptr);
    const auto ledger = sim::buildLedger(sc, sim);
    const auto* bound = findCheck(ledger, "arrived.upper_bound");
    REQUIRE(bound);
    // 18 + 2 + 1 launched, 21 intercepted: none arrived, never "at most -3".
    CHECK(bound->message.find("21 launched") != std::string::npos);
    CHECK(bound->message.find("21 intercepted") != std::string::npos);
    CHECK(bound->message.find("at most 0 arrived") != std::string::npos);
}
