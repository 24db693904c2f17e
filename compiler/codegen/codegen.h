// The LLVM back end: the Rule IR of one rulebook becomes an LLVM module that
// exports the C ABI of runtime/include/frist/frist.h — `<prefix>evaluate`,
// `<prefix>abi_version` and `<prefix>max_obligations` — and needs nothing
// from the C++ runtime at evaluation time. The rulebook-independent parts
// (date arithmetic, status rules) come from runtime/native/support.c as
// bitcode; the generator emits the rulebook's own expressions, version and
// trial tables, control flow and calendars as constant data.
#pragma once

#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/Module.h>
#include <llvm/Support/Error.h>
#include <llvm/Target/TargetMachine.h>

#include <memory>
#include <string>

#include "ir/ir.h"

namespace frist::codegen {

struct Options {
  std::string module_name = "rulebook";
  std::string symbol_prefix = "frist_";
  // DWARF that maps every instruction to the rule source line it evaluates
  // (compiler/codegen/debug_info.h); meant for unoptimised code.
  bool debug_info = false;
};

// Fails (with a message naming the limit) for rulebooks beyond the C ABI's
// capacity: FRIST_MAX_FACTS facts per schema, FRIST_MAX_EVENT_KINDS event
// kinds, 64 trial effects per requirement.
llvm::Error check_limits(const ir::Module& rules);

// The generated module, verified, not yet optimised.
llvm::Expected<std::unique_ptr<llvm::Module>> generate(const ir::Module& rules,
                                                       llvm::LLVMContext& context,
                                                       const Options& options = {});

// Defines `function`, returning the rulebook's frist_rulebook_info (names,
// types, titles, legal basis) as constant data. generate() calls it.
void emit_info(llvm::Module& module, const ir::Module& rules, const std::string& function,
               const std::string& rulebook_name);

// O2: the new pass manager's default pipeline, for code built ahead of time;
// O1: inlining and simplification only, for the JIT, where compile time
// counts (optimize.cpp); O0: as generated, for debugging.
enum class OptLevel { O0, O1, O2 };
void optimize(llvm::Module& module, llvm::TargetMachine& target, OptLevel level);

// An upper bound on the obligations one case can produce (for buffer sizes).
uint32_t max_obligations(const ir::Module& rules);

}  // namespace frist::codegen
