// Ahead-of-time compilation: one rulebook becomes a relocatable,
// position-independent object file that exports the C ABI of frist/frist.h
// under a chosen symbol prefix and needs only the C library (memcpy, memset)
// and the compiler runtime (128-bit division) at link time. The driver's
// `frist build` wraps it in a shared library and writes the C header.
#pragma once

#include <llvm/Support/Error.h>
#include <llvm/Support/MemoryBuffer.h>

#include <memory>
#include <string>

#include "ir/ir.h"

namespace frist::codegen {

struct AotOptions {
  std::string name = "rulebook";  // frist_rulebook_info::name and the module name
  std::string symbol_prefix = "rulebook_";
  bool debug = false;  // O0 with debug info instead of O2
  // The CPU the code may assume: "generic" runs on every machine of the
  // host's architecture (baseline x86-64 there); "native" is the build host.
  std::string cpu = "generic";
};

struct AotTimings {
  double lower = 0, optimise = 0, codegen = 0;  // milliseconds
};

llvm::Expected<std::unique_ptr<llvm::MemoryBuffer>> compile_object(const ir::Module& rules,
                                                                   const AotOptions& options,
                                                                   AotTimings* timings = nullptr);

}  // namespace frist::codegen
