// Every loop touches only prepared inputs and preallocated outputs, so what
// differs between the engines is evaluation itself; the one exception is
// jit_api, which measures what `frist run` pays per case on top of it.
#include "eval_bench.h"

#include <benchmark/benchmark.h>

namespace frist::bench {

namespace {

void interpreter(benchmark::State& state, const Workload& w) {
  const interp::Interpreter& interp = *w.compiled->interpreter;
  for (auto _ : state) {
    for (size_t i = 0; i < w.cases.size(); ++i) {
      eval::Result r = interp.evaluate(w.cases[i].c, w.options[i]);
      benchmark::DoNotOptimize(r.obligations.data());
    }
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(w.cases.size()));
}

void jit_api(benchmark::State& state, const Workload& w) {
  for (auto _ : state) {
    for (const testing::GeneratedCase& g : w.cases) {
      eval::Result r = w.jit->evaluate(g.c, g.as_of, g.trials_on);
      benchmark::DoNotOptimize(r.obligations.data());
    }
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(w.cases.size()));
}

void native_entry(benchmark::State& state, const Workload& w, const NativeEntry& e) {
  std::vector<frist_obligation> buffer(e.max_obligations);
  const auto capacity = static_cast<uint32_t>(buffer.size());
  for (auto _ : state) {
    uint64_t obligations = 0;
    for (size_t i = 0; i < w.cases.size(); ++i) {
      frist_result result{buffer.data(), capacity, 0};
      e.evaluate(w.records[i].get(), w.cases[i].as_of, w.trials_on(i), &result);
      obligations += result.count;
    }
    benchmark::DoNotOptimize(obligations);
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(w.cases.size()));
}

}  // namespace

void register_evaluation(const Workload& w) {
  benchmark::RegisterBenchmark((w.name + "/interp").c_str(),
                               [&w](benchmark::State& s) { interpreter(s, w); });
  for (const NativeEntry& e : w.engines) {
    benchmark::RegisterBenchmark((w.name + "/" + e.name).c_str(),
                                 [&w, &e](benchmark::State& s) { native_entry(s, w, e); });
  }
  benchmark::RegisterBenchmark((w.name + "/jit_api").c_str(),
                               [&w](benchmark::State& s) { jit_api(s, w); });
}

}  // namespace frist::bench
