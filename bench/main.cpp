// frist_bench: the interpreter, JIT-compiled, ahead-of-time and hand-written
// native code on the same generated cases, and the compile + JIT time of
// the bundled rulebooks, printed together with their ratios so that every
// comparison comes from one run on one machine (docs/performance.md).
//
// Own flags, before Google Benchmark's:
//   --cases=N         generated cases per rulebook (default 10000)
//   --seed=S          case generator seed (default 20240601)
//   --compile-reps=N  compile + JIT repetitions per rulebook (default 11)
//   --source-dir=DIR  the source tree holding examples/
//   --jit-level=L     O0, O1 or O2 for the evaluation benchmarks' JIT
//                     (default: the JIT's own default, O1)
//   --compile-only    only the compile + JIT measurement (for profiling it)
//   --llvm-arg=ARG    an LLVM option, e.g. -time-passes (repeatable)
#include <benchmark/benchmark.h>
#include <llvm/IR/PassTimingInfo.h>
#include <llvm/Support/CommandLine.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <stdexcept>
#include <string>
#include <vector>

#include "aot.h"
#include "compile_time.h"
#include "eval_bench.h"
#include "handwritten_sygedagpenge.h"
#include "report.h"
#include "workload.h"

namespace {

using namespace frist::bench;

struct Flags {
  size_t cases = 10000;
  uint64_t seed = 20240601;
  int compile_reps = 11;
  std::string source_dir = FRIST_SOURCE_DIR;
  bool compile_only = false;
  frist::codegen::OptLevel jit_level = frist::codegen::NativeOptions{}.level;
  std::vector<std::string> llvm_args;
};

// Takes our flags out of argv, leaving the rest for Google Benchmark.
Flags take_flags(int& argc, char** argv) {
  Flags f;
  int kept = 1;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    auto value = [&](const char* name) -> const char* {
      size_t n = std::strlen(name);
      return arg.compare(0, n, name) == 0 ? argv[i] + n : nullptr;
    };
    if (const char* v = value("--cases=")) {
      f.cases = std::strtoull(v, nullptr, 10);
    } else if (const char* v = value("--seed=")) {
      f.seed = std::strtoull(v, nullptr, 10);
    } else if (const char* v = value("--compile-reps=")) {
      f.compile_reps = std::atoi(v);
    } else if (const char* v = value("--source-dir=")) {
      f.source_dir = v;
    } else if (const char* v = value("--llvm-arg=")) {
      f.llvm_args.push_back(v);
    } else if (const char* v = value("--jit-level=")) {
      using frist::codegen::OptLevel;
      const std::string level = v;
      if (level != "O0" && level != "O1" && level != "O2") {
        throw std::runtime_error("--jit-level: O0, O1 or O2, not " + level);
      }
      f.jit_level = level == "O0" ? OptLevel::O0 : level == "O1" ? OptLevel::O1 : OptLevel::O2;
    } else if (arg == "--compile-only") {
      f.compile_only = true;
    } else {
      argv[kept++] = argv[i];
    }
  }
  argc = kept;
  return f;
}

// The rulebook's native engines besides the JIT, each checked against the
// interpreter on every case before anything is timed.
void add_engines(Workload& w) {
  if (auto aot = aot_entry(w.name)) w.engines.push_back(*aot);
  if (w.name == "sygedagpenge") {
    w.engines.push_back(
        {"handwritten", handwritten_sygedagpenge_evaluate, kHandwrittenSygedagpengeObligations});
  }
  for (const NativeEntry& e : w.engines) {
    std::string diff = verify(w, e);
    if (!diff.empty()) throw std::runtime_error(diff);
  }
}

int run(int argc, char** argv) {
  Flags flags = take_flags(argc, argv);
  benchmark::Initialize(&argc, argv);
  if (!flags.llvm_args.empty()) {
    std::vector<const char*> llvm_argv = {argv[0]};
    for (const std::string& a : flags.llvm_args) llvm_argv.push_back(a.c_str());
    llvm::cl::ParseCommandLineOptions(static_cast<int>(llvm_argv.size()), llvm_argv.data());
  }
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 2;

  // The larger rulebook first: the first compile of the process pays the
  // one-time start-up that a `frist run` pays, and that is the number the
  // 250 ms target is about. For comparison: machine code on one thread,
  // and O2, what `frist build` runs.
  const std::vector<std::string> rulebooks = {"sygedagpenge", "nordjylland"};
  using frist::codegen::OptLevel;
  const std::pair<OptLevel, unsigned> configurations[] = {
      {OptLevel::O1, 0}, {OptLevel::O1, 1}, {OptLevel::O2, 0}};
  std::vector<CompileTimes> compile_times;
  for (const auto& [level, threads] : configurations) {
    for (auto it = rulebooks.rbegin(); it != rulebooks.rend(); ++it) {
      compile_times.push_back(measure_compile(flags.source_dir + "/examples/" + *it, *it, level,
                                              flags.compile_reps, threads));
    }
  }

  if (flags.compile_only) {
    print_compile_table(std::cout, compile_times);
    llvm::reportAndResetTimings();
    return 0;
  }

  std::vector<std::unique_ptr<Workload>> workloads;
  for (const std::string& r : rulebooks) {
    workloads.push_back(
        load_workload(flags.source_dir, r, flags.jit_level, flags.cases, flags.seed));
    Workload& w = *workloads.back();
    add_engines(w);
    size_t obligations = 0;
    for (const frist::eval::Result& e : w.expected) obligations += e.obligations.size();
    std::cout << r << ": " << w.cases.size() << " cases (seed " << flags.seed << "), "
              << obligations << " obligations; " << w.engines.size()
              << " native engines agree with the interpreter on every case\n";
    register_evaluation(w);
  }
  std::cout.flush();

  CollectingReporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  benchmark::Shutdown();
  print_speed_table(std::cout, reporter, rulebooks);
  print_compile_table(std::cout, compile_times);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "frist_bench: %s\n", e.what());
    return 1;
  }
}
