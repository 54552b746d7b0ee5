// Time expressions: zones, ranges, restatements, days without a year, parts of a day, anaphora, speech dates.
// Each case is a short release with a source line that fixes the dateline, and the UTC interval it must give.
#include "text/Document.hpp"

#include <catch2/catch.hpp>

using namespace salvo;
using namespace salvo::text;

namespace {

// A release dated `isoDate` whose body is `body`.
Document release(std::string_view isoDate, std::string_view body) {
    const std::string text = "Strike report\nU.S. Central Command, " + std::string(isoDate) + "\n\n" + std::string(body) + "\n";
    auto r = parseDocument(text);
    REQUIRE(r);
    return std::move(*r);
}

const TimeExpr* timeWith(const Document& d, std::string_view text) {
    for (const auto& t : d.times)
        if (t.text == text) return &t;
    return nullptr;
}

std::string iso(UtcTime t) { return formatIsoUtc(t); }

struct ZoneCase {
    const char* body;
    const char* expr;
    const char* startUtc;
    const char* endUtc;
};

} // namespace

TEST_CASE("Times: a written zone makes the interval exact", "[text]") {
    // Dateline 2017-04-06 (a Thursday); each body dates its clock time.
    const ZoneCase cases[] = {
        {"The strike began at 8:40 p.m. EDT on April 6.", "8:40 p.m. EDT on April 6", "2017-04-07T00:40:00Z", nullptr},
        {"The strike began at 8:40 p.m. EST on April 6.", "8:40 p.m. EST on April 6", "2017-04-07T01:40:00Z", nullptr},
        {"The strike began at 8 p.m. CST on April 6.", "8 p.m. CST on April 6", "2017-04-07T02:00:00Z", nullptr},
        {"The strike began at 8 p.m. PST on April 6.", "8 p.m. PST on April 6", "2017-04-07T04:00:00Z", nullptr},
        {"The wave came at 0340 GMT on April 6.", "0340 GMT on April 6", "2017-04-06T03:40:00Z", nullptr},
        {"The wave came at 03:40 UTC on April 6.", "03:40 UTC on April 6", "2017-04-06T03:40:00Z", nullptr},
        {"The wave came at 0340Z on April 6.", "0340Z on April 6", "2017-04-06T03:40:00Z", nullptr},
        {"The missile flew at 6:42 a.m. KST on April 6.", "6:42 a.m. KST on April 6", "2017-04-05T21:42:00Z", nullptr},
        {"The missile flew at 6:42 a.m. JST on April 6.", "6:42 a.m. JST on April 6", "2017-04-05T21:42:00Z", nullptr},
        {"It ended at 03:42 Moscow time on April 6.", "03:42 Moscow time on April 6", "2017-04-06T00:42:00Z", nullptr},
        {"It was posted at 11:40 am (UTC-5) on April 6.", "11:40 am (UTC-5) on April 6", "2017-04-06T16:40:00Z",
         nullptr},
        {"Sirens sounded at 2 a.m. UTC+3 on April 6.", "2 a.m. UTC+3 on April 6", "2017-04-05T23:00:00Z", nullptr},
        {"The bomb fell at 7:32 p.m. UTC+4:30 on April 6.", "7:32 p.m. UTC+4:30 on April 6", "2017-04-06T15:02:00Z",
         nullptr},
        {"The launch came at 6:42 a.m. (Korea Standard Time) time April 6.",
         "6:42 a.m. (Korea Standard Time) time April 6", "2017-04-05T21:42:00Z", nullptr},
        {"It began at 8:40 p.m. Eastern Daylight Time on April 6.", "8:40 p.m. Eastern Daylight Time on April 6",
         "2017-04-07T00:40:00Z", nullptr},
        {"It began at 8:40 p.m. Eastern time on April 6.", "8:40 p.m. Eastern time on April 6",
         "2017-04-07T00:40:00Z", nullptr}, // the tz database: EDT in April
        {"Strikes ran from 2:50 to 4:30 a.m. GMT on April 6.", "2:50 to 4:30 a.m. GMT on April 6",
         "2017-04-06T02:50:00Z", "2017-04-06T04:30:00Z"},
        {"Strikes ran between 2 and 4 p.m. EDT on April 6.", "2 and 4 p.m. EDT on April 6", "2017-04-06T18:00:00Z",
         "2017-04-06T20:00:00Z"},
        {"Drones came in the early morning hours of April 6 (Moscow time).",
         "the early morning hours of April 6 (Moscow time)", "2017-04-05T21:00:00Z", "2017-04-06T03:00:00Z"},
    };
    for (const auto& c : cases) {
        INFO(c.body);
        const auto d = release("2017-04-06", c.body);
        const auto* t = timeWith(d, c.expr);
        REQUIRE(t);
        CHECK(t->resolved);
        CHECK_FALSE(t->needsZone);
        CHECK(iso(t->interval.start) == c.startUtc);
        CHECK(iso(t->interval.end) == (c.endUtc ? c.endUtc : c.startUtc));
    }
}

TEST_CASE("Times: a civil-time name follows daylight saving through the tz database", "[text]") {
    const auto winter = release("2017-01-10", "It began at 8 p.m. Eastern time on Jan. 9.");
    const auto* w = timeWith(winter, "8 p.m. Eastern time on Jan. 9");
    REQUIRE(w);
    CHECK(iso(w->interval.start) == "2017-01-10T01:00:00Z"); // EST, UTC-5
    CHECK(w->zone == "America/New_York");
}

TEST_CASE("Times: a zone only a place can give leaves the expression to resolveInZone", "[text]") {
    SECTION("'(Sanaa time)' names the zone by its city, which is no event place") {
        const auto d = release("2023-12-16", "In the early morning hours of December 16 (Sanna time) the destroyer "
                                             "engaged 14 drones.");
        const auto* t = timeWith(d, "the early morning hours of December 16 (Sanna time)");
        REQUIRE(t);
        CHECK(t->needsZone);
        CHECK_FALSE(t->resolved);
        CHECK(t->localPlace == "Sanna");
        CHECK(d.slice(t->localPlaceStart, t->localPlaceEnd) == "Sanna");
        CHECK(t->localPlaceIsZone);
        CHECK(t->localHour == 0);
        CHECK(t->localSpanMinutes == 360);
        const auto aden = resolveInZone(*t, "Asia/Aden"); // UTC+3
        REQUIRE(aden);
        CHECK(iso(aden->start) == "2023-12-15T21:00:00Z");
        CHECK(iso(aden->end) == "2023-12-16T03:00:00Z");
        CHECK(aden->precision == TimePrecision::Hour);
        CHECK(t->interval.contains(aden->start));
        CHECK(t->interval.contains(aden->end));
    }
    SECTION("'local Somalia time' and 'local time today'") {
        const auto d = release("2017-11-15", "U.S. forces conducted an airstrike on Tuesday, Nov. 14 at approximately "
                                             "6 p.m. local Somalia time. A second came at 7:32 p.m. local time today.");
        const auto* somalia = timeWith(d, "Tuesday, Nov. 14 at approximately 6 p.m. local Somalia time");
        REQUIRE(somalia);
        CHECK(somalia->needsZone);
        CHECK(somalia->localPlace == "Somalia");
        CHECK(somalia->localPlaceIsZone);
        const auto mogadishu = resolveInZone(*somalia, "Africa/Mogadishu");
        REQUIRE(mogadishu);
        CHECK(iso(mogadishu->start) == "2017-11-14T15:00:00Z");
        const auto* today = timeWith(d, "7:32 p.m. local time today");
        REQUIRE(today);
        CHECK(today->needsZone);
        CHECK(today->localPlace.empty());
        CHECK(today->localDay == 15);
        const auto kabul = resolveInZone(*today, "Asia/Kabul"); // UTC+4:30
        REQUIRE(kabul);
        CHECK(iso(kabul->start) == "2017-11-15T15:02:00Z");
    }
    SECTION("a clock time with no zone keeps its local parts and a bound over every zone") {
        const auto d = release("2017-04-06", "The strike was conducted at about 4:40 a.m., April 7, in Syria.");
        const auto* t = timeWith(d, "4:40 a.m., April 7, in Syria");
        REQUIRE(t);
        CHECK(t->needsZone);
        CHECK_FALSE(t->localPlaceIsZone); // Syria is where it happened
        CHECK(t->localPlace == "Syria");
        CHECK(t->interval.contains(parseIsoUtc("2017-04-06T14:40:00Z").value()));
        CHECK(t->interval.contains(parseIsoUtc("2017-04-07T16:40:00Z").value()));
    }
}

TEST_CASE("Times: a clock time in parentheses restates the one before it", "[text]") {
    const auto d = release("2017-04-07", "U.S. forces struck at 8:40 p.m. EDT (4:40 a.m., April 7, in Syria) on "
                                         "April 6.");
    REQUIRE(d.times.size() >= 2);
    const TimeExpr* edt = nullptr;
    const TimeExpr* syria = nullptr;
    for (const auto& t : d.times) {
        if (t.text.starts_with("8:40")) edt = &t;
        if (t.text.starts_with("4:40")) syria = &t;
    }
    REQUIRE(edt);
    REQUIRE(syria);
    CHECK(edt->resolved);
    CHECK(syria->resolved);
    CHECK_FALSE(syria->needsZone);
    REQUIRE(syria->sameAs >= 0);
    CHECK(&d.times[static_cast<size_t>(syria->sameAs)] == edt);
    CHECK(syria->interval.start == edt->interval.start);
    CHECK(syria->localPlace == "Syria");
}

TEST_CASE("Times: a local clock time restated in GMT takes the exact instant", "[text]") {
    // 2017-04-07 is a Friday: "Saturday" is the next day.
    const auto d = release("2017-04-07", "Sirens sounded at 1:30 a.m. Saturday (2230 GMT Friday).");
    const auto* local = timeWith(d, "1:30 a.m. Saturday");
    REQUIRE(local);
    CHECK(local->localDay == 8);
    CHECK(local->resolved);
    CHECK_FALSE(local->needsZone);
    CHECK(iso(local->interval.start) == "2017-04-07T22:30:00Z");
    REQUIRE(local->sameAs >= 0);
    CHECK(d.times[static_cast<size_t>(local->sameAs)].text == "2230 GMT Friday");
}

TEST_CASE("Times: noon and midnight are clock times / a capitalised Midnight is a name", "[text]") {
    const auto d = release("2025-06-22", "Operation Midnight Hammer began yesterday shortly after midnight and ended "
                                         "at noon.");
    const auto* midnight = timeWith(d, "yesterday shortly after midnight");
    REQUIRE(midnight);
    CHECK(midnight->localDay == 21);
    CHECK(midnight->localHour == 0);
    CHECK(midnight->needsZone);
    const auto* noon = timeWith(d, "noon");
    REQUIRE(noon);
    CHECK(noon->localHour == 12);
    for (const auto& t : d.times) CHECK(t.text != "Midnight");
}

TEST_CASE("Times: '<Place> time' through the tz database, or left to the place", "[text]") {
    const auto d = release("2017-04-07", "It ended at 9 p.m. Israel time on April 6. It began at 8 p.m. Kyiv time "
                                         "on April 6.");
    const auto* israel = timeWith(d, "9 p.m. Israel time on April 6");
    REQUIRE(israel);
    CHECK(israel->resolved);
    CHECK(iso(israel->interval.start) == "2017-04-06T18:00:00Z"); // IDT, UTC+3
    CHECK(israel->localPlaceIsZone);
    const auto* kyiv = timeWith(d, "8 p.m. Kyiv time on April 6");
    REQUIRE(kyiv);
    if (kyiv->needsZone) { // this tz database spells it Kiev: the place gives the zone
        CHECK(kyiv->localPlace == "Kyiv");
        CHECK(kyiv->localPlaceIsZone);
    } else {
        CHECK(iso(kyiv->interval.start) == "2017-04-06T17:00:00Z"); // EEST, UTC+3
    }
}

TEST_CASE("Times: days without a weekday or year", "[text]") {
    SECTION("'Dec. 29' in a January release is the previous year") {
        const auto d = release("2017-01-11", "The military conducted strikes on Dec. 29 and Jan. 8.");
        const auto* dec = timeWith(d, "Dec. 29");
        REQUIRE(dec);
        CHECK(iso(dec->interval.start) == "2016-12-29T00:00:00Z");
        const auto* jan = timeWith(d, "Jan. 8");
        REQUIRE(jan);
        CHECK(iso(jan->interval.start) == "2017-01-08T00:00:00Z");
    }
    SECTION("a day stays the whole day, and a whole local day through resolveInZone") {
        const auto d = release("2023-11-09", "U.S. forces conducted a strike, Nov. 8, on a facility in Syria.");
        const auto* t = timeWith(d, "Nov. 8");
        REQUIRE(t);
        CHECK(t->resolved);
        CHECK_FALSE(t->needsZone);
        CHECK(t->interval.precision == TimePrecision::Day);
        CHECK(iso(t->interval.start) == "2023-11-08T00:00:00Z");
        CHECK(iso(t->interval.end) == "2023-11-09T00:00:00Z");
        CHECK(t->localHour == -1);
        const auto local = resolveInZone(*t, "Asia/Damascus"); // UTC+3
        REQUIRE(local);
        CHECK(iso(local->start) == "2023-11-07T21:00:00Z");
        CHECK(iso(local->end) == "2023-11-08T21:00:00Z");
        CHECK(local->precision == TimePrecision::Day);
    }
    SECTION("a date with its year anchors the yearless dates of its paragraph") {
        const auto d = release("2023-03-20", "On Dec. 30, 1990, the review began; on Jan. 2 it ended.");
        const auto* jan = timeWith(d, "Jan. 2");
        REQUIRE(jan);
        CHECK(iso(jan->interval.start) == "1991-01-02T00:00:00Z");
    }
    SECTION("'since July 14' runs to the end of the dateline day") {
        const auto d = release("2025-07-16", "Drone attacks have targeted oil fields since July 14.");
        const auto* t = timeWith(d, "since July 14");
        REQUIRE(t);
        CHECK(iso(t->interval.start) == "2025-07-14T00:00:00Z");
        CHECK(iso(t->interval.end) == "2025-07-17T00:00:00Z");
    }
}

TEST_CASE("Times: relative days and parts of a day against the dateline", "[text]") {
    // 2023-01-02 is a Monday.
    const auto d = release("2023-01-02", "Russia attacked Kyiv overnight. Sirens sounded again tonight. The city was hit "
                                         "yesterday and last Saturday, and late Wednesday. Officials met today. Odesa "
                                         "was hit last night and this morning.");
    struct Case {
        const char* expr;
        int y, m, day, hour, span; // local parts; hour -1 for a whole day
    };
    const Case cases[] = {{"overnight", 2023, 1, 1, 18, 720},   {"tonight", 2023, 1, 2, 18, 360},
                          {"yesterday", 2023, 1, 1, -1, 0},     {"last Saturday", 2022, 12, 31, -1, 0},
                          {"late Wednesday", 2022, 12, 28, 18, 360}, {"today", 2023, 1, 2, -1, 0},
                          {"last night", 2023, 1, 1, 18, 720},  {"this morning", 2023, 1, 2, 6, 360}};
    for (const auto& c : cases) {
        INFO(c.expr);
        const auto* t = timeWith(d, c.expr);
        REQUIRE(t);
        CHECK(t->relative);
        CHECK(t->localYear == c.y);
        CHECK(t->localMonth == c.m);
        CHECK(t->localDay == c.day);
        CHECK(t->localHour == c.hour);
        CHECK(t->localSpanMinutes == c.span);
        CHECK(t->needsZone == (c.hour >= 0)); // a time of day is local; a day is its UTC day
    }
    SECTION("a weekday the day after the dateline is the next day") {
        const auto w = release("2013-01-30", "The reports could not be confirmed by early Thursday.");
        const auto* t = timeWith(w, "early Thursday");
        REQUIRE(t);
        CHECK(t->localDay == 31);
        CHECK(t->localHour == 0);
    }
}

TEST_CASE("Times: a clock range after a night falls in its small hours", "[text]") {
    const auto d = release("2024-02-07", "Russia fired 64 missiles at Ukraine overnight from 2:50 to 4:30 a.m., the "
                                         "air force said.");
    const auto* t = timeWith(d, "overnight from 2:50 to 4:30 a.m.");
    REQUIRE(t);
    CHECK(t->localDay == 7); // the night opens on the 6th; 2:50 a.m. is the 7th
    CHECK(t->localHour == 2);
    CHECK(t->localMinute == 50);
    CHECK(t->localSpanMinutes == 100);
}

TEST_CASE("Times: 'That evening', 'the night before' and undated clock times refer back", "[text]") {
    SECTION("'That evening' after a stated date") {
        const auto d = release("1991-06-05", "The Army announced today the results of its review of the attack on "
                                             "February 25, 1991.\n\nThat evening a Scud missile hit a warehouse.");
        const auto* t = timeWith(d, "That evening");
        REQUIRE(t);
        CHECK(t->localYear == 1991);
        CHECK(t->localMonth == 2);
        CHECK(t->localDay == 25);
        CHECK(t->localHour == 18);
        const auto riyadh = resolveInZone(*t, "Asia/Riyadh");
        REQUIRE(riyadh);
        CHECK(iso(riyadh->start) == "1991-02-25T15:00:00Z");
        const auto* today = timeWith(d, "today");
        REQUIRE(today);
        CHECK(today->speech); // "announced today" dates the announcement, not the attack
    }
    SECTION("'the night before' counts back from the last night, not from the day it was said") {
        const auto d = release("2023-01-02", "Russia attacked Ukraine overnight, officials said Monday. The attacks "
                                             "followed a wave the night before.");
        const auto* said = timeWith(d, "Monday");
        REQUIRE(said);
        CHECK(said->speech);
        const auto* t = timeWith(d, "the night before");
        REQUIRE(t);
        CHECK(t->localMonth == 12);
        CHECK(t->localDay == 31);
        CHECK(t->localHour == 18);
        CHECK(t->localSpanMinutes == 720);
    }
    SECTION("an undated clock time takes the last event day") {
        const auto d = release("1999-03-25", "NATO air strikes began March 24.\n\nCruise missiles began striking at "
                                             "about 2 p.m. EST, Cohen said.");
        const auto* t = timeWith(d, "2 p.m. EST");
        REQUIRE(t);
        CHECK(iso(t->interval.start) == "1999-03-24T19:00:00Z");
    }
    SECTION("a relative day before 'at' dates the clock time") {
        const auto d = release("2025-06-22", "The bombers struck the site yesterday at approximately 6:40 p.m. EDT, "
                                             "Caine said.");
        const auto* t = timeWith(d, "yesterday at approximately 6:40 p.m. EDT");
        REQUIRE(t);
        CHECK(iso(t->interval.start) == "2025-06-21T22:40:00Z");
        CHECK(t->interval.precision == TimePrecision::Minute);
    }
}

TEST_CASE("Times: a range of days, and a night or an overnight on a written day", "[text]") {
    const auto d = release("2024-03-13", "Russia attacked on the night of March 9-10. Drones came on 22-23 February. "
                                         "Missiles hit Lviv overnight on March 4.");
    SECTION("the night of a range opens on its first day") {
        const auto* t = timeWith(d, "the night of March 9-10");
        REQUIRE(t);
        CHECK(t->localDay == 9);
        CHECK(t->localHour == 18);
        CHECK(t->localSpanMinutes == 720);
    }
    SECTION("a range of days without a part of the day spans all of them") {
        const auto* t = timeWith(d, "22-23 February");
        REQUIRE(t);
        REQUIRE(t->resolved);
        CHECK(iso(t->interval.start) == "2024-02-22T00:00:00Z");
        CHECK(iso(t->interval.end) == "2024-02-24T00:00:00Z");
    }
    SECTION("'overnight on March 4' is the night leading into that day, not the dateline's") {
        const auto* t = timeWith(d, "overnight on March 4");
        REQUIRE(t);
        CHECK(t->localMonth == 3);
        CHECK(t->localDay == 3);
        CHECK(t->localHour == 18);
    }
}

TEST_CASE("Times: a weekday before 'local time' is the day, and an undated clock time after it takes that day",
          "[text]") {
    // The quoted U.S. time dates Tuesday evening in EST; the local restatement after it is Wednesday in Iraq, and the
    // clock range after that falls on Wednesday too.
    const auto d = release("2020-01-08",
                           "\"At approximately 5:30 p.m. (EST) on January 7, Iran launched missiles against U.S. "
                           "forces in Iraq,\" spokesman Jonathan Hoffman said. The attack came at about 1:30 a.m. "
                           "Wednesday local time. Iraq's military said 22 missiles struck between 1:45 a.m. and "
                           "2:15 a.m.");
    const auto* wed = timeWith(d, "1:30 a.m. Wednesday local time");
    const auto* range = timeWith(d, "1:45 a.m. and 2:15 a.m.");
    REQUIRE(wed);
    REQUIRE(range);
    CHECK(wed->localDay == 8);
    CHECK(wed->needsZone); // "local time": the zone of the place the event is in
    CHECK(range->localDay == 8);
}

TEST_CASE("Times: 'before midnight' closes the day it dates", "[text]") {
    const auto d = release("2018-03-26", "The missiles were launched late Sunday, shortly before midnight.");
    const auto* m = timeWith(d, "late Sunday, shortly before midnight");
    REQUIRE(m);
    CHECK(m->localDay == 25);
    CHECK(m->localHour == 23);
    CHECK(m->localMinute == 30);
}

TEST_CASE("Times: a small-hours clock time after an overnight attack falls on the morning after", "[text]") {
    const auto d = release("2023-09-26", "Russia attacked the port city of Odesa overnight with drones. The air raid "
                                         "alert in Odesa began shortly after 1 a.m. Kyiv time and lasted three hours.");
    const auto* alert = timeWith(d, "1 a.m. Kyiv time");
    REQUIRE(alert);
    CHECK(alert->localDay == 26);
    CHECK(iso(alert->interval.start) == "2023-09-25T22:00:00Z");
}

TEST_CASE("Times: a day labelling another attack is no day for the undated clock times after it", "[text]") {
    const auto d = release("2024-02-02", "U.S. forces struck 85 targets today in retaliation for the Jan. 28 drone "
                                         "attack. The strikes began at about 4 p.m. EST.");
    const auto* clock = timeWith(d, "4 p.m. EST");
    REQUIRE(clock);
    CHECK(iso(clock->interval.start) == "2024-02-02T21:00:00Z"); // the dateline's day, not Jan. 28
}

TEST_CASE("Times: days between two events date the one after 'after', or the clause a leading phrase opens",
          "[text]") {
    const auto d = release("2022-03-13", "Missiles struck Erbil early Sunday. The attack came six days after an "
                                         "Israeli airstrike near Damascus. Three days after the strike, Iran said it "
                                         "would respond. Officials said the strike hit at 1 a.m.");
    const auto* inside = timeWith(d, "six days after");
    REQUIRE(inside);
    CHECK(inside->datesFollowing);
    CHECK(iso(inside->interval.start) == "2022-03-07T00:00:00Z"); // six days before the attack's day
    const auto* leading = timeWith(d, "Three days after");
    REQUIRE(leading);
    CHECK_FALSE(leading->datesFollowing);
    CHECK(iso(leading->interval.start) == "2022-03-16T00:00:00Z"); // three days after the last dated day
    const auto* clock = timeWith(d, "1 a.m.");
    REQUIRE(clock);
    CHECK(clock->localDay == 16); // the leading phrase dated its clause; the inside one dated nothing after it
}

TEST_CASE("Times: 'two days later' and 'three weeks earlier' count from the last day that dated an event", "[text]") {
    const auto d = release("2020-01-03", "More than 30 rockets were fired at a base near Kirkuk on December 27. Two "
                                         "days later, U.S. aircraft struck five facilities. Three weeks earlier, "
                                         "militias had fired rockets at Baghdad.");
    const auto* later = timeWith(d, "Two days later");
    REQUIRE(later);
    CHECK(iso(later->interval.start) == "2019-12-29T00:00:00Z");
    CHECK(later->interval.precision == TimePrecision::Day);
    const auto* earlier = timeWith(d, "Three weeks earlier");
    REQUIRE(earlier);
    CHECK(iso(earlier->interval.start) == "2019-12-08T00:00:00Z"); // from the 29th, the day that dated the last event
}

TEST_CASE("Times: a year on its own, last year and this year are year-long intervals", "[text]") {
    const auto d = release("2024-01-14", "North Korea conducted five launches in 2023. It fired three missiles last "
                                         "year and two earlier this year. During 1991, Iraq fired Scuds at Israel.");
    const auto* y2023 = timeWith(d, "in 2023");
    REQUIRE(y2023);
    CHECK(y2023->interval.precision == TimePrecision::Year);
    CHECK(iso(y2023->interval.start) == "2023-01-01T00:00:00Z");
    CHECK(iso(y2023->interval.end) == "2024-01-01T00:00:00Z");
    const auto* last = timeWith(d, "last year");
    REQUIRE(last);
    CHECK(iso(last->interval.start) == "2023-01-01T00:00:00Z");
    const auto* earlier = timeWith(d, "earlier this year");
    REQUIRE(earlier);
    CHECK(iso(earlier->interval.start) == "2024-01-01T00:00:00Z");
    CHECK(iso(earlier->interval.end) == "2024-01-15T00:00:00Z"); // up to the dateline's day
    const auto* during = timeWith(d, "During 1991");
    REQUIRE(during);
    CHECK(iso(during->interval.start) == "1991-01-01T00:00:00Z");
    // A year before a noun names an incident, and a count of four digits is no year.
    const auto other = release("2024-01-14", "He was wanted for the 2002 bombing of a hotel. They fired 1,000 rockets "
                                             "in 1000 attacks.");
    for (const auto& t : other.times) CHECK(t.interval.precision != TimePrecision::Year);
}

TEST_CASE("Times: an ISO date takes a year only within the years a written date may name", "[text]") {
    const auto d = release("2015-10-08", "The strike on 2015-10-07 was logged as 0454-10-08 by mistake.");
    CHECK(timeWith(d, "2015-10-07"));
    for (const auto& t : d.times) CHECK(t.text.find("0454") == std::string::npos); // found by the article fuzzer
}
