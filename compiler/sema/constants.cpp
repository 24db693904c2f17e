// Constant values: the facts of a test case and the values of parameters.
// They are literals, enumeration members or negated numbers, typed against
// the declared type (an integer may stand for a decimal; money must be
// written in DKK) and held to an integer range when the type has one.
#include <fmt/format.h>

#include "sema/literals.h"
#include "sema/passes.h"

namespace frist::sema {
namespace {

bool fits(Context& ctx, Expr& value, const Type& want, Span span) {
  if (value.type == want) return true;
  if (want.kind == TypeKind::Decimal && value.type.kind == TypeKind::Int) {
    value.value *= kDecimalScale;  // an integer written for a decimal
    return true;
  }
  auto report = ctx.diags.report(Kind::TypeMismatch, span, quoted(ctx.program, want),
                                 quoted(ctx.program, value.type));
  if (want.kind == TypeKind::Money && is_numeric(value.type))
    report.hint(fmt::format("write `{} DKK`", value.source_text));
  return false;
}

bool in_range(Context& ctx, const Expr& value, const Type& want, Span span) {
  if (!want.range || value.type.kind != TypeKind::Int) return true;
  auto [low, high] = *want.range;
  if (value.value >= low && value.value <= high) return true;
  ctx.diags.report(Kind::OutOfRange, span, value.value, low, high);
  return false;
}

}  // namespace

std::optional<Expr> check_constant(Context& ctx, const ast::Expr& e, const Type& want,
                                   const ExprEnv& env) {
  Expr value = check_expr(ctx, e, env, is_error(want) ? nullptr : &want);
  if (is_error(value.type)) return std::nullopt;
  if (value.op != ExprOp::Const) {
    ctx.diags.report(Kind::NotConstant, e.span, value.source_text);
    return std::nullopt;
  }
  if (is_error(want)) return std::nullopt;
  if (!fits(ctx, value, want, e.span) || !in_range(ctx, value, want, e.span)) return std::nullopt;
  value.type = want;
  return value;
}

}  // namespace frist::sema
