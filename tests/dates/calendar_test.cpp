// Unit tests for calendar.h: working days, roll-forward across Easter and Christmas, and a
// rulebook calendar extended with Grundlovsdag, Juleaftensdag and Nytårsaftensdag.
#include <catch2/catch.hpp>

#include "dates/calendar.h"

using namespace frist::dates;

namespace {

Date ymd(int y, unsigned m, unsigned d) {
  return from_ymd(y, m, d);
}

Calendar rulebook_calendar() {
  return Calendar(CalendarSpec{
      .annual = {{6, 5, "Grundlovsdag"}, {12, 24, "Juleaftensdag"}, {12, 31, "Nytårsaftensdag"}},
      .extra = {{ymd(2024, 11, 8), "Lukkedag"}},
  });
}

}  // namespace

TEST_CASE("weekends and holidays are closed", "[calendar]") {
  const Calendar& cal = danish_calendar();
  CHECK(cal.is_working_day(ymd(2024, 3, 27)));
  CHECK_FALSE(cal.is_working_day(ymd(2024, 3, 28)));  // Skærtorsdag
  CHECK_FALSE(cal.is_working_day(ymd(2024, 3, 30)));  // Saturday
  CHECK_FALSE(cal.is_working_day(ymd(2023, 5, 5)));   // Store bededag 2023
  CHECK(cal.is_working_day(ymd(2024, 4, 26)));        // would have been Store bededag
  CHECK(cal.is_working_day(ymd(2024, 6, 5)));         // Grundlovsdag is not built in
  CHECK(cal.is_working_day(ymd(2024, 12, 24)));
}

TEST_CASE("closure_name explains why a day is closed", "[calendar]") {
  const Calendar& cal = danish_calendar();
  CHECK(cal.closure_name(ymd(2024, 3, 29)) == "Langfredag");
  CHECK(cal.closure_name(ymd(2024, 3, 31)) == "Påskedag");  // a Sunday, but named
  CHECK(cal.closure_name(ymd(2024, 3, 30)) == "lørdag");
  CHECK(cal.closure_name(ymd(2024, 4, 7)) == "søndag");
  CHECK_FALSE(cal.closure_name(ymd(2024, 4, 2)).has_value());
}

TEST_CASE("roll_forward skips the Easter run", "[calendar]") {
  const Calendar& cal = danish_calendar();
  CHECK(cal.roll_forward(ymd(2024, 3, 28)) == ymd(2024, 4, 2));
  CHECK(cal.roll_forward(ymd(2024, 4, 2)) == ymd(2024, 4, 2));
  CHECK(cal.roll_forward(ymd(2024, 12, 25)) == ymd(2024, 12, 27));
  CHECK(cal.roll_backward(ymd(2024, 4, 1)) == ymd(2024, 3, 27));
}

TEST_CASE("add_working_days across Easter", "[calendar]") {
  const Calendar& cal = danish_calendar();
  CHECK(cal.add_working_days(ymd(2024, 3, 26), 1) == ymd(2024, 3, 27));
  CHECK(cal.add_working_days(ymd(2024, 3, 26), 2) == ymd(2024, 4, 2));
  CHECK(cal.add_working_days(ymd(2024, 3, 27), 1) == ymd(2024, 4, 2));
  CHECK(cal.add_working_days(ymd(2024, 3, 28), 0) == ymd(2024, 4, 2));
  CHECK(cal.add_working_days(ymd(2024, 4, 2), -1) == ymd(2024, 3, 27));
  CHECK(cal.add_working_days(ymd(2024, 3, 30), -2) == ymd(2024, 3, 26));
}

TEST_CASE("add_working_days across Christmas", "[calendar]") {
  const Calendar& plain = danish_calendar();
  CHECK(plain.add_working_days(ymd(2024, 12, 20), 1) == ymd(2024, 12, 23));
  CHECK(plain.add_working_days(ymd(2024, 12, 20), 2) == ymd(2024, 12, 24));
  CHECK(plain.add_working_days(ymd(2024, 12, 20), 3) == ymd(2024, 12, 27));
  CHECK(plain.add_working_days(ymd(2024, 12, 20), 5) == ymd(2024, 12, 31));
  CHECK(plain.add_working_days(ymd(2024, 12, 20), 6) == ymd(2025, 1, 2));

  const Calendar rulebook = rulebook_calendar();
  CHECK(rulebook.add_working_days(ymd(2024, 12, 20), 2) == ymd(2024, 12, 27));
  CHECK(rulebook.add_working_days(ymd(2024, 12, 20), 3) == ymd(2024, 12, 30));
  CHECK(rulebook.add_working_days(ymd(2024, 12, 20), 4) == ymd(2025, 1, 2));
  CHECK(rulebook.add_working_days(ymd(2025, 1, 2), -1) == ymd(2024, 12, 30));
}

TEST_CASE("a rulebook calendar adds its own closures", "[calendar]") {
  const Calendar cal = rulebook_calendar();
  CHECK(cal.closure_name(ymd(2024, 6, 5)) == "Grundlovsdag");
  CHECK(cal.closure_name(ymd(2024, 12, 24)) == "Juleaftensdag");
  CHECK(cal.closure_name(ymd(2024, 12, 31)) == "Nytårsaftensdag");
  CHECK(cal.closure_name(ymd(2024, 11, 8)) == "Lukkedag");
  CHECK(cal.is_working_day(ymd(2025, 11, 7)));  // the extra date is one-off
  CHECK(cal.closure_name(ymd(2024, 3, 29)) == "Langfredag");

  const std::vector<Holiday> expected = {
      {ymd(2024, 12, 24), "Juleaftensdag"},
      {ymd(2024, 12, 25), "Juledag"},
      {ymd(2024, 12, 26), "2. juledag"},
      {ymd(2024, 12, 31), "Nytårsaftensdag"},
  };
  const std::vector<Holiday> all = cal.holidays_in(2024, 2024);
  REQUIRE(all.size() == 14);
  CHECK(std::vector<Holiday>(all.end() - 4, all.end()) == expected);
}

TEST_CASE("annual closures respect their year range", "[calendar]") {
  const Calendar cal(CalendarSpec{.annual = {{6, 5, "Grundlovsdag", 2025, 2026}}});
  CHECK(cal.is_working_day(ymd(2024, 6, 5)));
  CHECK_FALSE(cal.is_working_day(ymd(2025, 6, 5)));
  CHECK_FALSE(cal.is_working_day(ymd(2026, 6, 5)));
  CHECK(cal.is_working_day(ymd(2029, 6, 5)));
}

TEST_CASE("29 February closures apply only in leap years, impossible days are rejected",
          "[calendar]") {
  const Calendar cal(CalendarSpec{.annual = {{2, 29, "Skuddag"}}});
  CHECK_FALSE(cal.is_working_day(ymd(2024, 2, 29)));
  CHECK(cal.holidays_in(2023, 2023).size() == 11);
  CHECK_THROWS_AS(Calendar(CalendarSpec{.annual = {{4, 31, "Ugyldig"}}}), std::invalid_argument);
}

TEST_CASE("built-in holidays win when closures coincide", "[calendar]") {
  const Calendar cal(
      CalendarSpec{.annual = {{12, 25, "Anden"}}, .extra = {{ymd(2024, 1, 1), "X"}}});
  CHECK(cal.closure_name(ymd(2024, 12, 25)) == "Juledag");
  CHECK(cal.closure_name(ymd(2024, 1, 1)) == "Nytårsdag");
  CHECK(cal.holidays_in(2024, 2024).size() == 10);
}

TEST_CASE("a calendar without built-in holidays closes weekends only", "[calendar]") {
  const Calendar cal(CalendarSpec{.danish_holidays = false});
  CHECK(cal.is_working_day(ymd(2024, 3, 29)));
  CHECK_FALSE(cal.is_working_day(ymd(2024, 3, 30)));
  CHECK(cal.holidays_in(2024, 2024).empty());
}

TEST_CASE("dates outside the precomputed years follow the same rules", "[calendar]") {
  const Calendar cal = rulebook_calendar();
  CHECK_FALSE(cal.is_working_day(ymd(1899, 12, 25)));  // Monday, Juledag
  CHECK(cal.closure_name(ymd(1899, 12, 25)) == "Juledag");
  CHECK_FALSE(cal.is_working_day(ymd(2201, 6, 5)));  // Grundlovsdag (a Friday)
  CHECK(cal.roll_forward(ymd(2200, 12, 31)) == ymd(2201, 1, 2));
  // Store bededag applied before 1900 too: Easter 1899 was 2 April, so 28 April.
  CHECK(cal.closure_name(ymd(1899, 4, 28)) == "Store bededag");
}

TEST_CASE("a copied calendar keeps its own names alive", "[calendar]") {
  std::optional<Calendar> original = rulebook_calendar();
  const Calendar copy = *original;
  original.reset();
  CHECK(copy.closure_name(ymd(2024, 6, 5)) == "Grundlovsdag");
}
