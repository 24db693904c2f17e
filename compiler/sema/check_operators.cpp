// Types arithmetic, comparisons, negation and `as` conversions. Money never
// mixes silently with plain numbers, durations are not numbers (a month has
// no fixed number of days), dates move only by durations, and comparisons
// need operands of one type. Division of numbers is exact: it yields a
// decimal even for two integers. `as integer` truncates a decimal toward
// zero; `as money` reads a number as kroner.
#include <fmt/format.h>

#include <algorithm>

#include "sema/literals.h"
#include "sema/passes.h"

namespace frist::sema {
namespace {

const char* op_text(ast::Op op) {
  return ast::op_spelling(op);
}

ExprOp program_op(ast::Op op) {
  switch (op) {
    case ast::Op::Add:
      return ExprOp::Add;
    case ast::Op::Sub:
      return ExprOp::Sub;
    case ast::Op::Mul:
      return ExprOp::Mul;
    case ast::Op::Div:
      return ExprOp::Div;
    case ast::Op::Lt:
      return ExprOp::Lt;
    case ast::Op::Le:
      return ExprOp::Le;
    case ast::Op::Gt:
      return ExprOp::Gt;
    case ast::Op::Ge:
      return ExprOp::Ge;
    case ast::Op::Eq:
      return ExprOp::Eq;
    default:
      return ExprOp::Ne;
  }
}

Type promoted(const Type& a, const Type& b) {
  bool decimal = a.kind == TypeKind::Decimal || b.kind == TypeKind::Decimal;
  return simple_type(decimal ? TypeKind::Decimal : TypeKind::Int);
}

Expr pair(ExprOp op, Type type, Expr a, Expr b) {
  std::vector<Expr> args;
  args.push_back(std::move(a));
  args.push_back(std::move(b));
  return make_node(op, type, std::move(args));
}

Expr failed(ExprOp op, Expr a, Expr b) {
  return pair(op, simple_type(TypeKind::Error), std::move(a), std::move(b));
}

// The hint for a money mix-up: convert the plain number explicitly.
void money_mixing(Context& ctx, const Expr& number) {
  std::string hint;
  if (number.op == ExprOp::Const)
    hint = fmt::format("write the amount in kroner: `{} DKK`", number.source_text);
  else if (number.args.empty())
    hint = fmt::format("write `{} as money`", number.source_text);
  else
    hint = fmt::format("write `({}) as money`", number.source_text);
  ctx.diags.report(Kind::MoneyMixing, number.span, quoted(ctx.program, number.type)).hint(hint);
}

// Reports why `a op b` has no meaning; the caller returns an Error node.
void no_meaning(Context& ctx, const ast::Expr& e, const Expr& a, const Expr& b) {
  const char* op = op_text(e.op);
  std::string ta = quoted(ctx.program, a.type), tb = quoted(ctx.program, b.type);
  bool a_dur = a.type.kind == TypeKind::Duration, b_dur = b.type.kind == TypeKind::Duration;
  if ((a_dur && is_numeric(b.type)) || (b_dur && is_numeric(a.type))) {
    ctx.diags.report(Kind::DurationIsNotNumber, e.span, op, ta, tb)
        .hint("give the number a unit, e.g. `14 days` or `3 months`");
  } else if (a.type.kind == TypeKind::Money && is_numeric(b.type)) {
    money_mixing(ctx, b);
  } else if (b.type.kind == TypeKind::Money && is_numeric(a.type)) {
    money_mixing(ctx, a);
  } else if ((a.type.kind == TypeKind::Date) != (b.type.kind == TypeKind::Date) &&
             e.kind == ast::ExprKind::Compare) {
    const Expr& other = a.type.kind == TypeKind::Date ? b : a;
    ctx.diags.report(Kind::NotADate, other.span, quoted(ctx.program, other.type));
  } else if (a.type.kind == TypeKind::Date && is_numeric(b.type)) {
    ctx.diags.report(Kind::InvalidOperands, e.span, op, ta, tb)
        .hint("to move a date, add a duration such as `14 days`");
  } else if (a_dur && b_dur && e.kind == ast::ExprKind::Compare) {
    ctx.diags.report(Kind::InvalidOperands, e.span, op, ta, tb)
        .hint("months have no fixed number of days; compare the dates they lead to instead");
  } else if (a.type == b.type && e.kind == ast::ExprKind::Compare) {
    ctx.diags.report(Kind::InvalidOperands, e.span, op, ta, tb)
        .hint("these values have no order; compare them with `=`, `!=` or `in {...}`");
  } else {
    ctx.diags.report(Kind::InvalidOperands, e.span, op, ta, tb);
  }
}

Expr additive(Context& ctx, const ast::Expr& e, Expr a, Expr b) {
  ExprOp op = program_op(e.op);
  TypeKind ka = a.type.kind, kb = b.type.kind;
  bool add = e.op == ast::Op::Add;
  if (is_numeric(a.type) && is_numeric(b.type))
    return pair(op, promoted(a.type, b.type), std::move(a), std::move(b));
  if (ka == kb && (ka == TypeKind::Money || ka == TypeKind::Duration))
    return pair(op, simple_type(ka), std::move(a), std::move(b));
  if (ka == TypeKind::Date && kb == TypeKind::Duration)
    return pair(add ? ExprOp::DateAdd : ExprOp::DateSub, a.type, std::move(a), std::move(b));
  if (add && ka == TypeKind::Duration && kb == TypeKind::Date)
    return pair(ExprOp::DateAdd, b.type, std::move(b), std::move(a));
  if (!add && ka == TypeKind::Date && kb == TypeKind::Date)
    return pair(ExprOp::DateDiff, simple_type(TypeKind::Int), std::move(a), std::move(b));
  no_meaning(ctx, e, a, b);
  return failed(op, std::move(a), std::move(b));
}

// Division by zero is unknown, so a quotient may be unknown unless it
// divides by a constant other than zero.
Expr quotient_may_be_unknown(Expr e) {
  if (e.op == ExprOp::Div && !(e.args[1].op == ExprOp::Const && e.args[1].value != 0))
    e.may_be_unknown = true;
  return e;
}

Expr multiplicative(Context& ctx, const ast::Expr& e, Expr a, Expr b) {
  ExprOp op = program_op(e.op);
  TypeKind ka = a.type.kind, kb = b.type.kind;
  bool div = e.op == ast::Op::Div;
  if (is_numeric(a.type) && is_numeric(b.type)) {
    Type type = div ? simple_type(TypeKind::Decimal) : promoted(a.type, b.type);
    return pair(op, type, std::move(a), std::move(b));
  }
  if (ka == TypeKind::Money && is_numeric(b.type))
    return pair(op, a.type, std::move(a), std::move(b));
  if (!div && is_numeric(a.type) && kb == TypeKind::Money)
    return pair(op, b.type, std::move(a), std::move(b));
  if (div && ka == TypeKind::Money && kb == TypeKind::Money)
    return pair(op, simple_type(TypeKind::Decimal), std::move(a), std::move(b));
  bool mixes_money = (ka == TypeKind::Money) != (kb == TypeKind::Money);
  if (mixes_money && (is_numeric(a.type) || is_numeric(b.type))) {
    ctx.diags.report(Kind::InvalidOperands, e.span, op_text(e.op), quoted(ctx.program, a.type),
                     quoted(ctx.program, b.type));  // a number divided by money
    return failed(op, std::move(a), std::move(b));
  }
  no_meaning(ctx, e, a, b);
  return failed(op, std::move(a), std::move(b));
}

bool comparable(const Type& a, const Type& b, ast::Op op) {
  bool equality = op == ast::Op::Eq || op == ast::Op::Ne;
  if (is_numeric(a) && is_numeric(b)) return true;
  if (!(a == b)) return false;
  switch (a.kind) {
    case TypeKind::Money:
    case TypeKind::Date:
      return true;
    case TypeKind::Duration:
    case TypeKind::Enum:
    case TypeKind::Text:
    case TypeKind::Bool:
      return equality;
    default:
      return false;
  }
}

}  // namespace

Expr check_neg(Context& ctx, const ast::Expr& e, const ExprEnv& env) {
  Expr a = check_expr(ctx, *e.args[0], env);
  Type type = a.type;
  type.range.reset();
  if (is_error(type)) return make_node(ExprOp::Neg, type, {});
  if (!is_numeric(type) && type.kind != TypeKind::Money) {
    ctx.diags.report(Kind::TypeMismatch, e.span, "a number or money", quoted(ctx.program, type));
    return make_node(ExprOp::Neg, simple_type(TypeKind::Error), {});
  }
  if (a.op == ExprOp::Const) {  // `-5` is a constant, as tests and parameters need
    a.value = -a.value;
    a.type = type;
    return a;
  }
  std::vector<Expr> args;
  args.push_back(std::move(a));
  return make_node(ExprOp::Neg, type, std::move(args));
}

Expr check_arith(Context& ctx, const ast::Expr& e, const ExprEnv& env) {
  Expr a = check_expr(ctx, *e.args[0], env);
  Expr b = check_expr(ctx, *e.args[1], env);
  if (is_error(a.type) || is_error(b.type))
    return failed(program_op(e.op), std::move(a), std::move(b));
  if (e.op == ast::Op::Add || e.op == ast::Op::Sub)
    return additive(ctx, e, std::move(a), std::move(b));
  return quotient_may_be_unknown(multiplicative(ctx, e, std::move(a), std::move(b)));
}

Expr check_compare(Context& ctx, const ast::Expr& e, const ExprEnv& env) {
  // Type the side that is not a bare enumeration member first, so the member
  // resolves in the other side's enumeration.
  bool right_first =
      is_contextual_member(ctx, *e.args[0], env) && !is_contextual_member(ctx, *e.args[1], env);
  Expr a, b;
  if (right_first) {
    b = check_expr(ctx, *e.args[1], env);
    a = check_expr(ctx, *e.args[0], env, &b.type);
  } else {
    a = check_expr(ctx, *e.args[0], env);
    b = check_expr(ctx, *e.args[1], env, &a.type);
  }
  ExprOp op = program_op(e.op);
  if (is_error(a.type) || is_error(b.type)) return failed(op, std::move(a), std::move(b));
  if (!comparable(a.type, b.type, e.op)) {
    no_meaning(ctx, e, a, b);
    return failed(op, std::move(a), std::move(b));
  }
  return pair(op, simple_type(TypeKind::Bool), std::move(a), std::move(b));
}

Expr check_convert(Context& ctx, const ast::Expr& e, const ExprEnv& env) {
  struct Conversion {
    const char* target;
    TypeKind from;
    ExprOp op;
    TypeKind to;
  };
  static constexpr Conversion kConversions[] = {
      {"decimal", TypeKind::Int, ExprOp::ToDecimal, TypeKind::Decimal},
      {"decimal", TypeKind::Money, ExprOp::ToDecimal, TypeKind::Decimal},
      {"money", TypeKind::Int, ExprOp::ToMoney, TypeKind::Money},
      {"money", TypeKind::Decimal, ExprOp::ToMoney, TypeKind::Money},
      {"integer", TypeKind::Decimal, ExprOp::ToInt, TypeKind::Int}};
  static const std::vector<std::string> kTargets = {"integer", "decimal", "money"};
  static const std::vector<std::string> kOthers = {"bool", "date", "duration", "text"};
  Expr a = check_expr(ctx, *e.args[0], env);
  const std::string& target = e.name.text;
  auto listed = [&](const std::vector<std::string>& list) {
    return std::find(list.begin(), list.end(), target) != list.end();
  };
  if (!listed(kTargets) && !listed(kOthers) && lookup(ctx.scope.enums, target) == kNone) {
    ctx.diags.report(Kind::UnknownType, e.name.span, target)
        .hint(diag::did_you_mean(target, kTargets));
    return make_node(ExprOp::ToDecimal, simple_type(TypeKind::Error), {});
  }
  if (is_error(a.type) || type_name(ctx.program, a.type) == target) return a;  // nothing to do
  for (const Conversion& c : kConversions) {
    if (target != c.target || a.type.kind != c.from) continue;
    std::vector<Expr> args;
    args.push_back(std::move(a));
    return make_node(c.op, simple_type(c.to), std::move(args));
  }
  ctx.diags.report(Kind::InvalidConversion, e.span, quoted(ctx.program, a.type),
                   "`" + target + "`");
  return make_node(ExprOp::ToDecimal, simple_type(TypeKind::Error), {});
}

}  // namespace frist::sema
