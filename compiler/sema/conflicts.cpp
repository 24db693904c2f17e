// Conflicts between trial effects. Two effects that change the same
// requirement (exempting it, replacing its window or allowing another
// fulfilment; a trial's own duty never conflicts) are a conflict when one
// case can meet both: the trials share a municipality whose periods overlap
// and neither takes precedence over the other, directly or through others.
// Reported once per pair of trials and requirement, at the trial declared
// later. Two effects of one kind on one requirement in a single trial are a
// conflict too: which of them applies is unclear.
#include <fmt/format.h>

#include <set>

#include "sema/passes.h"

namespace frist::sema {
namespace {

std::string municipality_list(const Context& ctx, Index enum_id, const std::vector<int64_t>& ms) {
  std::vector<std::string> names;
  for (int64_t m : ms) names.push_back("`" + ctx.program.enums[enum_id].members[m].name + "`");
  if (names.size() == 1) return names[0];
  std::string last = names.back();
  names.pop_back();
  return fmt::format("{} and {}", fmt::join(names, ", "), last);
}

// Municipalities both trials cover with overlapping periods, in member order.
std::vector<int64_t> shared_municipalities(const Trial& a, const Trial& b) {
  std::set<int64_t> shared;
  if (a.municipality_enum == kNone || a.municipality_enum != b.municipality_enum) return {};
  for (const MunicipalityPeriod& x : a.municipalities)
    for (const MunicipalityPeriod& y : b.municipalities)
      if (x.member == y.member && x.period.overlaps(y.period)) shared.insert(x.member);
  return {shared.begin(), shared.end()};
}

const Effect* first_change(const Trial& t, Index requirement) {
  for (const Effect& e : t.effects)
    if (e.kind != EffectKind::Duty && e.requirement == requirement) return &e;
  return nullptr;
}

void report_pair(Context& ctx, Index earlier, Index later, const std::vector<int64_t>& shared) {
  const Trial& a = ctx.program.trials[earlier];
  const Trial& b = ctx.program.trials[later];
  std::set<Index> reported;
  for (const Effect& e : b.effects) {
    if (e.kind == EffectKind::Duty || e.requirement == kNone) continue;
    const Effect* other = first_change(a, e.requirement);
    if (!other || !reported.insert(e.requirement).second) continue;
    ctx.diags
        .report(Kind::TrialConflict, e.span, a.name, b.name,
                ctx.program.requirements[e.requirement].name,
                municipality_list(ctx, a.municipality_enum, shared))
        .note(other->span, fmt::format("`{}` changes it here", a.name))
        .hint(fmt::format("add `takes precedence over {}` to one of the trials", a.name));
  }
}

void check_within_trial(Context& ctx, const Trial& t) {
  std::vector<int64_t> all;
  for (const MunicipalityPeriod& m : t.municipalities) all.push_back(m.member);
  std::string where = all.empty() || t.municipality_enum == kNone
                          ? std::string("its municipalities")
                          : municipality_list(ctx, t.municipality_enum, all);
  for (size_t j = 0; j < t.effects.size(); ++j) {
    const Effect& e = t.effects[j];
    if (e.kind == EffectKind::Duty || e.requirement == kNone) continue;
    for (size_t i = 0; i < j; ++i) {
      const Effect& f = t.effects[i];
      if (f.kind != e.kind || f.requirement != e.requirement) continue;
      ctx.diags
          .report(Kind::TrialConflict, e.span, t.name, t.name,
                  ctx.program.requirements[e.requirement].name, where)
          .note(f.span, "the same change is made here")
          .hint("merge the two effects into one");
      break;
    }
  }
}

}  // namespace

void check_conflicts(Context& ctx) {
  const std::vector<Trial>& trials = ctx.program.trials;
  for (Index t = 0; t < trials.size(); ++t) check_within_trial(ctx, trials[t]);
  for (Index x = 0; x < trials.size(); ++x) {
    for (Index y = x + 1; y < trials.size(); ++y) {
      if (precedes(ctx, x, y) || precedes(ctx, y, x)) continue;
      std::vector<int64_t> shared = shared_municipalities(trials[x], trials[y]);
      if (shared.empty()) continue;
      bool y_later = ctx.trial_rank[y] > ctx.trial_rank[x];
      report_pair(ctx, y_later ? x : y, y_later ? y : x, shared);
    }
  }
}

}  // namespace frist::sema
