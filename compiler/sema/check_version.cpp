// The versions of a requirement. Clauses written on the requirement are the
// defaults of every version and are typed once; a version's own clause
// overrides the default. A requirement without `version` blocks has one
// implicit version in force at all times. A `no duty` version (a duty the
// statute abolished or made discretionary) ignores inherited duty clauses
// but may not state its own. Versions are sorted by period and must not
// overlap.
#include <algorithm>

#include "sema/literals.h"
#include "sema/passes.h"

namespace frist::sema {
namespace {

// The clauses of one level (requirement or version), each typed once.
struct Clauses {
  std::optional<std::vector<Citation>> citations;
  std::optional<Expr> when;
  std::optional<Trigger> trigger;
  std::optional<ast::Action> action;
  std::optional<std::vector<Fulfilment>> fulfilments;
  std::optional<Window> due;
  std::optional<Index> calendar;
  std::optional<bool> roll_forward;
  std::optional<std::string> no_duty;
};

Index resolve_calendar(Context& ctx, const ast::Name& name) {
  if (name.text == "danish") return kNone;
  Index id = lookup(ctx.scope.calendars, name.text);
  if (id != kNone) return id;
  std::vector<std::string> candidates = names_of(ctx.program.calendars);
  candidates.push_back("danish");
  std::string hint = diag::did_you_mean(name.text, candidates);
  ctx.diags.report(Kind::UnknownCalendar, name.span, name.text)
      .hint(hint.empty() ? "the built-in Danish calendar is called `danish`" : hint);
  return kNone;
}

Clauses check_clauses(Context& ctx, const ast::ReqClauses& c, const ExprEnv& env) {
  Clauses out;
  if (!c.citations.empty()) out.citations = check_citations(ctx, c.citations);
  if (c.when) out.when = check_condition(ctx, *c.when, env);
  if (c.trigger) out.trigger = check_trigger(ctx, c.trigger, env);
  out.action = c.action;
  if (!c.fulfilments.empty()) out.fulfilments = check_fulfilments(ctx, c.fulfilments, env);
  if (c.due) out.due = check_window(ctx, *c.due, env);
  if (c.calendar) out.calendar = resolve_calendar(ctx, *c.calendar);
  out.roll_forward = c.roll_forward;
  if (c.no_duty) out.no_duty = c.no_duty->reason;
  return out;
}

// E0412 for each duty clause written beside a `no duty` of the same level.
void forbid_duty_clauses(Context& ctx, const ast::ReqClauses& c) {
  auto forbid = [&](bool present, Span span, const char* what) {
    if (present) ctx.diags.report(Kind::NoDutyWithClauses, span, what);
  };
  forbid(c.when != nullptr, c.when ? c.when->span : Span{}, "`when`");
  forbid(c.trigger.has_value(), c.trigger ? c.trigger->span : Span{}, "`triggered by`");
  forbid(c.action.has_value(), c.action ? c.action->span : Span{}, "`do`");
  forbid(!c.fulfilments.empty(), c.fulfilments.empty() ? Span{} : c.fulfilments[0].span,
         "`fulfilled by`");
  forbid(c.due.has_value(), c.due ? c.due->span : Span{}, "`due`");
}

// Without `triggered by` no date starts the obligation, so `the trigger` in
// its window could only ever be unknown: refused rather than left to make
// every case undetermined.
// Versions that inherit one window share its spans: each is reported once.
void check_trigger_declared(Context& ctx, const std::string& name,
                            const std::vector<Version>& versions) {
  std::vector<const Expr*> reported;
  for (const Version& v : versions) {
    if (v.no_duty || v.trigger.kind != TriggerKind::Applicability) continue;
    const Expr* trigger = window_trigger(v.due);
    if (!trigger) continue;
    bool seen = std::any_of(reported.begin(), reported.end(), [&](const Expr* r) {
      return r->span.file == trigger->span.file && r->span.line == trigger->span.line &&
             r->span.col == trigger->span.col;
    });
    if (!seen) {
      report_trigger_not_declared(ctx, *trigger, name);
      reported.push_back(trigger);
    }
  }
}

template <typename T>
const std::optional<T>& pick(const std::optional<T>& own, const std::optional<T>& base) {
  return own ? own : base;
}

Version merge(Context& ctx, const std::string& name, const Clauses& base, const Clauses& own,
              Span where) {
  Version v;
  v.span = where;
  v.citations = pick(own.citations, base.citations).value_or(std::vector<Citation>{});
  v.calendar = pick(own.calendar, base.calendar).value_or(kNone);
  v.roll_forward = pick(own.roll_forward, base.roll_forward).value_or(false);
  if (const auto& no_duty = pick(own.no_duty, base.no_duty)) {
    v.no_duty = true;
    v.no_duty_reason = *no_duty;
    return v;
  }
  v.when = pick(own.when, base.when);
  if (const auto& trigger = pick(own.trigger, base.trigger)) v.trigger = *trigger;
  const auto& action = pick(own.action, base.action);
  const auto& fulfilments = pick(own.fulfilments, base.fulfilments);
  const auto& due = pick(own.due, base.due);
  if (!due) ctx.diags.report(Kind::MissingDue, where, name);
  if (!action) ctx.diags.report(Kind::MissingAction, where, name);
  if (!fulfilments) ctx.diags.report(Kind::MissingFulfilment, where, name);
  if (!due || !action || !fulfilments) return v;
  v.action_verb = action->verb.text;
  v.action_text = action->text;
  v.fulfilments = *fulfilments;
  v.due = *due;
  return v;
}

void check_overlaps(Context& ctx, const ast::RequirementDecl& d, const std::vector<Version>& vs) {
  for (size_t j = 0; j < vs.size(); ++j) {
    for (size_t i = 0; i < j; ++i) {
      bool empty =
          vs[i].period.from >= vs[i].period.until || vs[j].period.from >= vs[j].period.until;
      if (empty || !vs[i].period.overlaps(vs[j].period)) continue;
      ctx.diags.report(Kind::VersionsOverlap, d.versions[j].interval.span, d.name.text)
          .note(d.versions[i].interval.span,
                fmt::format("overlaps this version, in force {}", period_words(vs[i].period)));
      break;  // one report per version is enough
    }
  }
}

bool empty_period(Context& ctx, const ast::Interval& interval, const Period& p) {
  if (p.from < p.until) return false;
  ctx.diags.report(Kind::EmptyInterval, interval.span);
  return true;
}

}  // namespace

std::vector<Version> check_versions(Context& ctx, const ast::RequirementDecl& d,
                                    const ExprEnv& env) {
  Clauses base = check_clauses(ctx, d.clauses, env);
  if (d.clauses.no_duty) forbid_duty_clauses(ctx, d.clauses);
  if (d.versions.empty()) {
    std::vector<Version> one = {merge(ctx, d.name.text, base, Clauses{}, d.name.span)};
    check_trigger_declared(ctx, d.name.text, one);
    return one;
  }
  std::vector<Version> versions;
  for (const ast::VersionDecl& vd : d.versions) {
    if (vd.clauses.selected_by)
      ctx.diags.report(Kind::SelectorInVersion, vd.clauses.selected_by->span);
    Clauses own = check_clauses(ctx, vd.clauses, env);
    if (vd.clauses.no_duty || d.clauses.no_duty) forbid_duty_clauses(ctx, vd.clauses);
    Version v = merge(ctx, d.name.text, base, own, vd.span);
    v.label = vd.label;
    v.period = to_period(vd.interval);
    if (empty_period(ctx, vd.interval, v.period)) v.period = Period{0, 0};
    versions.push_back(std::move(v));
  }
  check_overlaps(ctx, d, versions);
  check_trigger_declared(ctx, d.name.text, versions);
  std::stable_sort(versions.begin(), versions.end(), [](const Version& a, const Version& b) {
    return a.period.from < b.period.from;
  });
  return versions;
}

}  // namespace frist::sema
