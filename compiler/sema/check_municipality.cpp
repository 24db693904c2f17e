// Which municipalities a trial covers, each over its own period, and which
// fact of the case says where a case belongs. The fact is the one named by
// `municipality given by F`, or else the schema's one enumeration fact whose
// enumeration lists every named municipality. When no enumeration lists all
// of them but exactly one lists some, that one is taken and the strays are
// reported as non-members (a misspelt municipality is the likely mistake).
#include <fmt/format.h>

#include "sema/literals.h"
#include "sema/passes.h"

namespace frist::sema {
namespace {

size_t members_listed(const Context& ctx, const Field& fact, const ast::TrialDecl& d) {
  size_t count = 0;
  for (const ast::MunicipalityPeriod& m : d.municipalities)
    if (find_member(ctx.program.enums[fact.type.enum_id].members, m.municipality.text) != kNone)
      ++count;
  return count;
}

Index inferred_fact(Context& ctx, const ast::TrialDecl& d, Index schema) {
  const std::vector<Field>& facts = ctx.program.schemas[schema].facts;
  std::vector<Index> all, some;
  std::string first_enum_fact;
  for (Index f = 0; f < facts.size(); ++f) {
    if (facts[f].type.kind != TypeKind::Enum) continue;
    if (first_enum_fact.empty()) first_enum_fact = facts[f].name;
    size_t listed = members_listed(ctx, facts[f], d);
    if (listed == d.municipalities.size()) all.push_back(f);
    if (listed > 0) some.push_back(f);
  }
  if (all.size() == 1) return all[0];
  if (all.empty() && some.size() == 1) return some[0];
  ctx.diags.report(Kind::MissingMunicipalityFact, d.name.span, ctx.program.schemas[schema].name)
      .hint(fmt::format("add `municipality given by {}`",
                        first_enum_fact.empty() ? "kommune" : first_enum_fact));
  return kNone;
}

Index given_fact(Context& ctx, const ast::Name& name, Index schema) {
  const Schema& s = ctx.program.schemas[schema];
  Index f = find_fact(ctx, schema, name.text);
  if (f == kNone) {
    ctx.diags.report(Kind::UnknownField, name.span, s.name, name.text)
        .hint(diag::did_you_mean(name.text, names_of(s.facts)));
    return kNone;
  }
  const Type& type = s.facts[f].type;
  if (type.kind != TypeKind::Enum) {
    if (!is_error(type))
      ctx.diags.report(Kind::TypeMismatch, name.span, "an enumeration of municipalities",
                       quoted(ctx.program, type));
    return kNone;
  }
  return f;
}

void add_municipality(Context& ctx, const ast::MunicipalityPeriod& m, Trial& t) {
  const Enum& en = ctx.program.enums[t.municipality_enum];
  Index member = find_member(en.members, m.municipality.text);
  if (member == kNone) {
    ctx.diags.report(Kind::NotAMunicipality, m.municipality.span, m.municipality.text, en.name)
        .hint(diag::did_you_mean(m.municipality.text, names_of(en.members)));
    return;
  }
  MunicipalityPeriod period{member, to_period(m.interval)};
  if (period.period.from >= period.period.until)
    ctx.diags.report(Kind::EmptyInterval, m.interval.span);
  t.municipalities.push_back(period);
}

void check_duplicates(Context& ctx, const ast::TrialDecl& d) {
  std::unordered_map<std::string, Span> seen;
  for (const ast::MunicipalityPeriod& m : d.municipalities) {
    auto [it, inserted] = seen.emplace(m.municipality.text, m.municipality.span);
    if (!inserted)
      ctx.diags
          .report(Kind::DuplicateMunicipality, m.municipality.span, m.municipality.text,
                  d.name.text)
          .note(it->second, "first listed here");
  }
}

}  // namespace

void check_municipalities(Context& ctx, const ast::TrialDecl& d, Trial& t) {
  if (d.municipalities.empty()) {
    ctx.diags.report(Kind::TrialWithoutScope, d.name.span, d.name.text)
        .hint("add `municipalities <name> from <date> until <date>`");
    return;
  }
  check_duplicates(ctx, d);
  if (t.schema == kNone) return;
  Index fact = d.municipality_fact ? given_fact(ctx, *d.municipality_fact, t.schema)
                                   : inferred_fact(ctx, d, t.schema);
  if (fact == kNone) return;
  ctx.fact_used[t.schema][fact] = true;
  t.municipality_fact = fact;
  t.municipality_enum = ctx.program.schemas[t.schema].facts[fact].type.enum_id;
  std::unordered_map<std::string, bool> added;
  for (const ast::MunicipalityPeriod& m : d.municipalities)
    if (added.emplace(m.municipality.text, true).second) add_municipality(ctx, m, t);
}

}  // namespace frist::sema
