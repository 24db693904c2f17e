// Tests written beside the rules: a case with facts and dated events, the
// date to evaluate at, trials switched on, and the expected obligations.
// Status words are plain names in the grammar; they are checked here so a
// typo gets a "did you mean" right away.
#include "parse/builder.h"

namespace frist::parse::detail {

namespace {

const std::vector<std::string>& statuses() {
  static const std::vector<std::string> words = {"not_applicable", "upcoming",       "pending",
                                                 "fulfilled",      "fulfilled_late", "overdue",
                                                 "exempted",       "undetermined"};
  return words;
}

std::vector<ast::FieldInit> build_fields(BuildContext& bc,
                                         const std::vector<P::CaseFieldContext*>& list) {
  std::vector<ast::FieldInit> out;
  for (P::CaseFieldContext* ctx : list) {
    if (!usable(bc, ctx)) continue;
    out.push_back(
        ast::FieldInit{name_of(bc, ctx->name()), build_expr(bc, ctx->expr()), span_of(bc, ctx)});
  }
  return out;
}

void build_case(BuildContext& bc, P::TestCaseContext* ctx, ast::TestDecl& t) {
  if (!usable(bc, ctx)) return;
  t.schema = name_of(bc, ctx->name());
  t.facts = build_fields(bc, ctx->caseField());
  for (P::CaseEventContext* e : ctx->caseEvent()) {
    if (!usable(bc, e)) continue;
    t.events.push_back(ast::EventLit{name_of(bc, e->name()), date_of(bc, e->DATE()),
                                     build_fields(bc, e->caseField()), span_of(bc, e)});
  }
}

ast::ExpectItem build_status(BuildContext& bc, P::StatusItemContext* ctx) {
  ast::ExpectItem item;
  item.kind = ast::ExpectKind::Status;
  item.name = ast::Name{ctx->getStart()->getText(), span_of(bc, ctx)};
  const auto& known = statuses();
  if (std::find(known.begin(), known.end(), item.name.text) == known.end()) {
    auto report = bc.diags->report(diag::Kind::UnknownStatus, item.name.span, item.name.text);
    std::string hint = diag::did_you_mean(item.name.text, known);
    report.hint(hint.empty() ? "a status is one of not_applicable, upcoming, pending, fulfilled, "
                               "fulfilled_late, overdue, exempted, undetermined"
                             : hint);
  }
  return item;
}

ast::ExpectItem build_item(BuildContext& bc, P::ExpectItemContext* ctx) {
  if (auto* c = dynamic_cast<P::StatusItemContext*>(ctx)) return build_status(bc, c);
  ast::ExpectItem item;
  item.span = span_of(bc, ctx);
  if (auto* c = dynamic_cast<P::ByTrialItemContext*>(ctx)) {
    item.kind = ast::ExpectKind::ByTrial;
    item.name = name_of(bc, c->name());
  } else if (auto* c = dynamic_cast<P::DueItemContext*>(ctx)) {
    item.kind = ast::ExpectKind::Due;
    item.date = date_of(bc, c->DATE());
  } else if (auto* c = dynamic_cast<P::WindowItemContext*>(ctx)) {
    item.kind = ast::ExpectKind::Window;
    item.date = date_of(bc, c->DATE(0));
    item.date2 = date_of(bc, c->DATE(1));
  } else if (auto* c = dynamic_cast<P::OnItemContext*>(ctx)) {
    item.kind = ast::ExpectKind::On;
    item.date = date_of(bc, c->DATE());
  } else if (auto* c = dynamic_cast<P::MissingItemContext*>(ctx)) {
    item.kind = ast::ExpectKind::Missing;
    for (P::NameContext* n : c->name()) item.names.push_back(name_of(bc, n));
  } else if (auto* c = dynamic_cast<P::VersionItemContext*>(ctx)) {
    item.kind = ast::ExpectKind::Version;
    item.text = string_of(bc, c->STRING());
  } else {
    bc.broken = true;
  }
  return item;
}

ast::Expectation build_expectation(BuildContext& bc, P::ExpectationContext* ctx) {
  ast::Expectation e;
  e.requirement = name_of(bc, ctx->name());
  if (ctx->occurrenceSel() != nullptr && usable(bc, ctx->occurrenceSel())) {
    e.occurrence = int_of(bc, ctx->occurrenceSel()->INT());
  }
  for (P::ExpectItemContext* item : ctx->expectItem()) {
    if (!usable(bc, item)) continue;
    ast::ExpectItem built = build_item(bc, item);
    built.span = span_of(bc, item);
    e.items.push_back(std::move(built));
  }
  e.span = span_of(bc, ctx);
  return e;
}

}  // namespace

ast::TestDecl build_test(BuildContext& bc, P::TestDeclContext* ctx) {
  ast::TestDecl t;
  t.name = string_of(bc, ctx->STRING());
  t.name_span = span_of(bc, ctx->STRING());
  t.span = span_of(bc, ctx);
  build_case(bc, ctx->testCase(), t);
  if (usable(bc, ctx->asOf())) t.as_of = date_of(bc, ctx->asOf()->DATE());
  for (P::TrialSwitchContext* s : ctx->trialSwitch()) {
    if (usable(bc, s)) t.trials_on.push_back(name_of(bc, s->name()));
  }
  for (P::ExpectationContext* e : ctx->expectation()) {
    if (usable(bc, e)) t.expectations.push_back(build_expectation(bc, e));
  }
  return t;
}

}  // namespace frist::parse::detail
