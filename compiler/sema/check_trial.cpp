// Trials: the case schema (written, or inferred from the requirements the
// effects change), the date that decides whether a case falls inside a
// municipality's period, the target group, and the effects: exempting a
// requirement, replacing its window, allowing another fulfilment, or
// imposing a duty of the trial's own. Municipalities are in
// check_municipality.cpp, conflicts between trials in conflicts.cpp.
#include <algorithm>

#include "sema/literals.h"
#include "sema/passes.h"

namespace frist::sema {
namespace {

Index requirement_schema(const Context& ctx, const std::string& name) {
  auto it = ctx.scope.obligations.find(name);
  if (it == ctx.scope.obligations.end() || it->second.kind != Obligation::Kind::Requirement)
    return kNone;
  return ctx.program.requirements[it->second.index].schema;
}

// The schema written with `for`, or the one schema of every requirement the
// trial's effects change.
Index trial_schema(Context& ctx, const ast::TrialDecl& d, bool* failed) {
  if (d.schema) {
    Index id = resolve_schema(ctx, *d.schema);
    *failed = id == kNone;
    return id;
  }
  std::vector<Index> seen;
  for (const ast::TrialEffect& e : d.effects) {
    Index s = e.kind == ast::EffectKind::Duty ? kNone : requirement_schema(ctx, e.target.text);
    if (s != kNone && std::find(seen.begin(), seen.end(), s) == seen.end()) seen.push_back(s);
  }
  if (seen.size() == 1) return seen[0];
  *failed = true;
  auto report = ctx.diags.report(Kind::MissingTrialSchema, d.name.span, d.name.text);
  if (seen.size() > 1)
    report.hint(fmt::format("its effects change requirements of `{}` and `{}`; add `for <schema>`",
                            ctx.program.schemas[seen[0]].name, ctx.program.schemas[seen[1]].name));
  else if (ctx.program.schemas.size() == 1)
    report.hint(fmt::format("add `for {}`", ctx.program.schemas[0].name));
  return kNone;
}

Index changed_requirement(Context& ctx, const ast::TrialEffect& e, const ExprEnv& env) {
  Index req = resolve_requirement(ctx, e.target);
  check_same_schema(ctx, req, env.schema, e.target.span);
  return req;
}

void check_duty(Context& ctx, const ast::TrialDecl& d, const ast::TrialEffect& e, Effect& out,
                const ExprEnv& env) {
  out.duty_name = e.target.text;
  out.duty_title = e.title;
  if (e.action) {
    out.action_verb = e.action->verb.text;
    out.action_text = e.action->text;
  }
  out.fulfilments = check_fulfilments(ctx, e.fulfilments, env);
  if (e.fulfilments.empty())
    ctx.diags.report(Kind::DutyWithoutFulfilment, e.target.span, e.target.text, d.name.text)
        .hint("add `fulfilled by <event>` to the duty");
  if (e.window) {
    out.window = check_window(ctx, *e.window, env);
  } else {
    // A duty without a deadline could never be overdue nor tell its window.
    ctx.diags.report(Kind::MissingDue, e.target.span, e.target.text)
        .hint("add `due ...` to the duty, e.g. `due no later than <requirement>`");
  }
}

// A replacement window counts from the changed requirement's trigger, which
// a requirement with no `triggered by` in any version never has.
void check_replaced_trigger(Context& ctx, const Effect& effect) {
  const Expr* trigger = effect.window ? window_trigger(*effect.window) : nullptr;
  if (!trigger || effect.requirement == kNone) return;
  const Requirement& r = ctx.program.requirements[effect.requirement];
  bool triggered = std::any_of(r.versions.begin(), r.versions.end(), [](const Version& v) {
    return !v.no_duty && v.trigger.kind != TriggerKind::Applicability;
  });
  if (!triggered) report_trigger_not_declared(ctx, *trigger, r.name);
}

Effect check_effect(Context& ctx, const ast::TrialDecl& d, const ast::TrialEffect& e,
                    const ExprEnv& env) {
  Effect out;
  out.kind = static_cast<EffectKind>(e.kind);
  out.span = e.span;
  if (e.kind == ast::EffectKind::Duty) {
    check_duty(ctx, d, e, out, env);
    return out;
  }
  out.requirement = changed_requirement(ctx, e, env);
  if (e.condition) out.condition = check_condition(ctx, *e.condition, env);
  if (e.saving) {
    out.saving = check_expr(ctx, *e.saving, env);
    const Type& type = out.saving->type;
    if (!is_error(type) && type.kind != TypeKind::Money)
      ctx.diags.report(Kind::TypeMismatch, e.saving->span, "`money`", quoted(ctx.program, type));
  }
  if (e.kind == ast::EffectKind::ReplaceWindow && e.window) {
    out.window = check_window(ctx, *e.window, env);
    check_replaced_trigger(ctx, out);
  }
  if (e.kind == ast::EffectKind::Alternative)
    out.fulfilments = check_fulfilments(ctx, e.fulfilments, env);
  return out;
}

void check_period_date(Context& ctx, const ast::TrialDecl& d, Trial& t, const ExprEnv& env) {
  if (d.period_date) {
    t.period_date = check_date(ctx, *d.period_date, env);
    return;
  }
  t.period_date.type = simple_type(TypeKind::Error);
  std::string fact = first_date_fact(ctx, t.schema);
  ctx.diags.report(Kind::MissingPeriodDate, d.name.span, d.name.text)
      .hint(fmt::format("add `period decided by {}`", fact.empty() ? "<date>" : fact));
}

}  // namespace

void check_trials(Context& ctx) {
  for (size_t i = 0; i < ctx.trial_decls.size(); ++i) {
    const ast::TrialDecl& d = *ctx.trial_decls[i];
    Trial& t = ctx.program.trials[i];
    t.citations = check_citations(ctx, d.citations);
    t.off_by_default = d.off_by_default;
    t.precedes = ctx.trial_over[i];
    bool failed = false;
    t.schema = trial_schema(ctx, d, &failed);
    ctx.trial_schema_failed[i] = failed;
    ExprEnv env;
    env.schema = t.schema;
    env.quiet_names = failed;
    check_municipalities(ctx, d, t);
    check_period_date(ctx, d, t, env);
    if (d.target) t.target = check_condition(ctx, *d.target, env);
    for (const ast::TrialEffect& e : d.effects) t.effects.push_back(check_effect(ctx, d, e, env));
    if (d.effects.empty()) ctx.diags.report(Kind::TrialWithoutEffect, d.name.span, d.name.text);
  }
}

}  // namespace frist::sema
