// Calendar dates as plain day numbers. Rulebooks compare and offset dates far more often than
// they print them, so a date is stored as a count of days since 1970-01-01 (the same epoch as
// std::chrono::sys_days): ordering is integer ordering, and native code can hold a date in one
// 32-bit register. Conversions to and from year/month/day go through <chrono>'s civil
// calendar so leap-year rules live in exactly one, well-tested place.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace frist::dates {

// Days since 1970-01-01 (proleptic Gregorian). Negative values are dates before 1970.
struct Date {
  int32_t day = 0;

  friend constexpr auto operator<=>(const Date&, const Date&) = default;
  friend constexpr bool operator==(const Date&, const Date&) = default;
};

// Plain day offsets; calendar-aware offsets (months, years) live in duration.h.
constexpr Date operator+(Date d, int32_t n) {
  return Date{d.day + n};
}
constexpr Date operator-(Date d, int32_t n) {
  return Date{d.day - n};
}
constexpr int32_t operator-(Date a, Date b) {
  return a.day - b.day;
}

struct Ymd {
  int year = 1970;
  unsigned month = 1;
  unsigned day = 1;

  friend constexpr bool operator==(const Ymd&, const Ymd&) = default;
};

bool is_valid_ymd(int year, unsigned month, unsigned day);
unsigned days_in_month(int year, unsigned month);

// Throws std::invalid_argument unless is_valid_ymd(year, month, day): a silently normalised
// date (e.g. 31 April becoming 1 May) would move a legal deadline.
Date from_ymd(int year, unsigned month, unsigned day);
Ymd to_ymd(Date date);

// Strict YYYY-MM-DD with years 1000–9999; anything else (including impossible dates such as
// 2023-02-29 and trailing characters) is rejected rather than guessed at.
std::optional<Date> parse_iso(std::string_view text);
std::string format_iso(Date date);

// ISO weekday: 1 = Monday ... 7 = Sunday.
int weekday(Date date);

}  // namespace frist::dates
