// Both engines for one rulebook, built through the real pipeline
// (driver::compile, then the LLVM back end), and a readable description of
// where two results differ, for test failure messages.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "codegen/native.h"
#include "driver/compile.h"

namespace frist::testing {

struct Engines {
  std::unique_ptr<driver::Compiled> compiled;
  std::unique_ptr<codegen::NativeRulebook> native;

  const ir::Module& module() const { return compiled->module; }
  eval::Result interpret(const cases::Case& c, int32_t as_of,
                         const std::vector<uint32_t>& trials_on) const;
};

// Compiles the rulebook at `path` (relative to the source tree); throws
// std::runtime_error when it does not compile.
Engines build_engines(const std::string& path,
                      codegen::OptLevel level = codegen::NativeOptions{}.level);

// Empty when the two agree on every decision (eval::Obligation::same_decision).
std::string differences(const eval::Result& interpreted, const eval::Result& native);

std::string describe(const eval::Obligation& o);

}  // namespace frist::testing
