// LLJIT for the host with the default (optimising) code generator, or for
// debugging the unoptimising one plus debugger registration. The native
// target is initialised once per process.
#include "codegen/jit.h"

#include <llvm/ExecutionEngine/Orc/Debugging/DebuggerSupport.h>
#include <llvm/ExecutionEngine/Orc/JITTargetMachineBuilder.h>
#include <llvm/Support/TargetSelect.h>

#include <mutex>

namespace frist::codegen {

llvm::Expected<std::unique_ptr<Jit>> Jit::Create(bool debug) {
  static std::once_flag once;
  std::call_once(once, [] {
    llvm::InitializeNativeTarget();
    llvm::InitializeNativeTargetAsmPrinter();
  });
  auto builder = llvm::orc::JITTargetMachineBuilder::detectHost();
  if (!builder) return builder.takeError();
  builder->setCodeGenOptLevel(debug ? llvm::CodeGenOptLevel::None : llvm::CodeGenOptLevel::Less);
  auto target = builder->createTargetMachine();
  if (!target) return target.takeError();
  auto jit = llvm::orc::LLJITBuilder().setJITTargetMachineBuilder(*builder).create();
  if (!jit) return jit.takeError();
  // Best effort: where ORC cannot register objects with a debugger (it
  // needs JITLink and an ELF or Mach-O host), the code still runs, and
  // still carries its DWARF for anyone who saves the object.
  if (debug) llvm::consumeError(llvm::orc::enableDebuggerSupport(**jit));
  return std::unique_ptr<Jit>(new Jit(std::move(*jit), std::move(*target), std::move(*builder)));
}

llvm::Error Jit::addModule(llvm::orc::ThreadSafeModule module) {
  return jit_->addIRModule(std::move(module));
}

llvm::Error Jit::addObject(std::unique_ptr<llvm::MemoryBuffer> object) {
  return jit_->addObjectFile(std::move(object));
}

llvm::Expected<llvm::orc::ExecutorAddr> Jit::lookup(llvm::StringRef name) {
  return jit_->lookup(name);
}

}  // namespace frist::codegen
