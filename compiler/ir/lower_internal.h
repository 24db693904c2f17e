// Shared between the lowering files; not part of the IR's interface.
#pragma once

#include <optional>

#include "ir/ir.h"

namespace frist::ir {

Type lower_type(const sema::Type& t);

inline SourceLoc loc_of(const sema::Span& span) {
  if (!span.valid()) return {};
  return {span.file, span.line, span.col};
}

// date ± duration as explicit steps: months (clamped), then days, then
// working days in `calendar`.
Expr add_duration(Expr date, const sema::Duration& d, Index calendar, bool subtract);

// Lowers the expressions of one requirement version (or trial): parameters
// are selected by that requirement's version-selection date when it has
// one, else by the as-of date; working days count in its calendar.
class ExprLowering {
 public:
  ExprLowering(std::optional<Expr> selector, Index calendar)
      : selector_(std::move(selector)), calendar_(calendar) {}

  Expr lower(const sema::Expr& e);
  std::optional<Expr> lower(const std::optional<sema::Expr>& e) {
    if (!e) return std::nullopt;
    return lower(*e);
  }

 private:
  Expr lower_node(const sema::Expr& e);
  Expr arithmetic(const sema::Expr& e);
  Expr comparison(const sema::Expr& e);
  Expr conversion(const sema::Expr& e);
  Expr event_scan(const sema::Expr& e);
  Expr in_list(const sema::Expr& e);
  Expr param_date() const;

  std::optional<Expr> selector_;
  Index calendar_;
};

}  // namespace frist::ir
