// Machine code for a generated module: an optimised module becomes a
// relocatable object in memory (for the JIT, and for ahead-of-time builds),
// and an on-disk cache keyed by a hash of the unoptimised module, the target
// and the optimisation level lets a rulebook that has not changed skip
// optimising and code generation altogether.
#pragma once

#include <llvm/IR/Module.h>
#include <llvm/Support/Error.h>
#include <llvm/Support/MemoryBuffer.h>
#include <llvm/Target/TargetMachine.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace frist::codegen {

llvm::Expected<std::unique_ptr<llvm::MemoryBuffer>> emit_object(llvm::Module& module,
                                                                llvm::TargetMachine& target);

// Several objects as one buffer, so a cache entry is one file written
// atomically: "FRISTOBJ", a count, then each object's size and bytes.
std::unique_ptr<llvm::MemoryBuffer> pack_objects(
    const std::vector<std::unique_ptr<llvm::MemoryBuffer>>& objects);
// The objects again; empty when `pack` is not a well-formed pack.
std::vector<std::unique_ptr<llvm::MemoryBuffer>> unpack_objects(const llvm::MemoryBuffer& pack);

class ObjectCache {
 public:
  // `dir` is created on first store; an empty `dir` caches nothing.
  explicit ObjectCache(std::string dir) : dir_(std::move(dir)) {}
  // $FRIST_CACHE_DIR, else $XDG_CACHE_HOME/frist, else ~/.cache/frist;
  // FRIST_CACHE_DIR set to the empty string turns caching off. Objects
  // unused for a week are pruned, and the cache is kept under 200 MB.
  static ObjectCache standard();

  // Code with debug info never serves a request without, nor the reverse.
  std::string key(const llvm::Module& unoptimised, const llvm::TargetMachine& target, int level,
                  bool debug_info = false) const;
  std::unique_ptr<llvm::MemoryBuffer> load(const std::string& key) const;
  // Best effort: a cache that cannot be written is not an error.
  void store(const std::string& key, const llvm::MemoryBuffer& object) const;

 private:
  std::string dir_;
};

}  // namespace frist::codegen
