// Machine code on several cores. Code generation is most of the time a
// large rulebook takes to JIT (docs/performance.md), and it parallelises the
// way LLVM's LTO does it: the optimised module is split into parts balanced
// by size (llvm::SplitModule), each part travels as bitcode into a context
// of its own (an LLVMContext is not thread-safe), and each thread runs its
// own target machine. The parts link back together in the JIT; evaluation
// is the same code either way, only split across objects.
#pragma once

#include <llvm/IR/Module.h>
#include <llvm/Support/Error.h>
#include <llvm/Support/MemoryBuffer.h>
#include <llvm/Target/TargetMachine.h>

#include <functional>
#include <memory>
#include <vector>

namespace frist::codegen {

using TargetFactory = std::function<llvm::Expected<std::unique_ptr<llvm::TargetMachine>>()>;

// How many parts `module` is worth splitting into here: one per core, up to
// four, for modules large enough that the split pays for its bitcode round
// trip; 1 otherwise.
unsigned codegen_parts(const llvm::Module& module);

// One object per part; `parts` == 1 compiles the module as it is.
llvm::Expected<std::vector<std::unique_ptr<llvm::MemoryBuffer>>> emit_objects(
    llvm::Module& module, const TargetFactory& make_target, unsigned parts);

}  // namespace frist::codegen
