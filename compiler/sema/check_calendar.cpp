// Calendars: which days move a deadline besides weekends. A calendar may
// include the built-in Danish public holidays (`holidays danish`, the only
// base there is), annual closures such as 5 June or 24 December, named by
// day and English or Danish month, over a range of years, and single dates.
#include <array>
#include <cctype>

#include "sema/passes.h"

namespace frist::sema {
namespace {

struct Month {
  const char* english;
  const char* danish;
  unsigned days;  // February counts 29: an annual closure on 29 February is allowed
};
constexpr std::array<Month, 12> kMonths = {{{"january", "januar", 31},
                                            {"february", "februar", 29},
                                            {"march", "marts", 31},
                                            {"april", "april", 30},
                                            {"may", "maj", 31},
                                            {"june", "juni", 30},
                                            {"july", "juli", 31},
                                            {"august", "august", 31},
                                            {"september", "september", 30},
                                            {"october", "oktober", 31},
                                            {"november", "november", 30},
                                            {"december", "december", 31}}};

std::string lowercase(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

// 1..12, or 0 after reporting E0214.
unsigned month_number(Context& ctx, const ast::Name& name) {
  std::string wanted = lowercase(name.text);
  std::vector<std::string> candidates;
  for (unsigned m = 0; m < kMonths.size(); ++m) {
    if (wanted == kMonths[m].english || wanted == kMonths[m].danish) return m + 1;
    candidates.push_back(kMonths[m].english);
    candidates.push_back(kMonths[m].danish);
  }
  ctx.diags.report(Kind::UnknownMonth, name.span, name.text)
      .hint(diag::did_you_mean(wanted, candidates));
  return 0;
}

void annual_closure(Context& ctx, const ast::CalendarItem& item, Calendar& cal) {
  unsigned month = month_number(ctx, item.month);
  if (month == 0) return;
  if (item.day_of_month < 1 || item.day_of_month > kMonths[month - 1].days) {
    ctx.diags.report(Kind::InvalidDayOfYear, item.span, item.day_of_month, item.month.text);
    return;
  }
  int64_t from = item.from_year.value_or(1900), through = item.through_year.value_or(2200);
  if (from < 1900 || through > 2200 || from > through) {
    ctx.diags.report(Kind::InvalidYearRange, item.span, from, through);
    return;
  }
  cal.annual.push_back(AnnualClosure{item.label, month, static_cast<unsigned>(item.day_of_month),
                                     static_cast<int>(from), static_cast<int>(through)});
}

}  // namespace

void check_calendars(Context& ctx) {
  for (size_t i = 0; i < ctx.calendar_decls.size(); ++i) {
    Calendar& cal = ctx.program.calendars[i];
    cal.danish_holidays = false;  // only what the calendar says
    for (const ast::CalendarItem& item : ctx.calendar_decls[i]->items) {
      switch (item.kind) {
        case ast::CalendarItemKind::BaseHolidays:
          if (item.base.text == "danish") {
            cal.danish_holidays = true;
          } else {
            ctx.diags.report(Kind::UnknownCalendar, item.base.span, item.base.text)
                .hint("the only built-in holidays are `danish`");
          }
          break;
        case ast::CalendarItemKind::Annual:
          annual_closure(ctx, item, cal);
          break;
        case ast::CalendarItemKind::Single:
          cal.single.emplace_back(item.date.day, item.label);
          break;
      }
    }
  }
}

}  // namespace frist::sema
