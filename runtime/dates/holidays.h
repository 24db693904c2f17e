// Danish public holidays ("helligdage") built into the runtime. Only the days that are public
// holidays by statute are built in; days that are merely customary closing days (Grundlovsdag,
// 24 and 31 December) differ between rulebooks, so a rulebook adds them to its own Calendar
// (calendar.h). Most holidays are fixed offsets from Easter Sunday.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "dates/date.h"

namespace frist::dates {

// The years for which precomputed tables exist; outside them everything is computed on demand.
constexpr int kFirstCalendarYear = 1900;
constexpr int kLastCalendarYear = 2200;

// Store bededag was abolished as a public holiday from 2024 (lov om afskaffelse af store
// bededag som helligdag, adopted 28 February 2023, L 13 2022-23); 2023 was its last year.
constexpr int kLastStoreBededagYear = 2023;

struct Holiday {
  Date date;
  std::string_view name;  // Static for built-in holidays; owned by the Calendar otherwise.

  friend constexpr bool operator==(const Holiday&, const Holiday&) = default;
};

// Gregorian Easter Sunday for any year >= 1583.
Date easter_sunday(int year);

// The built-in holidays of one year, sorted by date, with their Danish names.
std::vector<Holiday> danish_public_holidays(int year);

// Sorted day numbers of every built-in holiday in kFirstCalendarYear..kLastCalendarYear, for
// native code that wants a flat table. Computed once, on first use, thread-safely.
const std::vector<int32_t>& danish_holiday_days();

}  // namespace frist::dates
