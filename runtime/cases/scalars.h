// Text forms of case values that JSON has no type for: exact decimals, money, durations and
// dates. They are parsed from the characters the user wrote, never through a double, so
// "0.1" is exactly 100000 millionths and "1639.00" exactly 163900 øre. The loader uses
// them for JSON numbers (via their raw token) and strings alike; a command line that takes
// an amount or a date can use them too.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

#include "cases/case.h"

namespace frist::cases {

// A parsed value, or why the text was rejected (lowercase, no trailing period, the text
// quoted in backticks).
template <class T>
using Parsed = std::variant<T, std::string>;

// `-12.5`, `0.000001`, `1e-05`: a JSON-style number scaled by 10^decimals, exactly.
// Trailing zeros beyond `decimals` are fine ("1.50" with one decimal); any other digit
// beyond them is an error rather than a rounding.
Parsed<int64_t> parse_fixed_point(std::string_view text, int decimals);

// A Decimal value: six decimals, scaled by kDecimalScale.
Parsed<int64_t> parse_decimal(std::string_view text);

// A Money value in øre: `1639`, `1639.5`, `1639.00` or `1639.00 DKK`.
Parsed<int64_t> parse_money(std::string_view text);

// `14 days`, `1 week`, `3 months`, `2 years` (singular or plural, one space).
Parsed<DurationValue> parse_duration(std::string_view text);

// Strict `YYYY-MM-DD`, as days since 1970-01-01.
Parsed<int32_t> parse_date(std::string_view text);

}  // namespace frist::cases
