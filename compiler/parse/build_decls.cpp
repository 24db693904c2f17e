// The declarations that describe the world the rules speak about: legal
// sources, enumerations, case schemas, event kinds, calendars and
// parameters; and the file level, which dispatches every declaration to its
// builder and leaves out those the parser could not read completely.
#include "parse/builder.h"

namespace frist::parse::detail {

namespace {

ast::SourceDecl build_source(BuildContext& bc, P::SourceDeclContext* ctx) {
  ast::SourceDecl s;
  s.name = name_of(bc, ctx->name());
  s.title = string_of(bc, ctx->STRING());
  s.span = span_of(bc, ctx);
  P::SourceKindContext* kind = ctx->sourceKind();
  if (!usable(bc, kind)) return s;
  if (dynamic_cast<P::ExecutiveOrderKindContext*>(kind)) s.kind = ast::SourceKind::ExecutiveOrder;
  if (dynamic_cast<P::GuidanceKindContext*>(kind)) s.kind = ast::SourceKind::Guidance;
  if (dynamic_cast<P::DocumentKindContext*>(kind)) s.kind = ast::SourceKind::Document;
  for (P::SourceDetailContext* detail : ctx->sourceDetail()) {
    if (auto* nr = dynamic_cast<P::NumberDetailContext*>(detail)) s.number = int_of(bc, nr->INT());
    if (auto* of = dynamic_cast<P::DateDetailContext*>(detail)) s.date = date_of(bc, of->DATE());
  }
  return s;
}

ast::EnumDecl build_enum(BuildContext& bc, P::EnumDeclContext* ctx) {
  ast::EnumDecl e;
  e.name = name_of(bc, ctx->name());
  e.label = optional_string(bc, ctx->STRING());
  e.span = span_of(bc, ctx);
  for (P::EnumMemberContext* m : ctx->enumMember()) {
    if (!usable(bc, m)) continue;
    e.members.push_back(ast::EnumMember{name_of(bc, m->name()), optional_string(bc, m->STRING())});
  }
  return e;
}

std::vector<ast::FactDecl> build_facts(BuildContext& bc,
                                       const std::vector<P::FactDeclContext*>& list) {
  std::vector<ast::FactDecl> out;
  for (P::FactDeclContext* f : list) {
    if (!usable(bc, f)) continue;
    out.push_back(ast::FactDecl{name_of(bc, f->name()), build_type(bc, f->typeExpr()),
                                optional_string(bc, f->STRING()), span_of(bc, f)});
  }
  return out;
}

ast::CalendarItem build_calendar_item(BuildContext& bc, P::CalendarItemContext* ctx) {
  ast::CalendarItem item;
  item.span = span_of(bc, ctx);
  if (auto* c = dynamic_cast<P::BaseHolidaysContext*>(ctx)) {
    item.kind = ast::CalendarItemKind::BaseHolidays;
    item.base = name_of(bc, c->name());
  } else if (auto* c = dynamic_cast<P::AnnualClosureContext*>(ctx)) {
    item.kind = ast::CalendarItemKind::Annual;
    item.label = string_of(bc, c->STRING());
    item.day_of_month = int_of(bc, c->INT());
    item.month = name_of(bc, c->name());
    P::YearRangeContext* years = c->yearRange();
    if (years != nullptr && usable(bc, years)) {
      item.from_year = int_of(bc, years->INT(0));
      if (years->INT(1) != nullptr) item.through_year = int_of(bc, years->INT(1));
    }
  } else if (auto* c = dynamic_cast<P::SingleClosureContext*>(ctx)) {
    item.kind = ast::CalendarItemKind::Single;
    item.label = string_of(bc, c->STRING());
    item.date = date_of(bc, c->DATE());
  } else {
    bc.broken = true;
  }
  return item;
}

ast::CalendarDecl build_calendar(BuildContext& bc, P::CalendarDeclContext* ctx) {
  ast::CalendarDecl c;
  c.name = name_of(bc, ctx->name());
  c.label = optional_string(bc, ctx->STRING());
  c.span = span_of(bc, ctx);
  for (P::CalendarItemContext* item : ctx->calendarItem()) {
    if (usable(bc, item)) c.items.push_back(build_calendar_item(bc, item));
  }
  return c;
}

ast::ParameterDecl build_parameter(BuildContext& bc, P::ParameterDeclContext* ctx) {
  ast::ParameterDecl p;
  p.name = name_of(bc, ctx->name());
  p.label = optional_string(bc, ctx->STRING());
  p.type = build_type(bc, ctx->typeExpr());
  p.span = span_of(bc, ctx);
  for (P::ParamValueContext* v : ctx->paramValue()) {
    if (!usable(bc, v)) continue;
    ast::ParamValue value;
    value.value = build_expr(bc, v->expr());
    if (v->interval() != nullptr) value.interval = interval_of(bc, v->interval());
    if (v->citations() != nullptr) value.citations = citations_of(bc, v->citations());
    value.span = span_of(bc, v);
    p.values.push_back(std::move(value));
  }
  return p;
}

}  // namespace

ast::TypeRef build_type(BuildContext& bc, P::TypeExprContext* ctx) {
  ast::TypeRef type;
  if (!usable(bc, ctx) || !usable(bc, ctx->baseType())) return type;
  type.optional = has_keyword(ctx, "optional");
  type.span = span_of(bc, ctx);
  P::BaseTypeContext* base = ctx->baseType();
  if (auto* set = dynamic_cast<P::SetTypeContext*>(base)) {
    type.form = ast::TypeForm::Set;
    type.name = name_of(bc, set->name());
  } else if (auto* range = dynamic_cast<P::RangeTypeContext*>(base)) {
    type.form = ast::TypeForm::Range;
    type.name = name_of(bc, range->name());
    type.low = int_of(bc, range->INT(0));
    type.high = int_of(bc, range->INT(1));
  } else if (auto* named = dynamic_cast<P::NamedTypeContext*>(base)) {
    type.name = name_of(bc, named->name());
  }
  return type;
}

std::optional<ast::Decl> build_decl(BuildContext& bc, P::ItemContext* item) {
  if (auto* c = item->sourceDecl()) return build_source(bc, c);
  if (auto* c = item->enumDecl()) return build_enum(bc, c);
  if (auto* c = item->caseDecl()) {
    return ast::CaseDecl{name_of(bc, c->name()), optional_string(bc, c->STRING()),
                         build_facts(bc, c->factDecl()), span_of(bc, c)};
  }
  if (auto* c = item->eventDecl()) {
    return ast::EventDecl{name_of(bc, c->name()), optional_string(bc, c->STRING()),
                          build_facts(bc, c->factDecl()), span_of(bc, c)};
  }
  if (auto* c = item->calendarDecl()) return build_calendar(bc, c);
  if (auto* c = item->parameterDecl()) return build_parameter(bc, c);
  if (auto* c = item->requirementDecl()) return build_requirement(bc, c);
  if (auto* c = item->trialDecl()) return build_trial(bc, c);
  if (auto* c = item->testDecl()) return build_test(bc, c);
  bc.broken = true;
  return std::nullopt;
}

void build_file(BuildContext& bc, P::FileContext* ctx, ast::File& out) {
  if (ctx == nullptr) return;
  for (antlr4::tree::ParseTree* child : ctx->children) {
    auto* item = dynamic_cast<P::ItemContext*>(child);
    if (item == nullptr || has_syntax_error(item)) continue;
    bc.broken = false;
    bc.depth = 0;
    if (auto* import = item->importDecl()) {
      ast::Import imp{string_of(bc, import->STRING()), span_of(bc, import)};
      if (!bc.broken) out.imports.push_back(std::move(imp));
      continue;
    }
    std::optional<ast::Decl> decl = build_decl(bc, item);
    if (decl && !bc.broken) out.decls.push_back(std::move(*decl));
  }
}

}  // namespace frist::parse::detail
