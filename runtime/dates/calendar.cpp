// Working-day calendar implementation. The hot question — "is this day a working day?" — is
// answered from a bitset covering kFirstCalendarYear..kLastCalendarYear built once at
// construction; outside those years the same rules are evaluated on demand, so results never
// depend on whether a date happens to be inside the table.
#include "dates/calendar.h"

#include <algorithm>
#include <stdexcept>
#include <utility>

namespace frist::dates {
namespace {

bool is_weekend(Date date) {
  return weekday(date) >= 6;
}

bool by_date(const Holiday& a, const Holiday& b) {
  return a.date < b.date;
}

// Keeps the first closure of each date; callers list closures in priority order and sort
// stably, so "first" means highest priority.
void sort_and_dedupe(std::vector<Holiday>& closures) {
  std::stable_sort(closures.begin(), closures.end(), by_date);
  const auto same_date = [](const Holiday& a, const Holiday& b) { return a.date == b.date; };
  closures.erase(std::unique(closures.begin(), closures.end(), same_date), closures.end());
}

std::optional<std::string_view> find_closure(const std::vector<Holiday>& sorted, Date date) {
  const auto it = std::lower_bound(sorted.begin(), sorted.end(), Holiday{date, {}}, by_date);
  if (it == sorted.end() || it->date != date) return std::nullopt;
  return it->name;
}

// Far beyond any real run of closed days; reaching it means the calendar closes every day.
constexpr int32_t kMaxClosedRun = 3660;

}  // namespace

Calendar::Calendar() : Calendar(CalendarSpec{}) {}

Calendar::Calendar(CalendarSpec spec) : danish_holidays_(spec.danish_holidays) {
  for (const AnnualClosure& closure : spec.annual) {
    // 2000 is a leap year, so this accepts 29 February and rejects e.g. 31 April.
    if (!is_valid_ymd(2000, closure.month, closure.day)) {
      throw std::invalid_argument("annual closure '" + closure.name + "' is not a calendar day");
    }
  }
  intern_closures(std::move(spec));
  build_table();
}

void Calendar::intern_closures(CalendarSpec spec) {
  auto names = std::make_shared<std::vector<std::string>>();
  for (AnnualClosure& closure : spec.annual) names->push_back(std::move(closure.name));
  for (ExtraClosure& closure : spec.extra) names->push_back(std::move(closure.name));
  // Views are taken only after the last push_back, so no reallocation can invalidate them.
  size_t next = 0;
  for (const AnnualClosure& c : spec.annual) {
    annual_.push_back({c.month, c.day, (*names)[next++], c.first_year, c.last_year});
  }
  for (const ExtraClosure& c : spec.extra) extras_.push_back({c.date, (*names)[next++]});
  std::stable_sort(extras_.begin(), extras_.end(), by_date);
  names_ = std::move(names);
}

void Calendar::build_table() {
  table_first_ = from_ymd(kFirstCalendarYear, 1, 1);
  table_last_ = from_ymd(kLastCalendarYear, 12, 31);
  for (int year = kFirstCalendarYear; year <= kLastCalendarYear; ++year) {
    const std::vector<Holiday> closures = closures_for_year(year);
    table_.insert(table_.end(), closures.begin(), closures.end());
  }
  const auto size = static_cast<size_t>(table_last_ - table_first_ + 1);
  closed_bits_.assign((size + 63) / 64, 0);
  const auto mark = [this](Date date) {
    const auto index = static_cast<size_t>(date - table_first_);
    closed_bits_[index / 64] |= uint64_t{1} << (index % 64);
  };
  for (Date date = table_first_; date <= table_last_; date = date + 1) {
    if (is_weekend(date)) mark(date);
  }
  for (const Holiday& closure : table_) mark(closure.date);
}

std::vector<Holiday> Calendar::closures_for_year(int year) const {
  std::vector<Holiday> result;
  if (danish_holidays_) result = danish_public_holidays(year);
  for (const Annual& closure : annual_) {
    if (closure.first_year && year < *closure.first_year) continue;
    if (closure.last_year && year > *closure.last_year) continue;
    if (!is_valid_ymd(year, closure.month, closure.day)) continue;  // 29 Feb, common year
    result.push_back({from_ymd(year, closure.month, closure.day), closure.name});
  }
  const auto first =
      std::lower_bound(extras_.begin(), extras_.end(), Holiday{from_ymd(year, 1, 1), {}}, by_date);
  const auto last = std::upper_bound(extras_.begin(), extras_.end(),
                                     Holiday{from_ymd(year, 12, 31), {}}, by_date);
  result.insert(result.end(), first, last);
  sort_and_dedupe(result);
  return result;
}

bool Calendar::in_table(Date date) const {
  return table_first_ <= date && date <= table_last_;
}

std::optional<std::string_view> Calendar::named_closure(Date date) const {
  if (in_table(date)) return find_closure(table_, date);
  return find_closure(closures_for_year(to_ymd(date).year), date);
}

bool Calendar::is_working_day(Date date) const {
  if (in_table(date)) {
    const auto index = static_cast<size_t>(date - table_first_);
    return ((closed_bits_[index / 64] >> (index % 64)) & 1) == 0;
  }
  return !is_weekend(date) && !named_closure(date);
}

std::optional<std::string_view> Calendar::closure_name(Date date) const {
  if (is_working_day(date)) return std::nullopt;
  if (auto name = named_closure(date)) return name;
  return weekday(date) == 6 ? "lørdag" : "søndag";
}

Date Calendar::step_to_working_day(Date date, int32_t step) const {
  for (int32_t i = 0; i < kMaxClosedRun; ++i) {
    if (is_working_day(date + i * step)) return date + i * step;
  }
  throw std::runtime_error("calendar has no working day within ten years of " + format_iso(date));
}

Date Calendar::roll_forward(Date date) const {
  return step_to_working_day(date, 1);
}

Date Calendar::roll_backward(Date date) const {
  return step_to_working_day(date, -1);
}

Date Calendar::add_working_days(Date date, int32_t n) const {
  if (n == 0) return roll_forward(date);
  const int32_t step = n > 0 ? 1 : -1;
  for (int32_t remaining = n > 0 ? n : -n; remaining > 0; --remaining) {
    date = step_to_working_day(date + step, step);
  }
  return date;
}

std::vector<Holiday> Calendar::holidays_in(int from_year, int to_year) const {
  std::vector<Holiday> result;
  for (int year = from_year; year <= to_year; ++year) {
    const std::vector<Holiday> closures = closures_for_year(year);
    result.insert(result.end(), closures.begin(), closures.end());
  }
  return result;
}

const Calendar& danish_calendar() {
  static const Calendar calendar;
  return calendar;
}

}  // namespace frist::dates
