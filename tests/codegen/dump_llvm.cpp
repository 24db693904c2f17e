// A developer tool: compiles a rulebook through the LLVM back end and prints
// the phase timings and the size of the module before and after optimising
// (`dump_llvm RULEBOOK [O0|O2] [FILE.ll]` also writes the optimised IR).
#include <llvm/IR/Module.h>
#include <llvm/Support/raw_os_ostream.h>

#include <chrono>
#include <fstream>
#include <iostream>

#include "case_gen.h"
#include "codegen/jit.h"
#include "codegen/native.h"
#include "driver/compile.h"
#include "native/record.h"

using namespace frist;

namespace {

size_t instructions(const llvm::Module& m) {
  size_t n = 0;
  for (const llvm::Function& f : m) n += f.getInstructionCount();
  return n;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: dump_llvm RULEBOOK [O0|O2] [FILE.ll]\n";
    return 2;
  }
  auto compiled = driver::compile(argv[1]);
  if (!compiled) return 1;
  codegen::OptLevel level =
      argc > 2 && std::string(argv[2]) == "O0" ? codegen::OptLevel::O0 : codegen::OptLevel::O2;
  llvm::LLVMContext context;
  auto module = codegen::generate(compiled->module, context);
  if (!module) {
    std::cerr << llvm::toString(module.takeError()) << '\n';
    return 1;
  }
  size_t before = instructions(**module);
  auto jit = codegen::Jit::Create();
  if (!jit) return 1;
  auto t0 = std::chrono::steady_clock::now();
  codegen::optimize(**module, (*jit)->target_machine(), level);
  double ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  std::cout << "instructions: " << before << " generated, " << instructions(**module)
            << " optimised (" << ms << " ms)\n";
  for (const llvm::Function& f : **module) {
    if (f.getInstructionCount() > 2000) {
      std::cout << "  " << f.getName().str() << ": " << f.getInstructionCount() << "\n";
    }
  }
  // Throughput on generated cases: records built up front, raw entry point.
  auto native = codegen::NativeRulebook::create(compiled->module, {level, false});
  if (!native) return 1;
  testing::CaseGenerator gen(compiled->module, 1);
  std::vector<testing::GeneratedCase> cases;
  for (int i = 0; i < 100000; ++i) cases.push_back(gen.next());
  std::vector<std::unique_ptr<native::CaseRecord>> records;
  std::vector<std::vector<uint8_t>> switches;
  for (const auto& g : cases) {
    records.push_back(std::make_unique<native::CaseRecord>(g.c, compiled->catalog));
    switches.push_back(native::trial_switches(compiled->module.trials.size(), g.trials_on));
  }
  std::vector<frist_obligation> buffer((*native)->max_obligations());
  size_t total = 0;
  t0 = std::chrono::steady_clock::now();
  for (size_t i = 0; i < cases.size(); ++i) {
    frist_result r{buffer.data(), static_cast<uint32_t>(buffer.size()), 0};
    (*native)->entry()(records[i]->get(), cases[i].as_of, switches[i].data(), &r);
    total += r.count;
  }
  double native_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  t0 = std::chrono::steady_clock::now();
  for (const auto& g : cases) {
    total += compiled->interpreter->evaluate(g.c, {g.as_of, g.trials_on, false}).obligations.size();
  }
  double interp_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::cout << "native " << cases.size() / native_s << " cases/s, interpreter "
            << cases.size() / interp_s << " cases/s (" << total << ")\n";
  if (argc > 3) {
    std::ofstream out(argv[3]);
    llvm::raw_os_ostream os(out);
    (*module)->print(os, nullptr);
  }
  return 0;
}
