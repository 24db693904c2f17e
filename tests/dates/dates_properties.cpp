// RapidCheck properties for runtime/dates: the algebraic laws that date arithmetic, legal
// weeks, holidays and working-day calendars must obey for every date, not just the handful
// the unit tests spell out. Each property runs 10,000 cases (RC_PARAMS, set below if absent).
#include <rapidcheck.h>

#include <algorithm>
#include <cstdlib>

#include "dates/calendar.h"
#include "dates/duration.h"
#include "dates/weeks.h"

using namespace frist::dates;

namespace {

// Slightly wider than the precomputed tables so the on-the-fly path is exercised too.
const Date kFirst = from_ymd(1890, 1, 1);
const Date kLast = from_ymd(2210, 12, 31);

Date any_date() {
  return Date{*rc::gen::inRange(kFirst.day, kLast.day + 1)};
}

const Calendar& rulebook_calendar() {
  static const Calendar calendar(CalendarSpec{
      .annual = {{6, 5, "Grundlovsdag"},
                 {12, 24, "Juleaftensdag"},
                 {12, 31, "Nytårsaftensdag"},
                 {2, 29, "Skuddag", 1950, 2050}},
      .extra = {{from_ymd(2024, 11, 8), "Lukkedag"}, {from_ymd(2201, 3, 2), "Lukkedag"}},
  });
  return calendar;
}

const Calendar& any_calendar() {
  const bool rulebook = *rc::gen::arbitrary<bool>();
  return rulebook ? rulebook_calendar() : danish_calendar();
}

int working_days_between(const Calendar& cal, Date after, Date through) {
  int count = 0;
  for (Date d = after + 1; d <= through; d = d + 1) count += cal.is_working_day(d) ? 1 : 0;
  return count;
}

bool date_properties() {
  bool ok = true;
  ok &= rc::check("to_ymd/from_ymd round trip", [] {
    const Date d = any_date();
    const Ymd ymd = to_ymd(d);
    RC_ASSERT(from_ymd(ymd.year, ymd.month, ymd.day) == d);
    RC_ASSERT(ymd.day <= days_in_month(ymd.year, ymd.month));
  });
  ok &= rc::check("from_ymd/to_ymd round trip", [] {
    const int year = *rc::gen::inRange(1900, 2201);
    const auto month = *rc::gen::inRange(1u, 13u);
    const auto day = *rc::gen::inRange(1u, days_in_month(year, month) + 1);
    RC_ASSERT(to_ymd(from_ymd(year, month, day)) == (Ymd{year, month, day}));
  });
  ok &= rc::check("parse_iso(format_iso(d)) == d", [] {
    const Date d = any_date();
    RC_ASSERT(parse_iso(format_iso(d)) == d);
  });
  ok &= rc::check("weekday repeats every 7 days and steps by one", [] {
    const Date d = any_date();
    RC_ASSERT(weekday(d + 7) == weekday(d));
    RC_ASSERT(weekday(d + 1) == weekday(d) % 7 + 1);
  });
  return ok;
}

bool duration_properties() {
  bool ok = true;
  ok &= rc::check("add(d, days(n)) - d == n", [] {
    const Date d = any_date();
    const int32_t n = *rc::gen::inRange(-100000, 100001);
    RC_ASSERT(add(d, days(n)) - d == n);
    RC_ASSERT(subtract(add(d, days(n)), days(n)) == d);
  });
  ok &= rc::check("adding months lands in the right month, clamped", [] {
    const Date d = any_date();
    const int32_t k = *rc::gen::inRange(-1200, 1201);
    const Ymd start = to_ymd(d);
    const Ymd end = to_ymd(add(d, months(k)));
    RC_ASSERT(end.year * 12 + int(end.month) - 1 == start.year * 12 + int(start.month) - 1 + k);
    RC_ASSERT(end.day == std::min(start.day, days_in_month(end.year, end.month)));
  });
  ok &= rc::check("month additions compose when the day exists in every month", [] {
    const Ymd start = to_ymd(any_date());
    const Date d = from_ymd(start.year, start.month, std::min(start.day, 28u));
    const int32_t a = *rc::gen::inRange(-600, 601);
    const int32_t b = *rc::gen::inRange(-600, 601);
    RC_ASSERT(add(add(d, months(a)), months(b)) == add(d, months(a + b)));
  });
  ok &= rc::check("legal weeks: end_of_week - D == 7n-1, start_of_week - D == 7(n-1)", [] {
    const Date d = any_date();
    const int32_t n = *rc::gen::inRange(1, 1000);
    RC_ASSERT(end_of_week(d, n) - d == 7 * n - 1);
    RC_ASSERT(start_of_week(d, n) - d == 7 * (n - 1));
    RC_ASSERT(add(d, weeks(n)) == end_of_week(d, n) + 1);
  });
  return ok;
}

bool calendar_properties() {
  bool ok = true;
  ok &= rc::check("roll_forward finds the first working day on or after d", [] {
    const Calendar& cal = any_calendar();
    const Date d = any_date();
    const Date r = cal.roll_forward(d);
    RC_ASSERT(r >= d);
    RC_ASSERT(cal.is_working_day(r));
    RC_ASSERT(working_days_between(cal, d - 1, r - 1) == 0);
  });
  ok &= rc::check("add_working_days(d, n) is the n-th working day after d", [] {
    const Calendar& cal = any_calendar();
    const Date d = any_date();
    const int32_t n = *rc::gen::inRange(1, 60);
    const Date r = cal.add_working_days(d, n);
    RC_ASSERT(cal.is_working_day(r));
    RC_ASSERT(working_days_between(cal, d, r) == n);
  });
  ok &= rc::check("add_working_days(d, -n) is the n-th working day before d", [] {
    const Calendar& cal = any_calendar();
    const Date d = any_date();
    const int32_t n = *rc::gen::inRange(1, 60);
    const Date r = cal.add_working_days(d, -n);
    RC_ASSERT(cal.is_working_day(r));
    RC_ASSERT(working_days_between(cal, r - 1, d - 1) == n);
  });
  ok &= rc::check("Saturdays and Sundays are never working days", [] {
    const Calendar& cal = any_calendar();
    const Date d = any_date();
    const Date saturday = d + (6 - weekday(d));
    RC_ASSERT(!cal.is_working_day(saturday));
    RC_ASSERT(!cal.is_working_day(saturday + 1));
  });
  ok &= rc::check("is_working_day agrees with weekends and holidays_in", [] {
    const Calendar& cal = any_calendar();
    const Date d = any_date();
    const auto closures = cal.holidays_in(to_ymd(d).year, to_ymd(d).year);
    const bool named = std::any_of(closures.begin(), closures.end(),
                                   [&](const Holiday& h) { return h.date == d; });
    RC_ASSERT(cal.is_working_day(d) == (weekday(d) < 6 && !named));
    RC_ASSERT(cal.closure_name(d).has_value() == !cal.is_working_day(d));
  });
  return ok;
}

bool holiday_properties() {
  bool ok = true;
  ok &= rc::check("holidays of a year are strictly increasing and inside the year", [] {
    const Calendar& cal = any_calendar();
    const int year = *rc::gen::inRange(1583, 4001);
    for (const auto& list : {danish_public_holidays(year), cal.holidays_in(year, year)}) {
      for (size_t i = 0; i < list.size(); ++i) {
        RC_ASSERT(to_ymd(list[i].date).year == year);
        if (i > 0) RC_ASSERT(list[i - 1].date < list[i].date);
      }
    }
  });
  ok &= rc::check("Easter is a Sunday between 22 March and 25 April", [] {
    const int year = *rc::gen::inRange(1583, 4001);
    const Date easter = easter_sunday(year);
    RC_ASSERT(weekday(easter) == 7);
    RC_ASSERT(from_ymd(year, 3, 22) <= easter);
    RC_ASSERT(easter <= from_ymd(year, 4, 25));
  });
  return ok;
}

}  // namespace

int main() {
  // Running the binary by hand should test as thoroughly as ctest does.
  setenv("RC_PARAMS", "max_success=10000", 0);
  bool ok = date_properties();
  ok &= duration_properties();
  ok &= calendar_properties();
  ok &= holiday_properties();
  return ok ? 0 : 1;
}
