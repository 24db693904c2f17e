// Everything that reads a case's dated history: the event primaries (`first`,
// `last`, `count`, `has`), `end of week N counted from`, the events that
// fulfil an obligation and the clause that triggers it. Inside a `where` the
// event's fields are in scope and shadow facts of the same name. `first` and
// `last` may be unknown, since the event may not have happened.
#include "sema/literals.h"
#include "sema/passes.h"

namespace frist::sema {
namespace {

// The `where` condition of an event, with its fields in scope; when the
// event itself is unknown its fields are too, silently.
Expr check_where(Context& ctx, const ast::Expr& where, Index event, const ExprEnv& env) {
  ExprEnv inner = env;
  inner.event = event;
  if (event == kNone) inner.quiet_names = true;
  return check_condition(ctx, where, inner);
}

Expr end_of_week(Context& ctx, const ast::Expr& e, const ExprEnv& env) {
  std::vector<Expr> args;
  args.push_back(check_date(ctx, *e.args[0], env));
  bool error = is_error(args[0].type);
  Expr out = make_node(ExprOp::EndOfWeek, simple_type(error ? TypeKind::Error : TypeKind::Date),
                       std::move(args));
  out.value = e.int_value;
  return out;
}

}  // namespace

Index resolve_event(Context& ctx, const ast::Name& name) {
  Index id = lookup(ctx.scope.events, name.text);
  if (id == kNone)
    ctx.diags.report(Kind::UnknownEvent, name.span, name.text)
        .hint(diag::did_you_mean(name.text, names_of(ctx.program.events)));
  return id;
}

Expr check_event_primary(Context& ctx, const ast::Expr& e, const ExprEnv& env) {
  if (e.kind == ast::ExprKind::EndOfWeek) return end_of_week(ctx, e, env);
  Index event = resolve_event(ctx, e.name);
  std::vector<Expr> args;
  if (!e.args.empty()) args.push_back(check_where(ctx, *e.args[0], event, env));
  ExprOp op = ExprOp::HasEvent;
  TypeKind type = TypeKind::Bool;
  switch (e.kind) {
    case ast::ExprKind::FirstEvent:
      op = ExprOp::FirstEvent;
      type = TypeKind::Date;
      break;
    case ast::ExprKind::LastEvent:
      op = ExprOp::LastEvent;
      type = TypeKind::Date;
      break;
    case ast::ExprKind::CountEvent:
      op = ExprOp::CountEvents;
      type = TypeKind::Int;
      break;
    default:
      break;
  }
  if (event == kNone) type = TypeKind::Error;
  Expr out = make_node(op, simple_type(type), std::move(args));
  out.ref = event;
  if (op == ExprOp::FirstEvent || op == ExprOp::LastEvent) out.may_be_unknown = true;
  return out;
}

std::vector<Fulfilment> check_fulfilments(Context& ctx, const std::vector<ast::Fulfilment>& list,
                                          const ExprEnv& env) {
  std::vector<Fulfilment> out;
  for (const ast::Fulfilment& f : list) {
    Fulfilment fulfilment;
    fulfilment.event = resolve_event(ctx, f.event);
    if (f.where) fulfilment.where = check_where(ctx, *f.where, fulfilment.event, env);
    out.push_back(std::move(fulfilment));
  }
  return out;
}

Trigger check_trigger(Context& ctx, const std::optional<ast::Trigger>& trigger,
                      const ExprEnv& env) {
  Trigger out;
  if (!trigger) return out;  // applicability: the window's own anchor starts it
  if (!trigger->each_event) {
    out.kind = TriggerKind::Date;
    if (trigger->date) out.date = check_date(ctx, *trigger->date, env);
    return out;
  }
  out.kind = TriggerKind::EachEvent;
  out.event = resolve_event(ctx, trigger->event);
  if (trigger->where) out.where = check_where(ctx, *trigger->where, out.event, env);
  return out;
}

}  // namespace frist::sema
