// One rulebook ready to benchmark: compiled by the real pipeline, JIT-linked,
// and a fixed set of generated cases held in memory in every form an engine
// takes them (cases::Case with interpreter options for the interpreter,
// frist_case records with trial switches for native code), so that the
// timed loops measure evaluation and nothing else. The interpreter's
// results are kept as the reference every native engine is checked against
// before it is timed.
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <vector>

#include "case_gen.h"
#include "codegen/native.h"
#include "driver/compile.h"
#include "frist/frist.h"
#include "interp/interp.h"
#include "native/record.h"

namespace frist::bench {

// A native engine under test: the C entry point and its obligation bound.
struct NativeEntry {
  std::string name;  // "jit", "aot", "handwritten"
  frist_evaluate_fn evaluate = nullptr;
  uint32_t max_obligations = 0;
};

struct Workload {
  std::string name;  // the rulebook's folder name
  std::unique_ptr<driver::Compiled> compiled;
  std::unique_ptr<codegen::NativeRulebook> jit;
  std::vector<testing::GeneratedCase> cases;
  std::vector<interp::Options> options;        // per case, trace off
  std::deque<native::CaseRecord> records;      // per case (CaseRecord cannot move)
  std::vector<std::vector<uint8_t>> switches;  // per case, one byte per trial
  std::vector<eval::Result> expected;          // the interpreter's results
  std::vector<NativeEntry> engines;            // JIT first, then AOT, hand-written

  const uint8_t* trials_on(size_t i) const {
    return switches[i].empty() ? nullptr : switches[i].data();
  }
};

// Compiles examples/<name> under `source_dir`, JIT-compiles it at `level`
// and generates `count` cases from `seed`. Throws std::runtime_error when
// the rulebook does not compile.
std::unique_ptr<Workload> load_workload(const std::string& source_dir, const std::string& name,
                                        codegen::OptLevel level, size_t count, uint64_t seed);

// Empty when `engine` gives the interpreter's decision on every case;
// otherwise the first difference in words (with the case as JSON).
std::string verify(const Workload& w, const NativeEntry& engine);

}  // namespace frist::bench
