// Legal week counting. Danish rules say things like "before the end of week 8 counted from
// the day of sickness" or "between week 8 and week 12": week 1 of such a period is the
// starting day itself and the six days after it, so week n covers
// [from + 7(n-1), from + 7n - 1]. This differs from "n weeks after D" (add(D, weeks(n)) in
// duration.h, i.e. D + 7n), and mixing the two up shifts a deadline by a day.
#pragma once

#include <cstdint>

#include "dates/date.h"

namespace frist::dates {

// The last day of week n counted from `from` (week 1 ends at from + 6). n >= 1 is meaningful;
// other n follow the same formula.
Date end_of_week(Date from, int32_t n);

// The first day of week n counted from `from` (week 1 starts at from itself).
Date start_of_week(Date from, int32_t n);

}  // namespace frist::dates
