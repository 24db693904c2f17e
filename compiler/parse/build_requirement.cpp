// Requirements and their versions. Clauses may come in any order, but each
// may be given once per clause list (`fulfilled by` and `per` list their
// alternatives in one clause); clauses on the requirement itself are the
// defaults its versions may override, so giving both is not an error.
#include "parse/builder.h"

namespace frist::parse::detail {

namespace {

// `per`, `for`, `when`, `triggered by`, `versions selected by`
bool add_scope_clause(BuildContext& bc, ClauseTracker& seen, ast::ReqClauses& out,
                      P::ReqClauseContext* ctx, diag::Span span) {
  if (auto* c = dynamic_cast<P::CiteClauseContext*>(ctx)) {
    if (seen.first(bc, "per", "per", span)) out.citations = citations_of(bc, c->citations());
  } else if (auto* c = dynamic_cast<P::SchemaClauseContext*>(ctx)) {
    if (seen.first(bc, "for", "for", span)) out.schema = name_of(bc, c->name());
  } else if (auto* c = dynamic_cast<P::WhenClauseContext*>(ctx)) {
    if (seen.first(bc, "when", "when", span)) out.when = build_expr(bc, c->expr());
  } else if (auto* c = dynamic_cast<P::TriggerClauseContext*>(ctx)) {
    if (seen.first(bc, "triggered", "triggered by", span)) {
      out.trigger = build_trigger(bc, c->trigger());
    }
  } else if (auto* c = dynamic_cast<P::SelectClauseContext*>(ctx)) {
    if (seen.first(bc, "versions", "versions selected by", span)) {
      out.selected_by = build_expr(bc, c->expr());
    }
  } else {
    return false;
  }
  return true;
}

// `do`, `fulfilled by`, `due`, `calendar`, `[no] roll forward`, `no duty`
bool add_duty_clause(BuildContext& bc, ClauseTracker& seen, ast::ReqClauses& out,
                     P::ReqClauseContext* ctx, diag::Span span) {
  if (auto* c = dynamic_cast<P::ActionClauseContext*>(ctx)) {
    if (seen.first(bc, "do", "do", span)) out.action = build_action(bc, c, c->name(), c->STRING());
  } else if (auto* c = dynamic_cast<P::FulfilClauseContext*>(ctx)) {
    if (seen.first(bc, "fulfilled", "fulfilled by", span)) {
      out.fulfilments = build_fulfilments(bc, c->fulfilment());
    }
  } else if (auto* c = dynamic_cast<P::DueClauseContext*>(ctx)) {
    if (seen.first(bc, "due", "due", span)) out.due = build_window(bc, c->window());
  } else if (auto* c = dynamic_cast<P::CalendarClauseContext*>(ctx)) {
    if (seen.first(bc, "calendar", "calendar", span)) out.calendar = name_of(bc, c->name());
  } else if (dynamic_cast<P::RollClauseContext*>(ctx) != nullptr ||
             dynamic_cast<P::NoRollClauseContext*>(ctx) != nullptr) {
    bool roll = dynamic_cast<P::RollClauseContext*>(ctx) != nullptr;
    if (seen.first(bc, "roll", roll ? "roll forward" : "no roll forward", span)) {
      out.roll_forward = roll;
      out.roll_span = span;
    }
  } else if (auto* c = dynamic_cast<P::NoDutyClauseContext*>(ctx)) {
    if (seen.first(bc, "no duty", "no duty", span)) {
      out.no_duty = ast::NoDuty{optional_string(bc, c->STRING()), span};
    }
  } else {
    return false;
  }
  return true;
}

ast::ReqClauses build_clauses(BuildContext& bc, const std::vector<P::ReqClauseContext*>& list,
                              const std::string& owner) {
  ast::ReqClauses out;
  ClauseTracker seen(owner);
  for (P::ReqClauseContext* ctx : list) {
    if (!usable(bc, ctx)) continue;
    diag::Span span = span_of(bc, ctx);
    if (!add_scope_clause(bc, seen, out, ctx, span) && !add_duty_clause(bc, seen, out, ctx, span)) {
      bc.broken = true;
    }
  }
  return out;
}

ast::VersionDecl build_version(BuildContext& bc, P::VersionDeclContext* ctx,
                               const std::string& owner) {
  ast::VersionDecl v;
  if (!usable(bc, ctx)) return v;
  v.label = optional_string(bc, ctx->STRING());
  v.interval = interval_of(bc, ctx->interval());
  v.clauses = build_clauses(bc, ctx->reqClause(), owner);
  v.span = span_of(bc, ctx);
  return v;
}

}  // namespace

ast::RequirementDecl build_requirement(BuildContext& bc, P::RequirementDeclContext* ctx) {
  ast::RequirementDecl r;
  r.name = name_of(bc, ctx->name());
  r.title = optional_string(bc, ctx->STRING());
  r.span = span_of(bc, ctx);
  r.clauses = build_clauses(bc, ctx->reqClause(), r.name.text);
  for (P::VersionDeclContext* v : ctx->versionDecl()) {
    r.versions.push_back(build_version(bc, v, r.name.text));
  }
  return r;
}

}  // namespace frist::parse::detail
