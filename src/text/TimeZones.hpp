#pragma once
// TimeZones: the zone vocabulary of news text and local-to-UTC conversion. Internal to the text module; the scanner
// in Times.cpp decides where a zone is written, this file says what offset or tz database zone a written name means.
//   detail::fixedZoneOffset("edt")      -> -240 (minutes east of UTC)
//   detail::localToUtc("Asia/Seoul", 2017, 4, 5, 6 * 60 + 42) -> 2017-04-04T21:42Z
// Model: an abbreviation with one defined offset (EDT is UTC-4 wherever it is used) is fixed; a region's civil time
// ("ET", "Eastern time", "Moscow time") goes through the tz database so that historical and seasonal offsets are
// right. Ambiguous abbreviations (IST India/Israel/Ireland, AST Arabia/Atlantic, CST as China time) are left out.
#include "core/Time.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace salvo::text::detail {

// Minutes east of UTC for a lower-case abbreviation with one defined offset ("utc", "gmt", "z", "edt", "kst" ...).
std::optional<int> fixedZoneOffset(std::string_view lowerAbbrev);

// The tz database zone of a civil-time word or abbreviation ("et", "eastern", "pt", "pacific", "msk"), or empty.
std::string_view civilZone(std::string_view lowerWord);

// Standard-time offset, in minutes east of UTC, of a region named before "Standard Time" / "Daylight Time" / "Time"
// ("korea", "japan", "eastern", "central european", "arabia"), lower case, words separated by one space.
std::optional<int> regionStandardOffset(std::string_view lowerRegion);

// The tz database zone whose city is `name` ("Moscow" -> "Europe/Moscow", "New York" -> "America/New_York"), or
// empty; case-insensitive. The table is built from the tz database on first use.
std::string zoneForCity(std::string_view name);

// A numeric offset written after "UTC" or "GMT" at text[pos]: "+3", "-5", "+4:30", "-05:00", "+0530", " +3"
// (one optional space). Returns minutes east of UTC and sets `end` to the offset's last character + 1.
std::optional<int> parseNumericOffset(std::string_view text, size_t pos, size_t& end);

// Local wall time (a date plus minutes after its midnight, which may exceed 24 h) in a named zone to UTC; nullopt
// when the zone is unknown or the date invalid. A wall time skipped or repeated by a clock change takes the earliest.
std::optional<UtcTime> localToUtc(std::string_view ianaZone, int year, int month, int day, int minutes);

} // namespace salvo::text::detail
