// Builds a workload once, before any timing, and checks native engines
// against the interpreter on every one of its cases.
#include "workload.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <stdexcept>

namespace frist::bench {

std::unique_ptr<Workload> load_workload(const std::string& source_dir, const std::string& name,
                                        codegen::OptLevel level, size_t count, uint64_t seed) {
  auto w = std::make_unique<Workload>();
  w->name = name;
  w->compiled = driver::compile(source_dir + "/examples/" + name);
  if (!w->compiled) throw std::runtime_error("rulebook does not compile: " + name);
  codegen::NativeOptions options;
  options.level = level;
  auto jit = codegen::NativeRulebook::create(w->compiled->module, options);
  if (!jit) throw std::runtime_error(name + ": " + llvm::toString(jit.takeError()));
  w->jit = std::move(*jit);
  w->engines.push_back({"jit", w->jit->entry(), w->jit->max_obligations()});

  testing::CaseGenerator gen(w->compiled->module, seed);
  w->cases.reserve(count);
  for (size_t i = 0; i < count; ++i) w->cases.push_back(gen.next());
  for (const testing::GeneratedCase& g : w->cases) {
    w->options.push_back(interp::Options{g.as_of, g.trials_on, false});
    w->records.emplace_back(g.c, w->compiled->catalog);
    w->switches.push_back(native::trial_switches(w->jit->trial_count(), g.trials_on));
    w->expected.push_back(w->compiled->interpreter->evaluate(g.c, w->options.back()));
  }
  return w;
}

namespace {

std::string obligation_text(const eval::Obligation& o) {
  return fmt::format(
      "requirement {} occurrence {} {} effect {} version {} trial {} window {}..{} fulfilled {} "
      "by {} missing facts [{}] events [{}]",
      o.requirement, o.occurrence, eval::status_name(o.status), eval::effect_name(o.effect),
      static_cast<int64_t>(o.version), static_cast<int64_t>(o.trial), o.earliest, o.latest,
      o.fulfilled_on, static_cast<int64_t>(o.fulfilled_by), fmt::join(o.missing_facts, " "),
      fmt::join(o.missing_events, " "));
}

std::string difference(const eval::Result& want, const eval::Result& got) {
  size_t n = std::max(want.obligations.size(), got.obligations.size());
  for (size_t k = 0; k < n; ++k) {
    bool has_want = k < want.obligations.size(), has_got = k < got.obligations.size();
    if (has_want && has_got && want.obligations[k].same_decision(got.obligations[k])) continue;
    return fmt::format("obligation {}\n  interpreter: {}\n  engine:      {}", k,
                       has_want ? obligation_text(want.obligations[k]) : "(none)",
                       has_got ? obligation_text(got.obligations[k]) : "(none)");
  }
  return {};
}

}  // namespace

std::string verify(const Workload& w, const NativeEntry& engine) {
  std::vector<frist_obligation> buffer(engine.max_obligations);
  for (size_t i = 0; i < w.cases.size(); ++i) {
    frist_result result{buffer.data(), static_cast<uint32_t>(buffer.size()), 0};
    int32_t rc = engine.evaluate(w.records[i].get(), w.cases[i].as_of, w.trials_on(i), &result);
    std::string diff =
        rc == FRIST_OK ? difference(w.expected[i], native::to_result(buffer.data(), result.count))
                       : fmt::format("return code {}", rc);
    if (diff.empty()) continue;
    return fmt::format("{}/{} differs from the interpreter on case {} as of {}:\n{}\n{}", w.name,
                       engine.name, i, w.cases[i].as_of,
                       testing::case_json(w.compiled->module, w.cases[i].c), diff);
  }
  return {};
}

}  // namespace frist::bench
