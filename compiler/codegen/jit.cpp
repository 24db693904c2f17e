// LLJIT for the host with the default (optimising) code generator. The
// native target is initialised once per process.
#include "codegen/jit.h"

#include <llvm/ExecutionEngine/Orc/JITTargetMachineBuilder.h>
#include <llvm/Support/TargetSelect.h>

#include <mutex>

namespace frist::codegen {

llvm::Expected<std::unique_ptr<Jit>> Jit::Create() {
  static std::once_flag once;
  std::call_once(once, [] {
    llvm::InitializeNativeTarget();
    llvm::InitializeNativeTargetAsmPrinter();
  });
  auto builder = llvm::orc::JITTargetMachineBuilder::detectHost();
  if (!builder) return builder.takeError();
  builder->setCodeGenOptLevel(llvm::CodeGenOptLevel::Less);
  auto target = builder->createTargetMachine();
  if (!target) return target.takeError();
  auto jit = llvm::orc::LLJITBuilder().setJITTargetMachineBuilder(*builder).create();
  if (!jit) return jit.takeError();
  return std::unique_ptr<Jit>(new Jit(std::move(*jit), std::move(*target)));
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
