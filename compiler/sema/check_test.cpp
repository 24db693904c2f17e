// Tests written beside the rules: a case (facts and dated events), an as-of
// date, trials switched on, and expectations (check_expect.cpp). Values are
// constants of the declared types; `unknown` is allowed only for optional
// facts, and every required fact must be given. Facts and event fields are
// stored one per declaration, in declaration order, absent ones as unknown.
// Names used in tests do not count as uses for the unused-fact warning.
#include "sema/literals.h"
#include "sema/passes.h"

namespace frist::sema {
namespace {

TestValue test_value(Context& ctx, const ast::Expr& e, const Field& field, const ExprEnv& env) {
  TestValue out;
  out.value.type = field.type;
  if (e.kind == ast::ExprKind::Unknown) {
    if (!field.optional)
      ctx.diags.report(Kind::UnknownForRequiredFact, e.span, field.name)
          .hint("give a value, or declare the fact `optional` if cases may lack it");
    return out;
  }
  std::optional<Expr> value = check_constant(ctx, e, field.type, env);
  if (value) {
    out.known = true;
    out.value = std::move(*value);
  }
  return out;
}

// Values for `fields` from `inits`; `owner` names the schema or event kind.
std::vector<TestValue> check_inits(Context& ctx, const std::vector<ast::FieldInit>& inits,
                                   const std::vector<Field>& fields, const std::string& owner,
                                   Span owner_span, const ExprEnv& env) {
  std::vector<TestValue> values(fields.size());
  std::vector<Span> given(fields.size());
  for (const ast::FieldInit& init : inits) {
    Index f = kNone;
    for (Index i = 0; i < fields.size() && f == kNone; ++i)
      if (fields[i].name == init.name.text) f = i;
    if (f == kNone) {
      ctx.diags.report(Kind::UnknownField, init.name.span, owner, init.name.text)
          .hint(diag::did_you_mean(init.name.text, names_of(fields)));
      continue;
    }
    if (given[f].valid()) {
      ctx.diags.report(Kind::DuplicateFact, init.name.span, init.name.text)
          .note(given[f], "first given here");
      continue;
    }
    given[f] = init.name.span;
    values[f] = test_value(ctx, *init.value, fields[f], env);
  }
  for (Index f = 0; f < fields.size(); ++f) {
    bool settable = fields[f].type.kind != TypeKind::Set;  // no set literals exist
    if (!given[f].valid() && !fields[f].optional && settable)
      ctx.diags.report(Kind::TestMissingFact, owner_span, fields[f].name);
    if (!given[f].valid()) values[f].value.type = fields[f].type;
  }
  return values;
}

TestEvent test_event(Context& ctx, const ast::EventLit& lit, const ExprEnv& env) {
  TestEvent out;
  out.kind = resolve_event(ctx, lit.kind);
  out.date = lit.date.day;
  if (out.kind == kNone) return out;
  const EventKind& kind = ctx.program.events[out.kind];
  std::vector<TestValue> values =
      check_inits(ctx, lit.fields, kind.fields, kind.name, lit.kind.span, env);
  for (Index f = 0; f < values.size(); ++f) out.fields.emplace_back(f, std::move(values[f]));
  return out;
}

Index trial_switch(Context& ctx, const ast::Name& name) {
  auto it = ctx.scope.obligations.find(name.text);
  if (it != ctx.scope.obligations.end() && it->second.kind == Obligation::Kind::Trial)
    return it->second.index;
  ctx.diags.report(Kind::UnknownTrial, name.span, name.text)
      .hint(diag::did_you_mean(name.text, names_of(ctx.program.trials)));
  return kNone;
}

void check_test(Context& ctx, const ast::TestDecl& d, Test& t) {
  t.schema = resolve_schema(ctx, d.schema);
  t.as_of = d.as_of.day;
  ExprEnv env;
  env.schema = t.schema;
  env.counts_as_use = false;
  if (t.schema != kNone) {
    const Schema& schema = ctx.program.schemas[t.schema];
    t.facts = check_inits(ctx, d.facts, schema.facts, schema.name, d.schema.span, env);
  }
  for (const ast::EventLit& lit : d.events) t.events.push_back(test_event(ctx, lit, env));
  for (const ast::Name& name : d.trials_on) {
    Index trial = trial_switch(ctx, name);
    if (trial != kNone) t.trials_on.push_back(trial);
  }
  for (const ast::Expectation& e : d.expectations)
    t.expects.push_back(check_expectation(ctx, e, t.schema));
}

}  // namespace

void check_tests(Context& ctx) {
  std::unordered_map<std::string, Span> names;
  for (size_t i = 0; i < ctx.test_decls.size(); ++i) {
    const ast::TestDecl& d = *ctx.test_decls[i];
    auto [it, inserted] = names.emplace(d.name, d.name_span);
    if (!inserted)
      ctx.diags.report(Kind::DuplicateTestName, d.name_span, d.name)
          .note(it->second, "first declared here");
    check_test(ctx, d, ctx.program.tests[i]);
  }
}

}  // namespace frist::sema
