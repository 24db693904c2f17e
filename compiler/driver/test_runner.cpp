// Expectations compare only what they state: `expect X pending` says nothing
// about X's dates, so a test pins exactly what its author computed by hand.
#include "driver/test_runner.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>

#include "dates/date.h"
#include "driver/engine.h"

namespace frist::driver {

namespace {

std::string day(int32_t d) {
  return d == eval::kNoDate ? std::string("none") : dates::format_iso(dates::Date{d});
}

cases::Value case_value(const sema::TestValue& tv) {
  cases::Value v;
  v.known = tv.known;
  v.number = tv.value.value;
  v.text = tv.value.text;
  v.duration = {tv.value.duration.months, tv.value.duration.days};
  return v;
}

const eval::Obligation* find(const eval::Result& result, uint32_t requirement,
                             uint32_t occurrence) {
  for (const eval::Obligation& o : result.obligations) {
    if (o.requirement == requirement && o.occurrence == occurrence) return &o;
  }
  return nullptr;
}

std::vector<std::string> missing_names(const Compiled& c, const cases::Case& the_case,
                                       const eval::Obligation& o) {
  std::vector<std::string> names;
  for (uint32_t f : o.missing_facts) names.push_back(c.info.schema_facts[the_case.schema][f]);
  for (uint32_t e : o.missing_events) names.push_back(c.info.event_kinds[e]);
  std::sort(names.begin(), names.end());
  return names;
}

void compare(const Compiled& c, const cases::Case& the_case, const sema::Expect& e,
             const eval::Obligation& o, std::vector<std::string>& diffs) {
  auto differ = [&](const char* what, const std::string& want, const std::string& got) {
    if (want != got) diffs.push_back(fmt::format("{}: expected {}, actual {}", what, want, got));
  };
  if (e.status) differ("status", sema::status_name(*e.status), eval::status_name(o.status));
  if (e.by_trial != sema::kNone) {
    differ("trial", c.frontend->program->trials[e.by_trial].name,
           o.trial == eval::kNoIndex ? "none" : c.info.trials[o.trial].name);
  }
  if (e.due) differ("due", day(*e.due), day(o.latest));
  if (e.window) {
    differ("window", day(e.window->first) + " to " + day(e.window->second),
           day(o.earliest) + " to " + day(o.latest));
  }
  if (e.on) differ("fulfilled on", day(*e.on), day(o.fulfilled_on));
  if (!e.missing.empty()) {
    std::vector<std::string> want = e.missing;
    std::sort(want.begin(), want.end());
    differ("missing", fmt::format("{}", fmt::join(want, ", ")),
           fmt::format("{}", fmt::join(missing_names(c, the_case, o), ", ")));
  }
  if (e.version) {
    const auto& versions = c.info.requirements[o.requirement].versions;
    differ("version", "\"" + *e.version + "\"",
           o.version == eval::kNoIndex ? "none" : "\"" + versions[o.version].label + "\"");
  }
}

TestFailure check_expect(const Compiled& c, const cases::Case& the_case, const eval::Result& result,
                         const sema::Expect& e) {
  TestFailure f{e.span, e.name, {}};
  uint32_t requirement = eval::kNoIndex;
  for (uint32_t i = 0; i < c.info.requirements.size(); ++i) {
    if (c.info.requirements[i].name == e.name) requirement = i;
  }
  uint32_t occurrence = e.occurrence ? static_cast<uint32_t>(*e.occurrence) : 1;
  const eval::Obligation* o = find(result, requirement, occurrence);
  if (!o) {
    f.differences.push_back(
        fmt::format("no obligation `{}` (occurrence {}) for this case", e.name, occurrence));
  } else {
    compare(c, the_case, e, *o, f.differences);
  }
  return f;
}

}  // namespace

cases::Case test_case(const sema::Program& program, const sema::Test& test) {
  cases::Case c;
  c.id = test.name;
  c.schema = test.schema;
  for (const sema::TestValue& tv : test.facts) c.facts.push_back(case_value(tv));
  for (const sema::TestEvent& te : test.events) {
    cases::Event ev;
    ev.kind = te.kind;
    ev.date = te.date;
    ev.fields.resize(program.events[te.kind].fields.size());
    for (const auto& [index, value] : te.fields) ev.fields[index] = case_value(value);
    c.events.push_back(std::move(ev));
  }
  std::stable_sort(c.events.begin(), c.events.end(),
                   [](const cases::Event& a, const cases::Event& b) { return a.date < b.date; });
  return c;
}

std::vector<TestOutcome> run_tests(const Compiled& c, const std::string& filter, Engine* engine) {
  std::vector<TestOutcome> outcomes;
  const sema::Program& program = *c.frontend->program;
  for (const sema::Test& test : program.tests) {
    if (!filter.empty() && test.name.find(filter) == std::string::npos) continue;
    cases::Case the_case = test_case(program, test);
    interp::Options options{test.as_of, test.trials_on, false};
    auto t0 = std::chrono::steady_clock::now();
    eval::Result result =
        engine ? engine->evaluate(the_case, options) : c.interpreter->evaluate(the_case, options);
    if (engine) engine->add_evaluation(std::chrono::steady_clock::now() - t0, 1);
    TestOutcome outcome{test.name, test.span, {}};
    for (const sema::Expect& e : test.expects) {
      TestFailure f = check_expect(c, the_case, result, e);
      if (!f.differences.empty()) outcome.failures.push_back(std::move(f));
    }
    outcomes.push_back(std::move(outcome));
  }
  return outcomes;
}

}  // namespace frist::driver
