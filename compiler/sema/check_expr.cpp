// Types expressions: literals, logic, `is known`, membership and `if`, and
// dispatch to the name, operator and event handlers. Every result carries
// its type and whether it may be unknown. An operand typed Error was
// reported already, so nothing built on it reports again: Error flows up
// silently and each mistake yields exactly one diagnostic.
#include "sema/literals.h"
#include "sema/passes.h"

namespace frist::sema {
namespace {

Expr constant(Type type, int64_t value) {
  Expr e;
  e.op = ExprOp::Const;
  e.type = type;
  e.value = value;
  return e;
}

Expr check_decimal(Context& ctx, const ast::Expr& e) {
  DecimalError error = DecimalError::None;
  std::optional<int64_t> scaled = parse_decimal(e.text, &error);
  if (scaled) return constant(simple_type(TypeKind::Decimal), *scaled);
  if (error == DecimalError::TooPrecise)
    ctx.diags.report(Kind::DecimalTooPrecise, e.span, e.text);
  else
    ctx.diags.report(Kind::InvalidNumber, e.span, e.text);
  return constant(simple_type(TypeKind::Error), 0);
}

Expr check_duration(Context& ctx, const ast::Expr& e) {
  if (e.duration.working && e.duration.unit != ast::Unit::Days) {
    ctx.diags.report(Kind::WorkingUnit, e.span, duration_text(e.duration))
        .hint("count the working days instead, e.g. `5 working days`");
    return constant(simple_type(TypeKind::Error), 0);
  }
  Expr out = constant(simple_type(TypeKind::Duration), 0);
  out.duration = to_duration(e.duration);
  return out;
}

Expr check_literal(Context& ctx, const ast::Expr& e) {
  switch (e.kind) {
    case ast::ExprKind::Int:
      return constant(simple_type(TypeKind::Int), e.int_value);
    case ast::ExprKind::Decimal:
      return check_decimal(ctx, e);
    case ast::ExprKind::Money:
      return constant(simple_type(TypeKind::Money), e.int_value);
    case ast::ExprKind::Date:
      return constant(simple_type(TypeKind::Date), e.date);
    case ast::ExprKind::Bool:
      return constant(simple_type(TypeKind::Bool), e.bool_value ? 1 : 0);
    case ast::ExprKind::Duration:
      return check_duration(ctx, e);
    case ast::ExprKind::String: {
      Expr out = constant(simple_type(TypeKind::Text), 0);
      out.text = e.text;
      return out;
    }
    default:
      break;
  }
  ctx.diags.report(Kind::UnknownOutsideTest, e.span)
      .hint("to ask whether a value is missing, write `x is unknown`");
  return constant(simple_type(TypeKind::Error), 0);
}

// `not in`, `is unknown`: the positive test under a `not`.
Expr negate_if(bool negated, Expr e, Span span) {
  e.span = span;
  if (!negated) return e;
  Type type = e.type;
  std::vector<Expr> args;
  args.push_back(std::move(e));
  return make_node(ExprOp::Not, type, std::move(args));
}

Expr check_logic(Context& ctx, const ast::Expr& e, const ExprEnv& env, ExprOp op) {
  std::vector<Expr> args;
  bool error = false;
  for (const ast::ExprPtr& arg : e.args) {
    args.push_back(check_condition(ctx, *arg, env));
    error |= is_error(args.back().type);
  }
  return make_node(op, simple_type(error ? TypeKind::Error : TypeKind::Bool), std::move(args));
}

Expr check_known(Context& ctx, const ast::Expr& e, const ExprEnv& env) {
  std::vector<Expr> args;
  args.push_back(check_expr(ctx, *e.args[0], env));
  Expr known = make_node(ExprOp::IsKnown, simple_type(TypeKind::Bool), std::move(args));
  known.may_be_unknown = false;  // knowing whether a value is known is always known
  return negate_if(e.negated, std::move(known), e.span);
}

// Values of one type may meet in a list, a comparison or the branches of `if`;
// integers and decimals mix freely.
bool compatible(const Type& a, const Type& b) {
  return a == b || (is_numeric(a) && is_numeric(b)) || is_error(a) || is_error(b);
}

Expr check_in_list(Context& ctx, const ast::Expr& e, const ExprEnv& env) {
  std::vector<Expr> args;
  args.push_back(check_expr(ctx, *e.args[0], env));
  Type subject = args[0].type;
  for (size_t i = 1; i < e.args.size(); ++i) {
    args.push_back(check_expr(ctx, *e.args[i], env, &subject));
    const Type& element = args.back().type;
    if (!compatible(subject, element))
      ctx.diags.report(Kind::TypeMismatch, e.args[i]->span, quoted(ctx.program, subject),
                       quoted(ctx.program, element));
  }
  Expr in = make_node(ExprOp::InList, simple_type(TypeKind::Bool), std::move(args));
  return negate_if(e.negated, std::move(in), e.span);
}

Expr check_in_set(Context& ctx, const ast::Expr& e, const ExprEnv& env) {
  std::vector<Expr> args;
  ast::Expr set_name;
  set_name.kind = ast::ExprKind::Name;
  set_name.name = e.name;
  set_name.span = e.name.span;
  Expr set = check_name(ctx, set_name, env, nullptr);
  set.source_text = e.name.text;
  set.span = e.name.span;
  bool is_set = set.type.kind == TypeKind::Set;
  if (!is_error(set.type) && !is_set)
    ctx.diags.report(Kind::TypeMismatch, e.name.span, "a set", quoted(ctx.program, set.type));
  Type element = is_set ? enum_type(set.type.enum_id) : simple_type(TypeKind::Error);
  args.push_back(check_expr(ctx, *e.args[0], env, is_set ? &element : nullptr));
  if (is_set && !compatible(element, args[0].type))
    ctx.diags.report(Kind::TypeMismatch, e.args[0]->span, quoted(ctx.program, element),
                     quoted(ctx.program, args[0].type));
  args.push_back(std::move(set));
  Expr in = make_node(ExprOp::InSet, simple_type(TypeKind::Bool), std::move(args));
  return negate_if(e.negated, std::move(in), e.span);
}

Expr check_if(Context& ctx, const ast::Expr& e, const ExprEnv& env) {
  std::vector<Expr> args;
  args.push_back(check_condition(ctx, *e.args[0], env));
  args.push_back(check_expr(ctx, *e.args[1], env));
  Type then_type = args[1].type;
  args.push_back(check_expr(ctx, *e.args[2], env, &then_type));
  const Type& else_type = args[2].type;
  Type result = then_type;
  if (!compatible(then_type, else_type)) {
    ctx.diags.report(Kind::TypeMismatch, e.args[2]->span, quoted(ctx.program, then_type),
                     quoted(ctx.program, else_type));
    result = simple_type(TypeKind::Error);
  } else if (is_error(then_type) || is_error(else_type)) {
    result = simple_type(TypeKind::Error);
  } else if (then_type.kind != else_type.kind) {
    result = simple_type(TypeKind::Decimal);  // integer and decimal branches
  }
  result.range.reset();
  return make_node(ExprOp::If, result, std::move(args));
}

Expr dispatch(Context& ctx, const ast::Expr& e, const ExprEnv& env, const Type* want) {
  using K = ast::ExprKind;
  switch (e.kind) {
    case K::Name:
      return check_name(ctx, e, env, want);
    case K::Neg:
      return check_neg(ctx, e, env);
    case K::Binary:
      return check_arith(ctx, e, env);
    case K::Compare:
      return check_compare(ctx, e, env);
    case K::Known:
      return check_known(ctx, e, env);
    case K::InList:
      return check_in_list(ctx, e, env);
    case K::InSet:
      return check_in_set(ctx, e, env);
    case K::Not:
      return check_logic(ctx, e, env, ExprOp::Not);
    case K::And:
      return check_logic(ctx, e, env, ExprOp::And);
    case K::Or:
      return check_logic(ctx, e, env, ExprOp::Or);
    case K::If:
      return check_if(ctx, e, env);
    case K::Convert:
      return check_convert(ctx, e, env);
    case K::EndOfWeek:
    case K::FirstEvent:
    case K::LastEvent:
    case K::CountEvent:
    case K::HasEvent:
      return check_event_primary(ctx, e, env);
    case K::Trigger: {
      if (!env.trigger_allowed) ctx.diags.report(diag::Kind::TriggerOutsideObligation, e.span);
      Type date;
      date.kind = TypeKind::Date;
      return make_node(ExprOp::TriggerDate, date, {});
    }
    default:
      return check_literal(ctx, e);
  }
}

}  // namespace

Expr make_node(ExprOp op, Type type, std::vector<Expr> args) {
  Expr e;
  e.op = op;
  e.type = type;
  for (const Expr& arg : args) e.may_be_unknown |= arg.may_be_unknown;
  e.args = std::move(args);
  return e;
}

Expr check_expr(Context& ctx, const ast::Expr& e, const ExprEnv& env, const Type* want) {
  Expr out = dispatch(ctx, e, env, want);
  out.span = e.span;
  out.source_text = expr_text(e);
  return out;
}

Expr check_condition(Context& ctx, const ast::Expr& e, const ExprEnv& env) {
  Expr out = check_expr(ctx, e, env);
  if (!is_error(out.type) && out.type.kind != TypeKind::Bool) {
    ctx.diags.report(Kind::ConditionNotBool, e.span, quoted(ctx.program, out.type));
    out.type = simple_type(TypeKind::Error);
  }
  return out;
}

Expr check_date(Context& ctx, const ast::Expr& e, const ExprEnv& env) {
  Expr out = check_expr(ctx, e, env);
  if (!is_error(out.type) && out.type.kind != TypeKind::Date) {
    ctx.diags.report(Kind::NotADate, e.span, quoted(ctx.program, out.type));
    out.type = simple_type(TypeKind::Error);
  }
  return out;
}

}  // namespace frist::sema
