// Collects every top-level declaration of every file before any body is
// read, so that a name may be used in one file and declared in another, in
// any order. Each kind has its own namespace, except that requirements,
// trials and trial duties share one. A duplicate is reported at the later
// declaration with a note at the first; the name keeps meaning the first.
// Duplicated types, sources, calendars and parameters are then dropped;
// duplicated requirements, trials and tests stay in the program so that
// their bodies are still checked.
#include <array>

#include "sema/passes.h"

namespace frist::sema {
namespace {

constexpr std::array<const char*, 7> kBuiltinTypes = {"bool", "integer",  "decimal", "money",
                                                      "date", "duration", "text"};

bool is_builtin_type(const std::string& name) {
  for (const char* builtin : kBuiltinTypes)
    if (name == builtin) return true;
  return false;
}

// Registers `name` in `table` as `index`; false (after reporting) if taken.
bool declare(Context& ctx, std::unordered_map<std::string, Index>& table, const ast::Name& name,
             Index index, Span first_span_of_existing(const Context&, Index)) {
  auto [it, inserted] = table.emplace(name.text, index);
  if (inserted) return true;
  ctx.diags.report(Kind::DuplicateDeclaration, name.span, name.text)
      .note(first_span_of_existing(ctx, it->second), "first declared here");
  return false;
}

bool declare_obligation(Context& ctx, const ast::Name& name, Obligation what) {
  what.span = name.span;
  auto [it, inserted] = ctx.scope.obligations.emplace(name.text, what);
  if (inserted) return true;
  ctx.diags.report(Kind::DuplicateDeclaration, name.span, name.text)
      .note(it->second.span, "first declared here")
      .hint("requirements, trials and trial duties share one namespace");
  return false;
}

void reserved(Context& ctx, const ast::Name& name, const char* what) {
  ctx.diags.report(Kind::DuplicateDeclaration, name.span, name.text)
      .hint(fmt::format("`{}` is {}; choose another name", name.text, what));
}

struct Collector {
  Context& ctx;
  Program& p;

  void operator()(const ast::SourceDecl& d) {
    auto first = [](const Context& c, Index i) { return c.source_decls[i]->name.span; };
    if (!declare(ctx, ctx.scope.sources, d.name, static_cast<Index>(p.sources.size()), first))
      return;
    p.sources.push_back(Source{d.name.text, d.title, SourceKind::Act, {}, {}, d.name.span});
    ctx.source_decls.push_back(&d);
  }
  void operator()(const ast::EnumDecl& d) {
    auto first = [](const Context& c, Index i) { return c.enum_decls[i]->name.span; };
    if (is_builtin_type(d.name.text)) return reserved(ctx, d.name, "a built-in type");
    if (!declare(ctx, ctx.scope.enums, d.name, static_cast<Index>(p.enums.size()), first)) return;
    p.enums.push_back(Enum{d.name.text, d.label, {}, d.name.span});
    ctx.enum_decls.push_back(&d);
  }
  void operator()(const ast::CaseDecl& d) {
    auto first = [](const Context& c, Index i) { return c.schema_decls[i]->name.span; };
    if (!declare(ctx, ctx.scope.schemas, d.name, static_cast<Index>(p.schemas.size()), first))
      return;
    p.schemas.push_back(Schema{d.name.text, d.label, {}, d.name.span});
    ctx.schema_decls.push_back(&d);
  }
  void operator()(const ast::EventDecl& d) {
    auto first = [](const Context& c, Index i) { return c.event_decls[i]->name.span; };
    if (!declare(ctx, ctx.scope.events, d.name, static_cast<Index>(p.events.size()), first)) return;
    p.events.push_back(EventKind{d.name.text, d.label, {}, d.name.span});
    ctx.event_decls.push_back(&d);
  }
  void operator()(const ast::CalendarDecl& d) {
    auto first = [](const Context& c, Index i) { return c.calendar_decls[i]->name.span; };
    if (d.name.text == "danish") return reserved(ctx, d.name, "the built-in Danish calendar");
    if (!declare(ctx, ctx.scope.calendars, d.name, static_cast<Index>(p.calendars.size()), first))
      return;
    Calendar cal;
    cal.name = d.name.text;
    cal.label = d.label;
    cal.span = d.name.span;
    p.calendars.push_back(std::move(cal));
    ctx.calendar_decls.push_back(&d);
  }
  void operator()(const ast::ParameterDecl& d) {
    auto first = [](const Context& c, Index i) { return c.parameter_decls[i]->name.span; };
    if (!declare(ctx, ctx.scope.parameters, d.name, static_cast<Index>(p.parameters.size()), first))
      return;
    p.parameters.push_back(Parameter{d.name.text, d.label, {}, {}, d.name.span});
    ctx.parameter_decls.push_back(&d);
  }
  void operator()(const ast::RequirementDecl& d) {
    auto index = static_cast<Index>(p.requirements.size());
    declare_obligation(ctx, d.name, {Obligation::Kind::Requirement, index, kNone, {}});
    Requirement req;
    req.name = d.name.text;
    req.title = d.title;
    req.span = d.name.span;
    p.requirements.push_back(std::move(req));
    ctx.requirement_decls.push_back(&d);
  }
  void operator()(const ast::TrialDecl& d) {
    auto index = static_cast<Index>(p.trials.size());
    declare_obligation(ctx, d.name, {Obligation::Kind::Trial, index, kNone, {}});
    for (size_t i = 0; i < d.effects.size(); ++i) {
      if (d.effects[i].kind != ast::EffectKind::Duty) continue;
      declare_obligation(ctx, d.effects[i].target,
                         {Obligation::Kind::Duty, index, static_cast<Index>(i), {}});
    }
    Trial trial;
    trial.name = d.name.text;
    trial.title = d.title;
    trial.span = d.name.span;
    p.trials.push_back(std::move(trial));
    ctx.trial_decls.push_back(&d);
  }
  void operator()(const ast::TestDecl& d) {
    Test test;
    test.name = d.name;
    test.span = d.name_span;
    p.tests.push_back(std::move(test));
    ctx.test_decls.push_back(&d);
  }
};

}  // namespace

void collect_declarations(Context& ctx) {
  Collector collector{ctx, ctx.program};
  for (const ast::File& file : ctx.rulebook.files)
    for (const ast::Decl& decl : file.decls) std::visit(collector, decl);
  ctx.source_used.assign(ctx.program.sources.size(), false);
  ctx.parameter_used.assign(ctx.program.parameters.size(), false);
  ctx.requirement_schema_failed.assign(ctx.program.requirements.size(), false);
  ctx.trial_schema_failed.assign(ctx.program.trials.size(), false);
}

}  // namespace frist::sema
