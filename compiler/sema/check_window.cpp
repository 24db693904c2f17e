// Due windows, of requirements, of trial replacements and of trial duties.
// Anchors and ends are dates; `before R` and `no later than R` name another
// requirement of the same case schema (the dependency graph itself is built
// and ordered in dependencies.cpp, before bodies are checked). The window
// keeps its text as written for explanations.
#include "sema/literals.h"
#include "sema/passes.h"

namespace frist::sema {
namespace {

WindowKind program_kind(ast::WindowKind kind) {
  switch (kind) {
    case ast::WindowKind::EndOfWeek:
      return WindowKind::EndOfWeek;
    case ast::WindowKind::BetweenWeeks:
      return WindowKind::BetweenWeeks;
    case ast::WindowKind::LatestAfter:
    case ast::WindowKind::Within:
      return WindowKind::After;
    case ast::WindowKind::BeforeReq:
      return WindowKind::BeforeReq;
    case ast::WindowKind::NoLaterThan:
      return WindowKind::NoLaterThan;
    case ast::WindowKind::Range:
      return WindowKind::Range;
    case ast::WindowKind::By:
      return WindowKind::By;
    case ast::WindowKind::Cadence:
      return WindowKind::Cadence;
  }
  return WindowKind::By;
}

std::vector<std::string> requirement_names(const Context& ctx) {
  return names_of(ctx.program.requirements);
}

Duration window_duration(Context& ctx, const ast::Duration& d) {
  if (d.working && d.unit != ast::Unit::Days)
    ctx.diags.report(Kind::WorkingUnit, d.span, duration_text(d))
        .hint("count the working days instead, e.g. `5 working days`");
  return to_duration(d);
}

}  // namespace

Index resolve_requirement(Context& ctx, const ast::Name& name) {
  auto it = ctx.scope.obligations.find(name.text);
  if (it != ctx.scope.obligations.end() && it->second.kind == Obligation::Kind::Requirement)
    return it->second.index;
  auto report = ctx.diags.report(Kind::UnknownRequirement, name.span, name.text);
  if (it == ctx.scope.obligations.end())
    report.hint(diag::did_you_mean(name.text, requirement_names(ctx)));
  else if (it->second.kind == Obligation::Kind::Trial)
    report.note(it->second.span, "this is a trial, not a requirement");
  else
    report.note(it->second.span, "this is a duty of a trial, not a requirement");
  return kNone;
}

void check_same_schema(Context& ctx, Index req, Index schema, Span span) {
  if (req == kNone || schema == kNone) return;
  Index other = ctx.program.requirements[req].schema;
  if (other == kNone || other == schema) return;
  ctx.diags.report(Kind::SchemaMismatch, span, ctx.program.requirements[req].name,
                   ctx.program.schemas[other].name, ctx.program.schemas[schema].name);
}

// `trigger` is known only once an obligation has started, which is exactly
// where its window is computed; conditions and trial scopes come before.
Window check_window(Context& ctx, const ast::Window& w, const ExprEnv& outer) {
  ExprEnv env = outer;
  env.trigger_allowed = true;
  Window out;
  out.kind = program_kind(w.kind);
  out.week_from = static_cast<int32_t>(w.week_from);
  out.week_to = static_cast<int32_t>(w.week_to);
  out.span = w.span;
  out.text = window_text(w);
  if (w.kind == ast::WindowKind::BetweenWeeks && w.week_from > w.week_to)
    ctx.diags.report(Kind::EmptyRange, w.span, w.week_from, w.week_to);
  bool has_duration = w.kind == ast::WindowKind::LatestAfter || w.kind == ast::WindowKind::Within ||
                      w.kind == ast::WindowKind::Cadence;
  if (has_duration) out.duration = window_duration(ctx, w.duration);
  if (w.cadence_for) out.cadence_for = window_duration(ctx, *w.cadence_for);
  if (w.anchor) out.anchor = check_date(ctx, *w.anchor, env);
  if (w.end) out.end = check_date(ctx, *w.end, env);
  if (w.kind == ast::WindowKind::BeforeReq || w.kind == ast::WindowKind::NoLaterThan) {
    out.requirement = resolve_requirement(ctx, w.requirement);
    check_same_schema(ctx, out.requirement, env.schema, w.requirement.span);
  }
  return out;
}

namespace {

const Expr* find_trigger(const Expr& e) {
  if (e.op == ExprOp::TriggerDate) return &e;
  for (const Expr& arg : e.args) {
    if (const Expr* found = find_trigger(arg)) return found;
  }
  return nullptr;
}

}  // namespace

const Expr* window_trigger(const Window& w) {
  for (const std::optional<Expr>* part : {&w.anchor, &w.end}) {
    if (!*part) continue;
    if (const Expr* found = find_trigger(**part)) return found;
  }
  return nullptr;
}

void report_trigger_not_declared(Context& ctx, const Expr& trigger, const std::string& name) {
  ctx.diags.report(Kind::TriggerNotDeclared, trigger.span, name)
      .hint("add `triggered by <date>` (or `triggered by each <event>`), or use that date itself");
}

}  // namespace frist::sema
