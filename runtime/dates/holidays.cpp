// Computes Easter and the Danish statutory holidays. The holiday list is data (a table of
// Easter offsets and fixed dates) so that a change in the law, like the abolition of Store
// bededag, is a one-line edit with an explicit year range.
#include "dates/holidays.h"

#include <algorithm>
#include <climits>

namespace frist::dates {
namespace {

struct EasterRule {
  int32_t offset;  // days from Easter Sunday
  std::string_view name;
  int last_year = INT_MAX;
};

constexpr EasterRule kEasterRules[] = {
    {-3, "Skærtorsdag"},
    {-2, "Langfredag"},
    {0, "Påskedag"},
    {1, "2. påskedag"},
    {26, "Store bededag", kLastStoreBededagYear},
    {39, "Kristi himmelfartsdag"},
    {49, "Pinsedag"},
    {50, "2. pinsedag"},
};

struct FixedRule {
  unsigned month;
  unsigned day;
  std::string_view name;
};

constexpr FixedRule kFixedRules[] = {
    {1, 1, "Nytårsdag"},
    {12, 25, "Juledag"},
    {12, 26, "2. juledag"},
};

}  // namespace

// The "Anonymous Gregorian algorithm" (Meeus/Jones/Butcher), as given in Jean Meeus,
// Astronomical Algorithms, 2nd ed., ch. 8. It implements the Gregorian computus exactly, so
// it is valid for every Gregorian year, not just the 1900–2200 the tables cover.
Date easter_sunday(int year) {
  const int a = year % 19;
  const int b = year / 100;
  const int c = year % 100;
  const int d = b / 4;
  const int e = b % 4;
  const int f = (b + 8) / 25;
  const int g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4;
  const int k = c % 4;
  const int l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31;
  const int day = (h + l - 7 * m + 114) % 31 + 1;
  return from_ymd(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
}

std::vector<Holiday> danish_public_holidays(int year) {
  std::vector<Holiday> result;
  for (const FixedRule& rule : kFixedRules) {
    result.push_back({from_ymd(year, rule.month, rule.day), rule.name});
  }
  const Date easter = easter_sunday(year);
  for (const EasterRule& rule : kEasterRules) {
    if (year <= rule.last_year) result.push_back({easter + rule.offset, rule.name});
  }
  std::sort(result.begin(), result.end(),
            [](const Holiday& a, const Holiday& b) { return a.date < b.date; });
  return result;
}

const std::vector<int32_t>& danish_holiday_days() {
  static const std::vector<int32_t> days = [] {
    std::vector<int32_t> all;
    for (int year = kFirstCalendarYear; year <= kLastCalendarYear; ++year) {
      for (const Holiday& holiday : danish_public_holidays(year)) all.push_back(holiday.date.day);
    }
    return all;  // Already sorted: years ascend and each year's list is sorted.
  }();
  return days;
}

}  // namespace frist::dates
