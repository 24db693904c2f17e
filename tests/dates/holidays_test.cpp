// Unit tests for holidays.h: Easter Sunday against a published table and the complete Danish
// holiday lists for 2023 (with Store bededag) and 2024 (without), all written out literally.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "dates/holidays.h"

using namespace frist::dates;

namespace {

using Listing = std::vector<std::pair<std::string, std::string>>;

Listing listing(const std::vector<Holiday>& holidays) {
  Listing out;
  for (const Holiday& h : holidays) out.emplace_back(format_iso(h.date), std::string(h.name));
  return out;
}

}  // namespace

TEST_CASE("Easter Sunday matches the published table", "[holidays]") {
  const std::pair<int, const char*> known[] = {
      {1818, "1818-03-22"}, {1900, "1900-04-15"}, {1943, "1943-04-25"}, {2000, "2000-04-23"},
      {2008, "2008-03-23"}, {2019, "2019-04-21"}, {2023, "2023-04-09"}, {2024, "2024-03-31"},
      {2025, "2025-04-20"}, {2038, "2038-04-25"}, {2100, "2100-03-28"}, {2200, "2200-04-06"},
      {2285, "2285-03-22"},
  };
  for (const auto& [year, date] : known) {
    INFO(year);
    CHECK(format_iso(easter_sunday(year)) == date);
  }
}

TEST_CASE("Danish holidays 2023 include Store bededag", "[holidays]") {
  const Listing expected = {
      {"2023-01-01", "Nytårsdag"},
      {"2023-04-06", "Skærtorsdag"},
      {"2023-04-07", "Langfredag"},
      {"2023-04-09", "Påskedag"},
      {"2023-04-10", "2. påskedag"},
      {"2023-05-05", "Store bededag"},
      {"2023-05-18", "Kristi himmelfartsdag"},
      {"2023-05-28", "Pinsedag"},
      {"2023-05-29", "2. pinsedag"},
      {"2023-12-25", "Juledag"},
      {"2023-12-26", "2. juledag"},
  };
  CHECK(listing(danish_public_holidays(2023)) == expected);
}

TEST_CASE("Danish holidays 2024 no longer include Store bededag", "[holidays]") {
  const Listing expected = {
      {"2024-01-01", "Nytårsdag"},   {"2024-03-28", "Skærtorsdag"},
      {"2024-03-29", "Langfredag"},  {"2024-03-31", "Påskedag"},
      {"2024-04-01", "2. påskedag"}, {"2024-05-09", "Kristi himmelfartsdag"},
      {"2024-05-19", "Pinsedag"},    {"2024-05-20", "2. pinsedag"},
      {"2024-12-25", "Juledag"},     {"2024-12-26", "2. juledag"},
  };
  CHECK(listing(danish_public_holidays(2024)) == expected);
}

TEST_CASE("customary closing days are not built in", "[holidays]") {
  const auto holidays = listing(danish_public_holidays(2024));
  for (const char* date : {"2024-06-05", "2024-12-24", "2024-12-31"}) {
    INFO(date);
    CHECK(std::none_of(holidays.begin(), holidays.end(),
                       [&](const auto& h) { return h.first == date; }));
  }
}

TEST_CASE("danish_holiday_days is the sorted flat table for 1900..2200", "[holidays]") {
  const std::vector<int32_t>& days = danish_holiday_days();
  // 11 holidays a year in 1900–2023 (124 years), 10 in 2024–2200 (177 years); no two of them
  // can coincide because Easter-based days fall between 19 March and 14 June.
  CHECK(days.size() == 124 * 11 + 177 * 10);
  CHECK(std::is_sorted(days.begin(), days.end()));
  CHECK(std::adjacent_find(days.begin(), days.end()) == days.end());
  CHECK(days.front() == from_ymd(1900, 1, 1).day);
  CHECK(days.back() == from_ymd(2200, 12, 26).day);
  CHECK(&days == &danish_holiday_days());
}
