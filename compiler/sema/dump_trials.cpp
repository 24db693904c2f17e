// Dumps trials (in priority order, with their scope and effects) and tests
// (facts in schema order, events, switches and expectations), as part of
// the program dump in dump.cpp.
#include "sema/dump_parts.h"
#include "sema/literals.h"

namespace frist::sema {
namespace {

std::string requirement_ref(const Program& p, Index r) {
  return r == kNone ? "-" : fmt::format("#{} {}", r, p.requirements[r].name);
}

std::string trial_ref(const Program& p, Index t) {
  return t == kNone ? "-" : fmt::format("#{} {}", t, p.trials[t].name);
}

void effect(DumpOut& o, const Effect& e, Index number, Index schema) {
  static const char* const kKinds[] = {"exempt", "replace_window", "alternative", "duty"};
  const char* kind = kKinds[static_cast<size_t>(e.kind)];
  if (e.kind == EffectKind::Duty) {
    o.line(2, "effect #{} duty {}{}", number, e.duty_name, quoted_label(e.duty_title));
    if (!e.action_verb.empty()) o.line(3, "do {}{}", e.action_verb, quoted_label(e.action_text));
  } else {
    o.line(2, "effect #{} {} {}", number, kind, requirement_ref(o.p, e.requirement));
  }
  if (e.condition) o.line(3, "when {}", o.expr(*e.condition, schema));
  if (e.saving) o.line(3, "saving {}", o.expr(*e.saving, schema));
  for (const Fulfilment& f : e.fulfilments)
    o.line(3, "fulfilled by {}", dump_fulfilment(o.p, f, schema));
  if (e.window) o.line(3, "due {}", dump_window(o.p, *e.window, schema));
}

void scope(DumpOut& o, const Trial& t) {
  if (t.municipality_fact != kNone && t.schema != kNone)
    o.line(2, "municipality given by fact #{} {} of enum #{} {}", t.municipality_fact,
           o.p.schemas[t.schema].facts[t.municipality_fact].name, t.municipality_enum,
           o.p.enums[t.municipality_enum].name);
  for (const MunicipalityPeriod& m : t.municipalities)
    o.line(2, "municipality #{} {} {}", m.member,
           o.p.enums[t.municipality_enum].members[static_cast<size_t>(m.member)].name,
           period_text(m.period));
}

std::string value_text(DumpOut& o, const TestValue& v, Index schema) {
  return v.known ? o.expr(v.value, schema) : "unknown";
}

void expectation(DumpOut& o, const Expect& e) {
  std::string what = e.duty_trial != kNone
                         ? fmt::format("duty {} of trial {} effect #{}", e.name,
                                       trial_ref(o.p, e.duty_trial), e.duty_effect)
                         : "requirement " + requirement_ref(o.p, e.requirement);
  std::string items;
  if (e.occurrence) items += fmt::format(" occurrence {}", *e.occurrence);
  if (e.status) items += fmt::format(" status {}", status_name(*e.status));
  if (e.by_trial != kNone) items += " by trial " + trial_ref(o.p, e.by_trial);
  if (e.due) items += " due " + date_text(*e.due);
  if (e.window)
    items +=
        fmt::format(" window {} to {}", date_text(e.window->first), date_text(e.window->second));
  if (e.on) items += " on " + date_text(*e.on);
  if (!e.missing.empty()) items += fmt::format(" missing {}", fmt::join(e.missing, ", "));
  if (e.version) items += fmt::format(" version \"{}\"", *e.version);
  o.line(2, "expect {}{}", what, items);
}

void test(DumpOut& o, const Test& t, Index number) {
  o.line(1, "#{} \"{}\" for {} as of {}", number, t.name, schema_ref(o.p, t.schema),
         date_text(t.as_of));
  for (Index f = 0; f < t.facts.size(); ++f)
    o.line(2, "fact #{} {} = {}", f, o.p.schemas[t.schema].facts[f].name,
           value_text(o, t.facts[f], t.schema));
  for (const TestEvent& ev : t.events) {
    o.line(2, "event #{} {} on {}", ev.kind, event_name(o.p, ev.kind), date_text(ev.date));
    for (const auto& [f, v] : ev.fields)
      o.line(3, "field #{} {} = {}", f, o.p.events[ev.kind].fields[f].name,
             value_text(o, v, kNone));
  }
  for (Index trial : t.trials_on) o.line(2, "with trial {}", trial_ref(o.p, trial));
  for (const Expect& e : t.expects) expectation(o, e);
}

}  // namespace

void dump_trials(DumpOut& o) {
  o.line(0, "trials");
  for (Index i = 0; i < o.p.trials.size(); ++i) {
    const Trial& t = o.p.trials[i];
    o.line(1, "#{} {}{} for {}{}", i, t.name, quoted_label(t.title), schema_ref(o.p, t.schema),
           t.off_by_default ? " off by default" : "");
    if (!t.citations.empty()) o.line(2, "per {}", dump_citations(t.citations));
    for (Index other : t.precedes) o.line(2, "takes precedence over {}", trial_ref(o.p, other));
    scope(o, t);
    o.line(2, "period decided by {}", o.expr(t.period_date, t.schema));
    if (t.target) o.line(2, "target {}", o.expr(*t.target, t.schema));
    for (Index e = 0; e < t.effects.size(); ++e) effect(o, t.effects[e], e, t.schema);
  }
}

void dump_tests(DumpOut& o) {
  o.line(0, "tests");
  for (Index i = 0; i < o.p.tests.size(); ++i) test(o, o.p.tests[i], i);
}

}  // namespace frist::sema
