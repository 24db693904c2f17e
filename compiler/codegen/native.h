// A rulebook compiled to native code in this process: generate, optimise
// and JIT-link once, then evaluate cases from any number of threads. The
// engine behind `frist run` and `frist test` by default; it gives the same
// eval::Result records as interp::Interpreter, without the trace.
#pragma once

#include <llvm/Support/Error.h>

#include <memory>
#include <string>
#include <vector>

#include "cases/case.h"
#include "codegen/codegen.h"
#include "eval/result.h"
#include "frist/frist.h"
#include "ir/ir.h"

namespace frist::codegen {

struct NativeOptions {
  OptLevel level = OptLevel::O1;
  bool keep_ir = false;  // keep the optimised LLVM IR as text (for dumps)
  // Reuse machine code from ObjectCache::standard() when the generated
  // module, the target and the level are unchanged; store it otherwise.
  bool use_cache = false;
  // Unoptimised code with debug info (`level` is ignored), registered with
  // a debugger attached to this process through the GDB JIT interface.
  bool debug = false;
  // Threads for machine code (parallel_codegen.h); 0 picks by module size
  // and cores. Results never depend on it.
  unsigned codegen_threads = 0;
};

// Wall-clock milliseconds of each back-end phase.
struct NativeTimings {
  double lower = 0;  // IR to LLVM IR
  double optimise = 0;
  double jit_link = 0;  // machine code and linking
  bool cached = false;  // machine code came from the object cache
};

class NativeRulebook {
 public:
  static llvm::Expected<std::unique_ptr<NativeRulebook>> create(const ir::Module& rules,
                                                                const NativeOptions& options = {});
  ~NativeRulebook();

  // The raw C entry point (frist/frist.h).
  frist_evaluate_fn entry() const { return evaluate_; }
  uint32_t max_obligations() const { return max_obligations_; }
  size_t trial_count() const { return trial_count_; }

  // Evaluates one case; `trials_on` as in interp::Options. Thread-safe.
  eval::Result evaluate(const cases::Case& c, int32_t as_of,
                        const std::vector<uint32_t>& trials_on) const;

  const NativeTimings& timings() const { return timings_; }
  const std::string& llvm_ir() const { return ir_text_; }

 private:
  NativeRulebook() = default;

  struct State;
  std::unique_ptr<State> state_;
  frist_evaluate_fn evaluate_ = nullptr;
  uint32_t max_obligations_ = 0;
  size_t trial_count_ = 0;
  cases::CaseCatalog catalog_;  // the value types of case records
  NativeTimings timings_;
  std::string ir_text_;
};

}  // namespace frist::codegen
