// Conversions between Frist's day-number dates and the civil calendar, delegated to
// <chrono> so that the Gregorian leap-year rules are never re-implemented here. Also the
// strict ISO 8601 parser used for dates in rulebooks, case files and the command line.
#include "dates/date.h"

#include <chrono>
#include <cstdio>
#include <stdexcept>

namespace frist::dates {
namespace {

std::chrono::year_month_day civil(int year, unsigned month, unsigned day) {
  return std::chrono::year_month_day{std::chrono::year{year}, std::chrono::month{month},
                                     std::chrono::day{day}};
}

std::chrono::sys_days to_sys(Date date) {
  return std::chrono::sys_days{std::chrono::days{date.day}};
}

// Parses exactly `width` ASCII digits; std::from_chars would accept a leading sign.
std::optional<int> digits(std::string_view text, size_t pos, size_t width) {
  int value = 0;
  for (size_t i = pos; i < pos + width; ++i) {
    const char c = text[i];
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

}  // namespace

bool is_valid_ymd(int year, unsigned month, unsigned day) {
  // Guard the ranges first: chrono::month and chrono::day only hold small values.
  if (year < -32767 || year > 32767 || month < 1 || month > 12 || day < 1 || day > 31) {
    return false;
  }
  return civil(year, month, day).ok();
}

unsigned days_in_month(int year, unsigned month) {
  const std::chrono::year_month_day_last last{
      std::chrono::year{year}, std::chrono::month_day_last{std::chrono::month{month}}};
  return static_cast<unsigned>(last.day());
}

Date from_ymd(int year, unsigned month, unsigned day) {
  if (!is_valid_ymd(year, month, day)) {
    throw std::invalid_argument("invalid calendar date");
  }
  const std::chrono::sys_days days{civil(year, month, day)};
  return Date{static_cast<int32_t>(days.time_since_epoch().count())};
}

Ymd to_ymd(Date date) {
  const std::chrono::year_month_day ymd{to_sys(date)};
  return Ymd{static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
             static_cast<unsigned>(ymd.day())};
}

std::optional<Date> parse_iso(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const auto year = digits(text, 0, 4);
  const auto month = digits(text, 5, 2);
  const auto day = digits(text, 8, 2);
  if (!year || !month || !day || *year < 1000) return std::nullopt;
  const auto m = static_cast<unsigned>(*month);
  const auto d = static_cast<unsigned>(*day);
  if (!is_valid_ymd(*year, m, d)) return std::nullopt;
  return from_ymd(*year, m, d);
}

std::string format_iso(Date date) {
  const Ymd ymd = to_ymd(date);
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", ymd.year, ymd.month, ymd.day);
  return buffer;
}

int weekday(Date date) {
  return static_cast<int>(std::chrono::weekday{to_sys(date)}.iso_encoding());
}

}  // namespace frist::dates
