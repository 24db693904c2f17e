// Literal values and their text: dates as day numbers, exact decimals as
// int64 scaled by 10^6, money in øre, calendar durations in months and days.
// The checker converts once here so that the interpreter and native code
// both start from the same exact integers.
#include "sema/literals.h"

#include <fmt/format.h>

#include <cstdlib>
#include <limits>

namespace frist::sema {

std::string date_text(int32_t day) {
  // Howard Hinnant's civil_from_days, valid far beyond any statute's reach.
  int64_t z = int64_t{day} + 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  int64_t d = doy - (153 * mp + 2) / 5 + 1;
  int64_t m = mp < 10 ? mp + 3 : mp - 9;
  int64_t y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return fmt::format("{:04}-{:02}-{:02}", y, m, d);
}

std::string decimal_text(int64_t scaled) {
  std::string sign = scaled < 0 ? "-" : "";
  uint64_t v = scaled < 0 ? 0 - static_cast<uint64_t>(scaled) : static_cast<uint64_t>(scaled);
  uint64_t whole = v / kDecimalScale, frac = v % kDecimalScale;
  if (frac == 0) return fmt::format("{}{}", sign, whole);
  std::string digits = fmt::format("{:06}", frac);
  while (digits.back() == '0') digits.pop_back();
  return fmt::format("{}{}.{}", sign, whole, digits);
}

std::string money_text(int64_t ore) {
  std::string sign = ore < 0 ? "-" : "";
  uint64_t v = ore < 0 ? 0 - static_cast<uint64_t>(ore) : static_cast<uint64_t>(ore);
  return fmt::format("{}{}.{:02} DKK", sign, v / 100, v % 100);
}

std::optional<int64_t> parse_decimal(const std::string& text, DecimalError* error) {
  *error = DecimalError::None;
  size_t dot = text.find('.');
  std::string whole = text.substr(0, dot);
  std::string frac = dot == std::string::npos ? "" : text.substr(dot + 1);
  if (frac.size() > 6) {
    *error = DecimalError::TooPrecise;
    return std::nullopt;
  }
  frac.append(6 - frac.size(), '0');
  constexpr int64_t kMax = std::numeric_limits<int64_t>::max();
  int64_t value = 0;
  for (char c : whole + frac) {
    int digit = c - '0';
    if (value > (kMax - digit) / 10) {
      *error = DecimalError::TooLarge;
      return std::nullopt;
    }
    value = value * 10 + digit;
  }
  return value;
}

Duration to_duration(const ast::Duration& d) {
  Duration out;
  int64_t whole = d.halves / 2;
  switch (d.unit) {
    case ast::Unit::Days:
      (d.working ? out.working_days : out.days) = static_cast<int32_t>(whole);
      break;
    case ast::Unit::Weeks:
      out.days = static_cast<int32_t>(whole * 7);
      break;
    case ast::Unit::Months:
      out.months = static_cast<int32_t>(whole);
      break;
    case ast::Unit::Years:
      out.months = static_cast<int32_t>(d.halves * 6);  // ½ year is 6 months exactly
      break;
  }
  return out;
}

std::string duration_text(const ast::Duration& d) {
  static const char* const kUnits[] = {"day", "week", "month", "year"};
  int64_t whole = d.halves / 2;
  bool half = d.halves % 2 != 0;
  std::string number =
      half ? (whole == 0 ? "½" : fmt::format("{}½", whole)) : fmt::format("{}", whole);
  bool plural = d.halves != 2;
  return fmt::format("{}{} {}{}", number, d.working ? " working" : "",
                     kUnits[static_cast<int>(d.unit)], plural ? "s" : "");
}

std::string duration_text(const Duration& d) {
  std::vector<std::string> parts;
  auto add = [&](int32_t n, const char* unit) {
    if (n != 0) parts.push_back(fmt::format("{} {}{}", n, unit, n == 1 ? "" : "s"));
  };
  add(d.months, "month");
  add(d.days, "day");
  add(d.working_days, "working day");
  if (parts.empty()) return "0 days";
  return fmt::format("{}", fmt::join(parts, " "));
}

Period to_period(const ast::Interval& interval) {
  Period p;
  if (interval.from) p.from = interval.from->day;
  if (interval.end) p.until = interval.end->day + (interval.end_inclusive ? 1 : 0);
  return p;
}

std::string period_text(const Period& p) {
  std::string from = p.from == INT32_MIN ? "-inf" : date_text(p.from);
  std::string until = p.until == INT32_MAX ? "+inf" : date_text(p.until);
  return fmt::format("[{}, {})", from, until);
}

// How a period reads in a message: the analyst's own words, where `until`
// excludes its date.
std::string period_words(const Period& p) {
  if (p.from == INT32_MIN && p.until == INT32_MAX) return "at all times";
  if (p.from == INT32_MIN) return "until " + date_text(p.until);
  if (p.until == INT32_MAX) return "from " + date_text(p.from);
  return fmt::format("from {} until {}", date_text(p.from), date_text(p.until));
}

std::string type_name(const Program& program, const Type& type) {
  auto enum_name = [&](Index id) {
    return id < program.enums.size() ? program.enums[id].name : std::string("?");
  };
  switch (type.kind) {
    case TypeKind::Error:
      return "<error>";
    case TypeKind::Bool:
      return "bool";
    case TypeKind::Int:
      return "integer";
    case TypeKind::Decimal:
      return "decimal";
    case TypeKind::Money:
      return "money";
    case TypeKind::Date:
      return "date";
    case TypeKind::Duration:
      return "duration";
    case TypeKind::Text:
      return "text";
    case TypeKind::Enum:
      return enum_name(type.enum_id);
    case TypeKind::Set:
      return "set of " + enum_name(type.enum_id);
  }
  return "?";
}

std::string quoted(const Program& program, const Type& type) {
  return "`" + type_name(program, type) + "`";
}

}  // namespace frist::sema
