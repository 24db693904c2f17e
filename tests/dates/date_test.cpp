// Unit tests for date.h: conversions, strict ISO parsing and weekdays, checked against dates
// written out literally (never derived from the code under test).
#include <catch2/catch.hpp>

#include "dates/date.h"

using namespace frist::dates;

TEST_CASE("from_ymd counts days from 1970-01-01", "[date]") {
  CHECK(from_ymd(1970, 1, 1).day == 0);
  CHECK(from_ymd(1970, 1, 2).day == 1);
  CHECK(from_ymd(1969, 12, 31).day == -1);
  CHECK(from_ymd(2000, 3, 1).day == 11017);
  CHECK(from_ymd(1900, 1, 1).day == -25567);
}

TEST_CASE("to_ymd inverts from_ymd", "[date]") {
  CHECK(to_ymd(Date{0}) == Ymd{1970, 1, 1});
  CHECK(to_ymd(Date{11017}) == Ymd{2000, 3, 1});
  CHECK(to_ymd(Date{11016}) == Ymd{2000, 2, 29});
}

TEST_CASE("from_ymd rejects impossible dates", "[date]") {
  CHECK_THROWS_AS(from_ymd(2023, 2, 29), std::invalid_argument);
  CHECK_THROWS_AS(from_ymd(2023, 4, 31), std::invalid_argument);
  CHECK_THROWS_AS(from_ymd(2023, 13, 1), std::invalid_argument);
  CHECK_THROWS_AS(from_ymd(2023, 0, 1), std::invalid_argument);
}

TEST_CASE("is_valid_ymd follows the Gregorian leap-year rules", "[date]") {
  CHECK(is_valid_ymd(2024, 2, 29));
  CHECK(is_valid_ymd(2000, 2, 29));
  CHECK_FALSE(is_valid_ymd(1900, 2, 29));
  CHECK_FALSE(is_valid_ymd(2100, 2, 29));
  CHECK_FALSE(is_valid_ymd(2023, 2, 29));
  CHECK_FALSE(is_valid_ymd(2023, 6, 31));
  CHECK_FALSE(is_valid_ymd(2023, 1, 0));
  CHECK_FALSE(is_valid_ymd(2023, 1, 32));
  CHECK(days_in_month(2024, 2) == 29);
  CHECK(days_in_month(2023, 2) == 28);
  CHECK(days_in_month(2023, 12) == 31);
}

TEST_CASE("parse_iso accepts strict YYYY-MM-DD", "[date]") {
  CHECK(parse_iso("2024-02-29") == from_ymd(2024, 2, 29));
  CHECK(parse_iso("1000-01-01") == from_ymd(1000, 1, 1));
  CHECK(parse_iso("9999-12-31") == from_ymd(9999, 12, 31));
  CHECK(parse_iso("1970-01-01") == Date{0});
}

TEST_CASE("parse_iso rejects everything else", "[date]") {
  for (const char* text :
       {"2023-02-29", "2023-13-01", "2023-00-10", "2023-04-31", "2023-04-00", "2023-04-01 ",
        " 2023-04-01", "2023-04-01x", "2023-4-01", "2023-04-1", "20230401", "2023/04/01",
        "0999-12-31", "+023-04-01", "2023-+4-01", "2023-04--1", "", "abcd-ef-gh", "12023-04-01"}) {
    INFO(text);
    CHECK_FALSE(parse_iso(text).has_value());
  }
}

TEST_CASE("format_iso zero-pads", "[date]") {
  CHECK(format_iso(from_ymd(2024, 3, 5)) == "2024-03-05");
  CHECK(format_iso(Date{0}) == "1970-01-01");
  CHECK(format_iso(from_ymd(1900, 12, 31)) == "1900-12-31");
}

TEST_CASE("weekday is ISO numbered", "[date]") {
  CHECK(weekday(from_ymd(1970, 1, 1)) == 4);   // Thursday
  CHECK(weekday(from_ymd(1900, 1, 1)) == 1);   // Monday
  CHECK(weekday(from_ymd(2000, 1, 1)) == 6);   // Saturday
  CHECK(weekday(from_ymd(2024, 2, 29)) == 4);  // Thursday
  CHECK(weekday(from_ymd(2023, 5, 5)) == 5);   // Friday (Store bededag 2023)
  CHECK(weekday(from_ymd(2024, 3, 31)) == 7);  // Sunday (Easter 2024)
  CHECK(weekday(from_ymd(2019, 3, 4)) == 1);   // Monday
}

TEST_CASE("dates order and subtract as day numbers", "[date]") {
  const Date a = from_ymd(2024, 1, 31);
  const Date b = from_ymd(2024, 3, 1);
  CHECK(a < b);
  CHECK(b - a == 30);
  CHECK(a + 30 == b);
  CHECK(b - 30 == a);
}
