// Unit tests for holiday_listing.h: the exact text `frist holidays` prints, and its range
// validation.
#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>
#include <string>

#include "dates/holiday_listing.h"

using namespace frist::dates;

TEST_CASE("the listing for 2024 is exact", "[listing]") {
  std::ostringstream out;
  write_holiday_listing(out, 2024, 2024);
  CHECK(out.str() ==
        "2024-01-01\tNytårsdag\n"
        "2024-03-28\tSkærtorsdag\n"
        "2024-03-29\tLangfredag\n"
        "2024-03-31\tPåskedag\n"
        "2024-04-01\t2. påskedag\n"
        "2024-05-09\tKristi himmelfartsdag\n"
        "2024-05-19\tPinsedag\n"
        "2024-05-20\t2. pinsedag\n"
        "2024-12-25\tJuledag\n"
        "2024-12-26\t2. juledag\n");
}

TEST_CASE("the listing uses the given calendar", "[listing]") {
  const Calendar cal(CalendarSpec{.annual = {{6, 5, "Grundlovsdag"}, {12, 31, "Nytårsaftensdag"}}});
  std::ostringstream out;
  write_holiday_listing(out, 2023, 2023, cal);
  CHECK(out.str() ==
        "2023-01-01\tNytårsdag\n"
        "2023-04-06\tSkærtorsdag\n"
        "2023-04-07\tLangfredag\n"
        "2023-04-09\tPåskedag\n"
        "2023-04-10\t2. påskedag\n"
        "2023-05-05\tStore bededag\n"
        "2023-05-18\tKristi himmelfartsdag\n"
        "2023-05-28\tPinsedag\n"
        "2023-05-29\t2. pinsedag\n"
        "2023-06-05\tGrundlovsdag\n"
        "2023-12-25\tJuledag\n"
        "2023-12-26\t2. juledag\n"
        "2023-12-31\tNytårsaftensdag\n");
}

TEST_CASE("the full 1900..2200 listing", "[listing]") {
  std::ostringstream out;
  write_holiday_listing(out, 1900, 2200);
  const std::string text = out.str();
  // 11 a year for 1900–2023 (124 years), 10 a year for 2024–2200 (177 years); none coincide.
  CHECK(std::count(text.begin(), text.end(), '\n') == 3134);
  CHECK(text.rfind("1900-01-01\tNytårsdag\n", 0) == 0);
  for (const char* line :
       {"\n1900-04-13\tLangfredag\n", "\n1943-04-25\tPåskedag\n", "\n2023-05-05\tStore bededag\n",
        "\n2100-03-28\tPåskedag\n", "\n2200-04-06\tPåskedag\n", "\n2200-12-26\t2. juledag\n"}) {
    INFO(line);
    CHECK(text.find(line) != std::string::npos);
  }
  CHECK(text.find("2024-04-26") == std::string::npos);
  CHECK(text.find("\t\n") == std::string::npos);
}

TEST_CASE("listing ranges are validated", "[listing]") {
  CHECK_FALSE(validate_listing_range(1900, 2200).has_value());
  CHECK_FALSE(validate_listing_range(2024, 2024).has_value());
  CHECK(validate_listing_range(1899, 2000).has_value());
  CHECK(validate_listing_range(2000, 2201).has_value());
  CHECK(validate_listing_range(2025, 2024) == "first year 2025 is after last year 2024");
  std::ostringstream out;
  CHECK_THROWS_AS(write_holiday_listing(out, 2025, 2024), std::invalid_argument);
  CHECK(out.str().empty());
}
