// The host's target with position-independent code, so the one object
// serves both a static link into a program and a shared library.
#include "codegen/aot.h"

#include <llvm/IR/LLVMContext.h>
#include <llvm/MC/TargetRegistry.h>
#include <llvm/Support/TargetSelect.h>
#include <llvm/Target/TargetMachine.h>
#include <llvm/Target/TargetOptions.h>
#include <llvm/TargetParser/Host.h>

#include <chrono>
#include <mutex>

#include "codegen/codegen.h"
#include "codegen/object_file.h"

namespace frist::codegen {

namespace {

using Clock = std::chrono::steady_clock;

double since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

llvm::Expected<std::unique_ptr<llvm::TargetMachine>> host_target(const std::string& cpu_choice,
                                                                 bool debug) {
  static std::once_flag once;
  std::call_once(once, [] {
    llvm::InitializeNativeTarget();
    llvm::InitializeNativeTargetAsmPrinter();
  });
  std::string triple = llvm::sys::getDefaultTargetTriple();
  std::string error;
  const llvm::Target* target = llvm::TargetRegistry::lookupTarget(triple, error);
  if (!target) return llvm::createStringError(llvm::inconvertibleErrorCode(), error);
  std::string cpu = cpu_choice == "native" ? llvm::sys::getHostCPUName().str() : cpu_choice;
  std::string features;
  if (cpu_choice == "native") {
    for (const auto& [name, on] : llvm::sys::getHostCPUFeatures()) {
      features += (features.empty() ? "" : ",") + std::string(on ? "+" : "-") + name.str();
    }
  }
  llvm::TargetOptions options;
  auto level = debug ? llvm::CodeGenOptLevel::None : llvm::CodeGenOptLevel::Default;
  std::unique_ptr<llvm::TargetMachine> machine(target->createTargetMachine(
      triple, cpu, features, options, llvm::Reloc::PIC_, std::nullopt, level));
  if (!machine) {
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "no target machine for " + triple + " (" + cpu + ")");
  }
  return machine;
}

}  // namespace

llvm::Expected<std::unique_ptr<llvm::MemoryBuffer>> compile_object(const ir::Module& rules,
                                                                   const AotOptions& options,
                                                                   AotTimings* timings) {
  AotTimings local;
  AotTimings& t = timings ? *timings : local;
  auto machine = host_target(options.cpu, options.debug);
  if (!machine) return machine.takeError();
  llvm::LLVMContext context;
  Options generate_options;
  generate_options.module_name = options.name;
  generate_options.symbol_prefix = options.symbol_prefix;
  generate_options.debug_info = options.debug;
  Clock::time_point start = Clock::now();
  auto module = generate(rules, context, generate_options);
  if (!module) return module.takeError();
  t.lower = since(start);
  start = Clock::now();
  optimize(**module, **machine, options.debug ? OptLevel::O0 : OptLevel::O2);
  t.optimise = since(start);
  start = Clock::now();
  auto object = emit_object(**module, **machine);
  t.codegen = since(start);
  return object;
}

}  // namespace frist::codegen
