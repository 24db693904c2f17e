// Exact parsing of decimals, money, durations and dates from text; see scalars.h.
#include "cases/scalars.h"

#include <array>
#include <charconv>
#include <limits>

#include "cases/names.h"
#include "dates/date.h"

namespace frist::cases {
namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// The pieces of a JSON-style number: digits before and after the point and the exponent.
struct NumberParts {
  bool negative = false;
  std::string_view whole, fraction;
  int64_t exponent = 0;
};

size_t digit_run(std::string_view text, size_t at) {
  size_t end = at;
  while (end < text.size() && is_digit(text[end])) ++end;
  return end - at;
}

// Splits `text` into NumberParts; false unless the whole text is one number. Exponents are
// capped far beyond any representable value so a silly one cannot overflow the count.
bool split_number(std::string_view text, NumberParts& parts) {
  size_t at = 0;
  parts.negative = !text.empty() && text[0] == '-';
  if (parts.negative) ++at;
  parts.whole = text.substr(at, digit_run(text, at));
  at += parts.whole.size();
  if (parts.whole.empty()) return false;
  if (at < text.size() && text[at] == '.') {
    parts.fraction = text.substr(at + 1, digit_run(text, at + 1));
    at += 1 + parts.fraction.size();
    if (parts.fraction.empty()) return false;
  }
  if (at < text.size() && (text[at] == 'e' || text[at] == 'E')) {
    ++at;
    bool negative = at < text.size() && text[at] == '-';
    if (at < text.size() && (text[at] == '-' || text[at] == '+')) ++at;
    size_t digits = digit_run(text, at);
    if (digits == 0) return false;
    for (char c : text.substr(at, digits))
      parts.exponent = std::min<int64_t>(parts.exponent * 10 + (c - '0'), 1'000'000);
    if (negative) parts.exponent = -parts.exponent;
    at += digits;
  }
  return at == text.size();
}

std::string not_a_number(std::string_view text) {
  std::string message = quoted(text) + " is not a number";
  if (text.find(',') != std::string_view::npos)
    message += " (write decimals with a point, as in `12.5`)";
  return message;
}

// digits × 10^shift as an int64, or false on overflow.
bool scale_digits(std::string_view digits, int64_t shift, int64_t& value) {
  value = 0;
  for (char c : digits) {
    if (__builtin_mul_overflow(value, 10, &value) || __builtin_add_overflow(value, c - '0', &value))
      return false;
  }
  for (int64_t i = 0; i < shift && value != 0; ++i) {
    if (__builtin_mul_overflow(value, 10, &value)) return false;
  }
  return true;
}

}  // namespace

Parsed<int64_t> parse_fixed_point(std::string_view text, int decimals) {
  NumberParts parts;
  if (!split_number(text, parts)) return not_a_number(text);
  std::string digits = std::string(parts.whole) + std::string(parts.fraction);
  if (digits.find_first_not_of('0') == std::string::npos) return int64_t{0};
  // Digits after the point once the exponent has moved it.
  int64_t after_point = static_cast<int64_t>(parts.fraction.size()) - parts.exponent;
  while (after_point > decimals && !digits.empty() && digits.back() == '0') {
    digits.pop_back();
    --after_point;
  }
  if (after_point > decimals) {
    return quoted(text) + " has more than " + std::to_string(decimals) + " decimals";
  }
  int64_t value = 0;
  if (!scale_digits(digits, decimals - after_point, value)) return quoted(text) + " is too large";
  return parts.negative ? -value : value;
}

Parsed<int64_t> parse_decimal(std::string_view text) {
  return parse_fixed_point(text, 6);
}

Parsed<int64_t> parse_money(std::string_view text) {
  constexpr std::string_view kCurrency = " DKK";
  std::string_view amount = text;
  if (amount.ends_with(kCurrency)) amount.remove_suffix(kCurrency.size());
  Parsed<int64_t> parsed = parse_fixed_point(amount, 2);
  if (std::holds_alternative<int64_t>(parsed)) return parsed;
  if (amount.find(' ') != std::string_view::npos) {
    return quoted(text) + " is not an amount such as `1639.00` or `1639.00 DKK`";
  }
  return parsed;
}

Parsed<DurationValue> parse_duration(std::string_view text) {
  struct Unit {
    std::string_view singular, plural;
    int32_t months, days;
  };
  static constexpr std::array<Unit, 4> kUnits = {{{"day", "days", 0, 1},
                                                  {"week", "weeks", 0, 7},
                                                  {"month", "months", 1, 0},
                                                  {"year", "years", 12, 0}}};
  std::string reason =
      quoted(text) + " is not a duration such as `14 days`, `8 weeks`, `3 months` or `2 years`";
  size_t space = text.find(' ');
  if (space == std::string_view::npos || space == 0 || digit_run(text, 0) != space) return reason;
  std::string_view word = text.substr(space + 1);
  for (const Unit& unit : kUnits) {
    if (word != unit.singular && word != unit.plural) continue;
    int32_t count = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + space, count);
    DurationValue value;
    if (error != std::errc() || __builtin_mul_overflow(count, unit.months, &value.months) ||
        __builtin_mul_overflow(count, unit.days, &value.days)) {
      return quoted(text) + " is too long";
    }
    return value;
  }
  return reason;
}

Parsed<int32_t> parse_date(std::string_view text) {
  bool shaped = text.size() == 10 && text[4] == '-' && text[7] == '-';
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) shaped = shaped && is_digit(text[i]);
  if (!shaped) return quoted(text) + " is not a date written as YYYY-MM-DD";
  std::optional<dates::Date> date = dates::parse_iso(text);
  if (!date) return quoted(text) + " is not a valid calendar date";
  return date->day;
}

}  // namespace frist::cases
