// The parts of an obligation shared by requirements and trial duties: when
// it arises (trigger), what it asks (action), which event fulfils it, and
// its deadline in the statute's own phrasing ("before the end of week 8
// counted from", "at least every 3 months counted from ... until ...").
#include "parse/builder.h"

namespace frist::parse::detail {

namespace {

// `before the end of week N ...` and `between week N and week M ...`
bool build_week_window(BuildContext& bc, P::WindowContext* ctx, ast::Window& w) {
  if (auto* c = dynamic_cast<P::EndOfWeekWindowContext*>(ctx)) {
    w.kind = ast::WindowKind::EndOfWeek;
    w.week_from = int_of(bc, c->INT());
    w.anchor = build_expr(bc, c->expr());
    return true;
  }
  if (auto* c = dynamic_cast<P::BetweenWeeksWindowContext*>(ctx)) {
    w.kind = ast::WindowKind::BetweenWeeks;
    w.week_from = int_of(bc, c->INT(0));
    w.week_to = int_of(bc, c->INT(1));
    w.anchor = build_expr(bc, c->expr());
    return true;
  }
  return false;
}

// `at the latest D after X`, `within D after X`
bool build_after_window(BuildContext& bc, P::WindowContext* ctx, ast::Window& w) {
  if (auto* c = dynamic_cast<P::LatestAfterWindowContext*>(ctx)) {
    w.kind = ast::WindowKind::LatestAfter;
    w.duration = build_duration(bc, c->duration());
    w.anchor = build_expr(bc, c->expr());
    return true;
  }
  if (auto* c = dynamic_cast<P::WithinWindowContext*>(ctx)) {
    w.kind = ast::WindowKind::Within;
    w.duration = build_duration(bc, c->duration());
    w.anchor = build_expr(bc, c->expr());
    return true;
  }
  return false;
}

// `before R`, `no later than R`, `from X to Y`, `by X`
bool build_plain_window(BuildContext& bc, P::WindowContext* ctx, ast::Window& w) {
  if (auto* c = dynamic_cast<P::BeforeReqWindowContext*>(ctx)) {
    w.kind = ast::WindowKind::BeforeReq;
    w.requirement = name_of(bc, c->name());
    return true;
  }
  if (auto* c = dynamic_cast<P::NoLaterThanWindowContext*>(ctx)) {
    w.kind = ast::WindowKind::NoLaterThan;
    w.requirement = name_of(bc, c->name());
    return true;
  }
  if (auto* c = dynamic_cast<P::RangeWindowContext*>(ctx)) {
    w.kind = ast::WindowKind::Range;
    w.anchor = build_expr(bc, c->expr(0));
    w.end = build_expr(bc, c->expr(1));
    return true;
  }
  if (auto* c = dynamic_cast<P::ByWindowContext*>(ctx)) {
    w.kind = ast::WindowKind::By;
    w.end = build_expr(bc, c->expr());
    return true;
  }
  return false;
}

// `[at least] every D [counted] from X [until Y | for D]`
bool build_cadence_window(BuildContext& bc, P::WindowContext* ctx, ast::Window& w) {
  auto* c = dynamic_cast<P::CadenceWindowContext*>(ctx);
  if (c == nullptr) return false;
  w.kind = ast::WindowKind::Cadence;
  w.duration = build_duration(bc, c->duration());
  w.anchor = build_expr(bc, c->expr());
  P::CadenceEndContext* end = c->cadenceEnd();
  if (end == nullptr || !usable(bc, end)) return true;
  if (auto* until = dynamic_cast<P::UntilEndContext*>(end)) w.end = build_expr(bc, until->expr());
  if (auto* length = dynamic_cast<P::ForEndContext*>(end)) {
    w.cadence_for = build_duration(bc, length->duration());
  }
  return true;
}

}  // namespace

ast::Window build_window(BuildContext& bc, P::WindowContext* ctx) {
  ast::Window w;
  if (!usable(bc, ctx)) return w;
  w.span = span_of(bc, ctx);
  bool built = build_week_window(bc, ctx, w) || build_after_window(bc, ctx, w) ||
               build_plain_window(bc, ctx, w) || build_cadence_window(bc, ctx, w);
  if (!built) bc.broken = true;
  return w;
}

ast::Trigger build_trigger(BuildContext& bc, P::TriggerContext* ctx) {
  ast::Trigger t;
  if (!usable(bc, ctx)) return t;
  t.span = span_of(bc, ctx);
  if (auto* each = dynamic_cast<P::EachEventTriggerContext*>(ctx)) {
    t.each_event = true;
    t.event = name_of(bc, each->name());
    if (each->expr() != nullptr) t.where = build_expr(bc, each->expr());
  } else if (auto* date = dynamic_cast<P::DateTriggerContext*>(ctx)) {
    t.date = build_expr(bc, date->expr());
  } else {
    bc.broken = true;
  }
  return t;
}

std::vector<ast::Fulfilment> build_fulfilments(BuildContext& bc,
                                               const std::vector<P::FulfilmentContext*>& list) {
  std::vector<ast::Fulfilment> out;
  for (P::FulfilmentContext* ctx : list) {
    if (!usable(bc, ctx)) continue;
    ast::Fulfilment f;
    f.event = name_of(bc, ctx->name());
    if (ctx->expr() != nullptr) f.where = build_expr(bc, ctx->expr());
    f.span = span_of(bc, ctx);
    out.push_back(std::move(f));
  }
  return out;
}

ast::Action build_action(BuildContext& bc, antlr4::ParserRuleContext* clause, P::NameContext* verb,
                         TerminalNode* text) {
  return ast::Action{name_of(bc, verb), optional_string(bc, text), span_of(bc, clause)};
}

}  // namespace frist::parse::detail
