// Unit tests for duration.h and weeks.h: calendar-month clamping and legal week counting,
// with every expected date written out literally.
#include <catch2/catch.hpp>

#include "dates/duration.h"
#include "dates/weeks.h"

using namespace frist::dates;

namespace {
Date ymd(int y, unsigned m, unsigned d) {
  return from_ymd(y, m, d);
}
}  // namespace

TEST_CASE("duration constructors use calendar units", "[duration]") {
  CHECK(days(3) == Duration{0, 3});
  CHECK(weeks(2) == Duration{0, 14});
  CHECK(months(5) == Duration{5, 0});
  CHECK(years(2) == Duration{24, 0});
  CHECK(months(1) + days(1) == Duration{1, 1});
}

TEST_CASE("adding months clamps to the end of the month", "[duration]") {
  CHECK(add(ymd(2023, 1, 31), months(1)) == ymd(2023, 2, 28));
  CHECK(add(ymd(2024, 1, 31), months(1)) == ymd(2024, 2, 29));
  CHECK(add(ymd(2024, 2, 29), years(1)) == ymd(2025, 2, 28));
  CHECK(add(ymd(2024, 2, 29), years(4)) == ymd(2028, 2, 29));
  CHECK(add(ymd(2023, 8, 31), months(6)) == ymd(2024, 2, 29));
  CHECK(add(ymd(2023, 3, 31), months(1)) == ymd(2023, 4, 30));
  CHECK(add(ymd(2023, 11, 15), months(2)) == ymd(2024, 1, 15));
  CHECK(add(ymd(2023, 1, 15), months(-1)) == ymd(2022, 12, 15));
  CHECK(add_months(ymd(2023, 5, 31), 13) == ymd(2024, 6, 30));
}

TEST_CASE("add applies months before days", "[duration]") {
  CHECK(add(ymd(2023, 1, 31), months(1) + days(1)) == ymd(2023, 3, 1));
  CHECK(add(ymd(2024, 1, 31), months(1) + days(1)) == ymd(2024, 3, 1));
  CHECK(add(ymd(2024, 12, 20), days(14)) == ymd(2025, 1, 3));
}

TEST_CASE("subtract clamps months then goes back days", "[duration]") {
  CHECK(subtract(ymd(2023, 3, 31), months(1)) == ymd(2023, 2, 28));
  CHECK(subtract(ymd(2024, 3, 31), months(1)) == ymd(2024, 2, 29));
  CHECK(subtract(ymd(2025, 2, 28), years(1)) == ymd(2024, 2, 28));
  CHECK(subtract(ymd(2024, 1, 10), months(1) + days(10)) == ymd(2023, 11, 30));
  CHECK(subtract(ymd(2024, 3, 1), days(1)) == ymd(2024, 2, 29));
}

TEST_CASE("'at the latest 4 weeks after D' is D + 28", "[weeks]") {
  CHECK(add(ymd(2019, 3, 4), weeks(4)) == ymd(2019, 4, 1));
}

TEST_CASE("legal weeks count the start day as day 1 of week 1", "[weeks]") {
  const Date d = ymd(2019, 3, 4);
  CHECK(end_of_week(d, 1) == ymd(2019, 3, 10));
  CHECK(start_of_week(d, 1) == d);
  CHECK(end_of_week(d, 8) == ymd(2019, 4, 28));
  CHECK(start_of_week(d, 8) == ymd(2019, 4, 22));
  CHECK(end_of_week(d, 12) == ymd(2019, 5, 26));
  CHECK(end_of_week(d, 8) - d == 55);
}
