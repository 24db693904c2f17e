// Compile + JIT time of a rulebook: the front end, lowering and
// NativeRulebook::create without the object cache, repeated, phase by
// phase. The first sample of a process also pays one-time start-up (ANTLR's
// grammar tables, LLVM's target registry), as a `frist run` does; the
// median of the others is the steady-state cost.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "codegen/codegen.h"

namespace frist::bench {

// Wall-clock milliseconds; `total` spans everything from reading the files
// to the looked-up entry point, so it also covers what no phase owns.
struct CompileSample {
  double parse = 0, check = 0, lower = 0;          // driver::compile
  double llvm_ir = 0, optimise = 0, jit_link = 0;  // codegen::NativeTimings
  double other = 0;  // in none of the phases: JIT set-up, the parse thread
  double total = 0;
};

struct CompileTimes {
  std::string label;                   // rulebook and optimisation level
  std::vector<CompileSample> samples;  // in the order measured
};

// At `level` (the JIT's default is O1; `frist build` uses O2), with machine
// code on `threads` threads (0: the JIT's own choice). Throws
// std::runtime_error when the rulebook does not compile.
CompileTimes measure_compile(const std::string& path, const std::string& rulebook,
                             codegen::OptLevel level, int repetitions, unsigned threads = 0);

// A Markdown table: per rulebook the first sample, then the median and the
// minimum of the rest (on a busy machine the minimum is the better guide).
void print_compile_table(std::ostream& out, const std::vector<CompileTimes>& all);

}  // namespace frist::bench
