// A small ORC LLJIT wrapper in the style of LLVM's Kaleidoscope
// BuildingAJIT examples: Create() for the host, addModule() to compile and
// link a module, lookup() for an exported symbol's address. Generated code
// needs only the process's C runtime (memcpy, memset and the compiler
// runtime's 128-bit division), which LLJIT resolves from the process.
// Code, once looked up, is immutable and may be called from many threads.
#pragma once

#include <llvm/ExecutionEngine/Orc/JITTargetMachineBuilder.h>
#include <llvm/ExecutionEngine/Orc/LLJIT.h>
#include <llvm/ExecutionEngine/Orc/ThreadSafeModule.h>
#include <llvm/Support/Error.h>
#include <llvm/Target/TargetMachine.h>

#include <memory>

namespace frist::codegen {

class Jit {
 public:
  // `debug`: machine code without optimisation, and objects registered with
  // a debugger through the GDB JIT interface where the host supports it.
  static llvm::Expected<std::unique_ptr<Jit>> Create(bool debug = false);

  // The target the JIT compiles for, for optimising modules before adding.
  llvm::TargetMachine& target_machine() { return *target_; }
  // Another target machine like it, for compiling on another thread.
  llvm::Expected<std::unique_ptr<llvm::TargetMachine>> new_target_machine() {
    return builder_.createTargetMachine();
  }
  const llvm::DataLayout& data_layout() const { return jit_->getDataLayout(); }

  llvm::Error addModule(llvm::orc::ThreadSafeModule module);
  llvm::Error addObject(std::unique_ptr<llvm::MemoryBuffer> object);
  llvm::Expected<llvm::orc::ExecutorAddr> lookup(llvm::StringRef name);

 private:
  Jit(std::unique_ptr<llvm::orc::LLJIT> jit, std::unique_ptr<llvm::TargetMachine> target,
      llvm::orc::JITTargetMachineBuilder builder)
      : jit_(std::move(jit)), target_(std::move(target)), builder_(std::move(builder)) {}

  std::unique_ptr<llvm::orc::LLJIT> jit_;
  std::unique_ptr<llvm::TargetMachine> target_;
  llvm::orc::JITTargetMachineBuilder builder_;
};

}  // namespace frist::codegen
