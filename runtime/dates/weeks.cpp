// Week-of-period arithmetic; kept apart from duration.cpp because these are ordinal weeks
// (week 1, week 2, ...) rather than lengths of time.
#include "dates/weeks.h"

namespace frist::dates {

Date end_of_week(Date from, int32_t n) {
  return from + (7 * n - 1);
}

Date start_of_week(Date from, int32_t n) {
  return from + 7 * (n - 1);
}

}  // namespace frist::dates
