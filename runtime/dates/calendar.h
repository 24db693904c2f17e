// Working-day calendars. Deadlines such as "within 5 working days" or "if the last day is a
// holiday, the deadline moves to the next working day" need to know which days are closed.
// A Calendar combines the built-in Danish public holidays, Saturdays and Sundays, and any
// extra closures a rulebook declares (annual ones like Grundlovsdag, or single dates). It is
// immutable once built, so one instance can be shared by every thread evaluating cases.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dates/date.h"
#include "dates/holidays.h"

namespace frist::dates {

// A closure on the same month and day every year, optionally only within a range of years
// (closing days change when agreements or laws change).
struct AnnualClosure {
  unsigned month = 1;
  unsigned day = 1;
  std::string name;
  std::optional<int> first_year = std::nullopt;
  std::optional<int> last_year = std::nullopt;
};

// A one-off closure, e.g. a day an authority is closed by decision.
struct ExtraClosure {
  Date date;
  std::string name;
};

struct CalendarSpec {
  bool danish_holidays = true;
  std::vector<AnnualClosure> annual = {};
  std::vector<ExtraClosure> extra = {};
};

class Calendar {
 public:
  // Built-in Danish holidays and weekends only.
  Calendar();
  // Throws std::invalid_argument for an annual closure whose month/day never exists
  // (29 February is accepted and applies in leap years only).
  explicit Calendar(CalendarSpec spec);

  bool is_working_day(Date date) const;

  // Why a day is closed: the holiday or closure name, else "lørdag"/"søndag", else nullopt.
  // When several closures share a date, built-in holidays win over annual closures, which win
  // over extra dates. The view stays valid as long as this Calendar does.
  std::optional<std::string_view> closure_name(Date date) const;

  // The date itself if it is a working day, else the next working day.
  Date roll_forward(Date date) const;
  // The date itself if it is a working day, else the previous working day.
  Date roll_backward(Date date) const;

  // n > 0: the n-th working day after `date` (date itself never counts).
  // n == 0: roll_forward(date), so a deadline landing on a closed day still has an answer.
  // n < 0: the |n|-th working day before `date`.
  Date add_working_days(Date date, int32_t n) const;

  // Every named closure (holidays, annual and extra closures — but not plain weekends) in
  // the given years, sorted by date, one entry per date. Names are owned by this Calendar.
  std::vector<Holiday> holidays_in(int from_year, int to_year) const;

 private:
  // Rulebook closures with their names already interned in names_.
  struct Annual {
    unsigned month;
    unsigned day;
    std::string_view name;
    std::optional<int> first_year;
    std::optional<int> last_year;
  };

  void intern_closures(CalendarSpec spec);
  void build_table();
  std::vector<Holiday> closures_for_year(int year) const;
  std::optional<std::string_view> named_closure(Date date) const;
  bool in_table(Date date) const;
  Date step_to_working_day(Date date, int32_t step) const;

  bool danish_holidays_;
  // Shared, immutable storage for rulebook names: every string_view handed out points either
  // at a static built-in name or in here, so copies of a Calendar never dangle.
  std::shared_ptr<const std::vector<std::string>> names_;
  std::vector<Annual> annual_;
  std::vector<Holiday> extras_;        // sorted by date; declaration order kept on ties
  std::vector<Holiday> table_;         // closures_for_year over the table years, sorted
  std::vector<uint64_t> closed_bits_;  // one bit per table day: weekend or named closure
  Date table_first_;
  Date table_last_;
};

// The plain Danish calendar: built-in public holidays and weekends. Built once, thread-safely.
const Calendar& danish_calendar();

}  // namespace frist::dates
