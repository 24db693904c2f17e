// Which engine evaluates cases for `frist run` and `frist test`: native code
// (the default: the LLVM back end, JIT-compiled once per run) or the
// reference interpreter (`--engine interp`). Both give the same decisions;
// the explanation in words comes from the interpreter, so when one is asked
// for, native results get the interpreter's trace, and a disagreement
// between the engines is reported as an internal error. `--timings` prints
// the time of each phase to standard error.
#pragma once

#include <CLI/CLI.hpp>

#include <chrono>
#include <memory>
#include <ostream>
#include <string>

#include "codegen/native.h"
#include "driver/compile.h"

namespace frist::driver {

enum class EngineKind { Native, Interp };

struct EngineOptions {
  std::string engine = "native";
  bool timings = false;
  bool debug = false;  // native code unoptimised, with debug info for the rule source
};

// --engine native|interp, --timings and --debug.
void add_engine_options(CLI::App* cmd, EngineOptions& options);

class Engine {
 public:
  // Native code when asked for and possible; otherwise (with a warning on
  // standard error saying why) the interpreter.
  static std::unique_ptr<Engine> create(const Compiled& compiled, const EngineOptions& options);

  EngineKind kind() const { return native_ ? EngineKind::Native : EngineKind::Interp; }
  // Thread-safe.
  eval::Result evaluate(const cases::Case& c, const interp::Options& options) const;

  // Evaluation time is summed by the callers that want it.
  void add_evaluation(std::chrono::steady_clock::duration d, size_t cases) {
    evaluate_ += d;
    cases_ += cases;
  }
  // One line: parse, check, lower, optimise, JIT-link, evaluate (ms).
  void print_timings(std::ostream& out) const;

 private:
  explicit Engine(const Compiled& compiled) : compiled_(compiled) {}

  const Compiled& compiled_;
  std::unique_ptr<codegen::NativeRulebook> native_;
  std::chrono::steady_clock::duration evaluate_{};
  size_t cases_ = 0;
};

}  // namespace frist::driver
