// Formats a Calendar's closures as plain text for the `frist holidays` command.
#include "dates/holiday_listing.h"

#include <stdexcept>
#include <string>

namespace frist::dates {

std::optional<std::string> validate_listing_range(int from_year, int to_year) {
  const auto in_range = [](int year) {
    return kFirstCalendarYear <= year && year <= kLastCalendarYear;
  };
  if (!in_range(from_year) || !in_range(to_year)) {
    return "years must be between " + std::to_string(kFirstCalendarYear) + " and " +
           std::to_string(kLastCalendarYear);
  }
  if (from_year > to_year) {
    return "first year " + std::to_string(from_year) + " is after last year " +
           std::to_string(to_year);
  }
  return std::nullopt;
}

void write_holiday_listing(std::ostream& out, int from_year, int to_year,
                           const Calendar& calendar) {
  if (auto error = validate_listing_range(from_year, to_year)) {
    throw std::invalid_argument(*error);
  }
  for (const Holiday& holiday : calendar.holidays_in(from_year, to_year)) {
    out << format_iso(holiday.date) << '\t' << holiday.name << '\n';
  }
}

}  // namespace frist::dates
