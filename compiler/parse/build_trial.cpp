// Trials (frikommuneforsøg): where and when they apply, and their effects on
// requirements (exempt, replace a deadline, allow another fulfilment, add a
// duty). Single-valued clauses may be given once; municipalities, effects
// and `takes precedence over` accumulate.
#include "parse/builder.h"

namespace frist::parse::detail {

namespace {

// `requires X "title" do ... fulfilled by ... due ...`
ast::TrialEffect build_duty(BuildContext& bc, P::DutyEffectContext* ctx) {
  ast::TrialEffect effect;
  effect.kind = ast::EffectKind::Duty;
  effect.target = name_of(bc, ctx->name());
  effect.title = optional_string(bc, ctx->STRING());
  ClauseTracker seen(effect.target.text);
  for (P::DutyClauseContext* clause : ctx->dutyClause()) {
    if (!usable(bc, clause)) continue;
    diag::Span span = span_of(bc, clause);
    if (auto* c = dynamic_cast<P::DutyActionContext*>(clause)) {
      if (seen.first(bc, "do", "do", span)) {
        effect.action = build_action(bc, c, c->name(), c->STRING());
      }
    } else if (auto* c = dynamic_cast<P::DutyFulfilContext*>(clause)) {
      if (seen.first(bc, "fulfilled", "fulfilled by", span)) {
        effect.fulfilments = build_fulfilments(bc, c->fulfilment());
      }
    } else if (auto* c = dynamic_cast<P::DutyDueContext*>(clause)) {
      if (seen.first(bc, "due", "due", span)) effect.window = build_window(bc, c->window());
    }
  }
  return effect;
}

// `exempts`, `replaces ... with`, `allows ... fulfilled by`, `requires`
bool add_effect(BuildContext& bc, ast::TrialDecl& t, P::TrialClauseContext* ctx, diag::Span span) {
  ast::TrialEffect effect;
  if (auto* c = dynamic_cast<P::ExemptEffectContext*>(ctx)) {
    effect.kind = ast::EffectKind::Exempt;
    effect.target = name_of(bc, c->name());
    if (c->expr() != nullptr) effect.condition = build_expr(bc, c->expr());
    if (c->savingClause() != nullptr && usable(bc, c->savingClause())) {
      effect.saving = build_expr(bc, c->savingClause()->expr());
    }
  } else if (auto* c = dynamic_cast<P::ReplaceWindowEffectContext*>(ctx)) {
    effect.kind = ast::EffectKind::ReplaceWindow;
    effect.target = name_of(bc, c->name());
    effect.window = build_window(bc, c->window());
  } else if (auto* c = dynamic_cast<P::AlternativeEffectContext*>(ctx)) {
    effect.kind = ast::EffectKind::Alternative;
    effect.target = name_of(bc, c->name());
    effect.fulfilments = build_fulfilments(bc, c->fulfilment());
  } else if (auto* c = dynamic_cast<P::DutyEffectContext*>(ctx)) {
    effect = build_duty(bc, c);
  } else {
    return false;
  }
  effect.span = span;
  t.effects.push_back(std::move(effect));
  return true;
}

// `for`, `municipality given by`, `period decided by`, `target`, `per`
bool add_scope(BuildContext& bc, ClauseTracker& seen, ast::TrialDecl& t, P::TrialClauseContext* ctx,
               diag::Span span) {
  if (auto* c = dynamic_cast<P::TrialSchemaContext*>(ctx)) {
    if (seen.first(bc, "for", "for", span)) t.schema = name_of(bc, c->name());
  } else if (auto* c = dynamic_cast<P::TrialMunicipalityFactContext*>(ctx)) {
    if (seen.first(bc, "municipality", "municipality given by", span)) {
      t.municipality_fact = name_of(bc, c->name());
    }
  } else if (auto* c = dynamic_cast<P::TrialPeriodDateContext*>(ctx)) {
    if (seen.first(bc, "period", "period decided by", span))
      t.period_date = build_expr(bc, c->expr());
  } else if (auto* c = dynamic_cast<P::TrialTargetContext*>(ctx)) {
    if (seen.first(bc, "target", "target", span)) t.target = build_expr(bc, c->expr());
  } else if (auto* c = dynamic_cast<P::TrialCiteContext*>(ctx)) {
    if (seen.first(bc, "per", "per", span)) t.citations = citations_of(bc, c->citations());
  } else if (dynamic_cast<P::OffByDefaultContext*>(ctx) != nullptr) {
    if (seen.first(bc, "off", "off by default", span)) t.off_by_default = true;
  } else {
    return false;
  }
  return true;
}

// `municipalities A from ..., B from ...`, `takes precedence over X, Y`
bool add_list(BuildContext& bc, ast::TrialDecl& t, P::TrialClauseContext* ctx) {
  if (auto* c = dynamic_cast<P::TrialScopeContext*>(ctx)) {
    for (P::MunicipalityPeriodContext* m : c->municipalityPeriod()) {
      if (!usable(bc, m)) continue;
      t.municipalities.push_back(ast::MunicipalityPeriod{
          name_of(bc, m->name()), interval_of(bc, m->interval()), span_of(bc, m)});
    }
    return true;
  }
  if (auto* c = dynamic_cast<P::PrecedenceClauseContext*>(ctx)) {
    for (P::NameContext* n : c->name()) t.precedes.push_back(name_of(bc, n));
    return true;
  }
  return false;
}

}  // namespace

ast::TrialDecl build_trial(BuildContext& bc, P::TrialDeclContext* ctx) {
  ast::TrialDecl t;
  t.name = name_of(bc, ctx->name());
  t.title = optional_string(bc, ctx->STRING());
  t.span = span_of(bc, ctx);
  ClauseTracker seen(t.name.text);
  for (P::TrialClauseContext* clause : ctx->trialClause()) {
    if (!usable(bc, clause)) continue;
    diag::Span span = span_of(bc, clause);
    if (!add_scope(bc, seen, t, clause, span) && !add_list(bc, t, clause) &&
        !add_effect(bc, t, clause, span)) {
      bc.broken = true;
    }
  }
  return t;
}

}  // namespace frist::parse::detail
