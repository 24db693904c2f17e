// Calendar arithmetic for legal durations. Month steps go through year/month/day so that
// month lengths and leap years come from <chrono> (via date.h), never from a day count.
#include "dates/duration.h"

#include <algorithm>

namespace frist::dates {
namespace {

// Floor division: month index -1 must land in December of the previous year.
int64_t floor_div(int64_t a, int64_t b) {
  return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

}  // namespace

Date add_months(Date date, int32_t months) {
  const Ymd start = to_ymd(date);
  const int64_t index = int64_t{start.year} * 12 + (start.month - 1) + months;
  const auto year = static_cast<int>(floor_div(index, 12));
  const auto month = static_cast<unsigned>(index - int64_t{year} * 12 + 1);
  const unsigned day = std::min(start.day, days_in_month(year, month));
  return from_ymd(year, month, day);
}

Date add(Date date, Duration duration) {
  return add_months(date, duration.months) + duration.days;
}

Date subtract(Date date, Duration duration) {
  return add_months(date, -duration.months) - duration.days;
}

}  // namespace frist::dates
