// Conversions between written literals and the program's exact values, and
// the text forms of values and types used by messages, explanations and the
// dump. Shared by the checker and its dump; internal to compiler/sema.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "ast/ast.h"
#include "sema/program.h"

namespace frist::sema {

// "2019-03-04" for a day number counted from 1970-01-01.
std::string date_text(int32_t day);
// Scaled decimal ("12.5") and money in øre ("500.00 DKK").
std::string decimal_text(int64_t scaled);
std::string money_text(int64_t ore);

enum class DecimalError { None, TooPrecise, TooLarge };
// "12.50" → 12'500'000 (kDecimalScale); nullopt with the reason otherwise.
std::optional<int64_t> parse_decimal(const std::string& text, DecimalError* error);

Duration to_duration(const ast::Duration& d);
std::string duration_text(const ast::Duration& d);  // as written: "8 weeks", "2½ years"
std::string duration_text(const Duration& d);       // program form: "56 days", "1 month"

// `through D` becomes until D+1; open ends stay at INT32_MIN/MAX.
Period to_period(const ast::Interval& interval);
std::string period_text(const Period& p);   // "[2018-07-01, 2022-01-01)"
std::string period_words(const Period& p);  // "from 2018-07-01 until 2022-01-01"

// A type as the analyst writes it: "integer", "Kommune", "set of Kommune".
std::string type_name(const Program& program, const Type& type);
// The same in backticks, for messages.
std::string quoted(const Program& program, const Type& type);

inline Type simple_type(TypeKind kind) {
  return Type{kind, kNone, std::nullopt};
}
inline Type enum_type(Index id) {
  return Type{TypeKind::Enum, id, std::nullopt};
}
inline bool is_numeric(const Type& t) {
  return t.kind == TypeKind::Int || t.kind == TypeKind::Decimal;
}
inline bool is_error(const Type& t) {
  return t.kind == TypeKind::Error;
}

// The expression as written, with only the parentheses the grammar needs.
std::string expr_text(const ast::Expr& e);
std::string window_text(const ast::Window& w);

}  // namespace frist::sema
