// Calendars are built once per rulebook from the IR's closed-day tables, the
// same tables native code embeds, so both engines close the same days.
#include "interp/interp.h"

#include "dates/holidays.h"
#include "interp/obligations.h"

namespace frist::interp {

namespace {

dates::Calendar from_table(const std::vector<std::pair<int32_t, std::string>>& closed) {
  dates::CalendarSpec spec;
  spec.danish_holidays = false;
  for (const auto& [day, name] : closed) spec.extra.push_back({dates::Date{day}, name});
  return dates::Calendar(std::move(spec));
}

std::vector<std::pair<int32_t, std::string>> danish_table() {
  std::vector<std::pair<int32_t, std::string>> out;
  for (int year = dates::kFirstCalendarYear; year <= dates::kLastCalendarYear; ++year) {
    for (const dates::Holiday& h : dates::danish_public_holidays(year)) {
      out.emplace_back(h.date.day, std::string(h.name));
    }
  }
  return out;
}

}  // namespace

Interpreter::Interpreter(const ir::Module& module) : module_(&module) {
  for (const ir::CalendarTable& table : module.calendars) {
    calendars_.push_back(from_table(table.closed_days));
  }
  calendars_.push_back(from_table(danish_table()));
}

const dates::Calendar& Interpreter::calendar(ir::Index index) const {
  return index == ir::kNone ? calendars_.back() : calendars_[index];
}

eval::Result Interpreter::evaluate(const cases::Case& c, const Options& options) const {
  return CaseEval(*this, c, options).run();
}

}  // namespace frist::interp
