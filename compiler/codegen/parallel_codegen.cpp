// Splitting externalises the module's internal functions and constants so
// the parts can call each other; inside one JIT instance per rulebook those
// names cannot clash with anything.
#include "codegen/parallel_codegen.h"

#include <llvm/Bitcode/BitcodeReader.h>
#include <llvm/Bitcode/BitcodeWriter.h>
#include <llvm/IR/LLVMContext.h>
#include <llvm/Support/raw_ostream.h>
#include <llvm/Transforms/Utils/SplitModule.h>

#include <algorithm>
#include <string>
#include <thread>

#include "codegen/object_file.h"

namespace frist::codegen {

namespace {

// Below this many instructions one thread is as fast as the round trip.
constexpr size_t kInstructionsPerPart = 4000;
constexpr unsigned kMaxParts = 4;

struct Part {
  llvm::SmallVector<char, 0> bitcode;
  std::unique_ptr<llvm::TargetMachine> target;
  std::unique_ptr<llvm::MemoryBuffer> object;
  std::string error;
};

void compile_part(Part& part, const std::string& name) {
  llvm::LLVMContext context;
  llvm::MemoryBufferRef buffer(llvm::StringRef(part.bitcode.data(), part.bitcode.size()), name);
  auto module = llvm::parseBitcodeFile(buffer, context);
  if (!module) {
    part.error = llvm::toString(module.takeError());
    return;
  }
  auto object = emit_object(**module, *part.target);
  if (!object) {
    part.error = llvm::toString(object.takeError());
    return;
  }
  part.object = std::move(*object);
}

}  // namespace

unsigned codegen_parts(const llvm::Module& module) {
  size_t instructions = 0;
  for (const llvm::Function& f : module) instructions += f.getInstructionCount();
  unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  auto by_size = static_cast<unsigned>(std::max<size_t>(1, instructions / kInstructionsPerPart));
  return std::min({cores, by_size, kMaxParts});
}

llvm::Expected<std::vector<std::unique_ptr<llvm::MemoryBuffer>>> emit_objects(
    llvm::Module& module, const TargetFactory& make_target, unsigned parts) {
  std::vector<std::unique_ptr<llvm::MemoryBuffer>> out;
  if (parts <= 1) {
    auto target = make_target();
    if (!target) return target.takeError();
    auto object = emit_object(module, **target);
    if (!object) return object.takeError();
    out.push_back(std::move(*object));
    return out;
  }
  std::vector<Part> split;
  llvm::SplitModule(
      module, parts,
      [&](std::unique_ptr<llvm::Module> piece) {
        Part& part = split.emplace_back();
        llvm::raw_svector_ostream bitcode(part.bitcode);
        llvm::WriteBitcodeToFile(*piece, bitcode);
      },
      /*PreserveLocals=*/false, /*RoundRobin=*/true);
  for (Part& part : split) {
    auto target = make_target();
    if (!target) return target.takeError();
    part.target = std::move(*target);
  }
  std::vector<std::thread> threads;
  for (size_t i = 1; i < split.size(); ++i) {
    threads.emplace_back(compile_part, std::ref(split[i]), module.getName().str());
  }
  compile_part(split[0], module.getName().str());
  for (std::thread& t : threads) t.join();
  for (Part& part : split) {
    if (!part.error.empty()) {
      return llvm::createStringError(llvm::inconvertibleErrorCode(), part.error);
    }
    out.push_back(std::move(part.object));
  }
  return out;
}

}  // namespace frist::codegen
