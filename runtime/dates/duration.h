// Legal durations ("14 dage", "4 uger", "3 måneder", "1 år") and how they are added to dates.
// A duration keeps months and days apart because months and years are calendar units whose
// length depends on where they start: "1 month after 31 January" is not a fixed number of
// days. Weeks are exactly 7 days and years exactly 12 months, so two fields suffice.
#pragma once

#include <cstdint>

#include "dates/date.h"

namespace frist::dates {

struct Duration {
  int32_t months = 0;
  int32_t days = 0;

  friend constexpr bool operator==(const Duration&, const Duration&) = default;
};

constexpr Duration days(int32_t n) {
  return Duration{0, n};
}
constexpr Duration weeks(int32_t n) {
  return Duration{0, 7 * n};
}
constexpr Duration months(int32_t n) {
  return Duration{n, 0};
}
constexpr Duration years(int32_t n) {
  return Duration{12 * n, 0};
}

constexpr Duration operator+(Duration a, Duration b) {
  return Duration{a.months + b.months, a.days + b.days};
}
constexpr Duration operator-(Duration a) {
  return Duration{-a.months, -a.days};
}

// Moves by whole calendar months, clamping to the last day of the target month when the
// start day does not exist there: 31 Jan + 1 month = 28 Feb (29 Feb in a leap year), and
// 29 Feb 2024 + 1 year = 28 Feb 2025. Clamping, rather than spilling into the next month,
// is what DMN/FEEL engines do and what Danish practice assumes (a deadline of "one month"
// from 31 January expires at the end of February, never in March).
Date add_months(Date date, int32_t months);

// Months first (clamped as above), then days: "1 month and 1 day after 31 Jan" is 1 March
// in a common year. Doing days first would give a different, surprising answer.
Date add(Date date, Duration duration);

// The mirror of add: months back (clamped), then days back.
Date subtract(Date date, Duration duration);

}  // namespace frist::dates
