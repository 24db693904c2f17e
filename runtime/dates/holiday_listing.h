// The text listing behind `frist holidays FROM TO`: one closed day per line, tab-separated,
// so that users can check the calendar a rulebook will use and diff it across versions.
#pragma once

#include <optional>
#include <ostream>
#include <string>

#include "dates/calendar.h"

namespace frist::dates {

// An error message if the range is unusable (outside kFirstCalendarYear..kLastCalendarYear,
// or from_year > to_year), else nullopt. Kept separate so the CLI can report it as a
// diagnostic before any output is written.
std::optional<std::string> validate_listing_range(int from_year, int to_year);

// Writes "YYYY-MM-DD<TAB>name\n" for every named closure of `calendar` in the years, in date
// order. Throws std::invalid_argument with validate_listing_range's message on a bad range.
void write_holiday_listing(std::ostream& out, int from_year, int to_year,
                           const Calendar& calendar = danish_calendar());

}  // namespace frist::dates
