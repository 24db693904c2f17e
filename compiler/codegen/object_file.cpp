// Object emission with the legacy code-generation pass manager (LLVM 19
// still drives machine code through it) and the file cache, written
// atomically (temporary file, then rename) so concurrent runs never read a
// partial object.
#include "codegen/object_file.h"

#include <llvm/Bitcode/BitcodeWriter.h>
#include <llvm/Config/llvm-config.h>
#include <llvm/IR/LegacyPassManager.h>
#include <llvm/Support/CachePruning.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/Path.h>
#include <llvm/Support/SHA256.h>
#include <llvm/Support/SmallVectorMemoryBuffer.h>
#include <llvm/Support/raw_ostream.h>
#include <llvm/TargetParser/Triple.h>

#include <cstdlib>
#include <cstring>

namespace frist::codegen {

llvm::Expected<std::unique_ptr<llvm::MemoryBuffer>> emit_object(llvm::Module& module,
                                                                llvm::TargetMachine& target) {
  llvm::SmallVector<char, 0> bytes;
  llvm::raw_svector_ostream out(bytes);
  llvm::legacy::PassManager pm;
  if (target.addPassesToEmitFile(pm, out, nullptr, llvm::CodeGenFileType::ObjectFile)) {
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "the target cannot emit object files");
  }
  pm.run(module);
  return std::make_unique<llvm::SmallVectorMemoryBuffer>(std::move(bytes), module.getName(), false);
}

namespace {

constexpr char kPackMagic[8] = {'F', 'R', 'I', 'S', 'T', 'O', 'B', 'J'};

template <class T>
void append(std::string& out, T value) {
  out.append(reinterpret_cast<const char*>(&value), sizeof value);
}

template <class T>
bool take(llvm::StringRef& in, T& value) {
  if (in.size() < sizeof value) return false;
  std::memcpy(&value, in.data(), sizeof value);
  in = in.drop_front(sizeof value);
  return true;
}

}  // namespace

std::unique_ptr<llvm::MemoryBuffer> pack_objects(
    const std::vector<std::unique_ptr<llvm::MemoryBuffer>>& objects) {
  std::string out(kPackMagic, sizeof kPackMagic);
  append(out, static_cast<uint32_t>(objects.size()));
  for (const auto& object : objects) {
    append(out, static_cast<uint64_t>(object->getBufferSize()));
    out += object->getBuffer();
  }
  return llvm::MemoryBuffer::getMemBufferCopy(out, "frist-objects");
}

std::vector<std::unique_ptr<llvm::MemoryBuffer>> unpack_objects(const llvm::MemoryBuffer& pack) {
  llvm::StringRef in = pack.getBuffer();
  std::vector<std::unique_ptr<llvm::MemoryBuffer>> out;
  if (!in.consume_front(llvm::StringRef(kPackMagic, sizeof kPackMagic))) return {};
  uint32_t count = 0;
  if (!take(in, count)) return {};
  for (uint32_t i = 0; i < count; ++i) {
    uint64_t size = 0;
    if (!take(in, size) || in.size() < size) return {};
    out.push_back(llvm::MemoryBuffer::getMemBufferCopy(in.take_front(size), "frist-object"));
    in = in.drop_front(size);
  }
  if (!in.empty()) return {};
  return out;
}

ObjectCache ObjectCache::standard() {
  if (const char* dir = std::getenv("FRIST_CACHE_DIR")) return ObjectCache(dir);
  llvm::SmallString<256> path;
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg) {
    path = xdg;
  } else if (const char* home = std::getenv("HOME"); home && *home) {
    path = home;
    llvm::sys::path::append(path, ".cache");
  } else {
    return ObjectCache("");
  }
  llvm::sys::path::append(path, "frist");
  return ObjectCache(std::string(path));
}

std::string ObjectCache::key(const llvm::Module& unoptimised, const llvm::TargetMachine& target,
                             int level, bool debug_info) const {
  llvm::SmallVector<char, 0> bitcode;
  llvm::raw_svector_ostream out(bitcode);
  llvm::WriteBitcodeToFile(unoptimised, out);
  llvm::SHA256 hash;
  hash.update(llvm::StringRef(bitcode.data(), bitcode.size()));
  std::string target_text = target.getTargetTriple().str() + "|" + target.getTargetCPU().str() +
                            "|" + target.getTargetFeatureString().str() + "|" +
                            std::to_string(static_cast<int>(target.getOptLevel())) + "|" +
                            std::to_string(level) + (debug_info ? "|debug" : "") +
                            "|" LLVM_VERSION_STRING;
  hash.update(target_text);
  return llvm::toHex(hash.final(), true);
}

std::unique_ptr<llvm::MemoryBuffer> ObjectCache::load(const std::string& key) const {
  if (dir_.empty()) return nullptr;
  llvm::SmallString<256> path(dir_);
  llvm::sys::path::append(path, "llvmcache-" + key + ".objs");
  auto buffer = llvm::MemoryBuffer::getFile(path, false, false);
  if (!buffer) return nullptr;
  return std::move(*buffer);
}

void ObjectCache::store(const std::string& key, const llvm::MemoryBuffer& object) const {
  if (dir_.empty() || llvm::sys::fs::create_directories(dir_)) return;
  llvm::SmallString<256> path(dir_), temp;
  llvm::sys::path::append(path, "llvmcache-" + key + ".objs");
  int fd = -1;
  if (llvm::sys::fs::createUniqueFile(path + ".tmp-%%%%%%", fd, temp)) return;
  {
    llvm::raw_fd_ostream out(fd, true);
    out << object.getBuffer();
    if (out.has_error()) {
      out.clear_error();
      llvm::sys::fs::remove(temp);
      return;
    }
  }
  if (llvm::sys::fs::rename(temp, path)) llvm::sys::fs::remove(temp);
  // At most hourly: drop objects unused for a week, and keep under 200 MB.
  auto policy =
      llvm::parseCachePruningPolicy("prune_interval=1h:prune_after=168h:cache_size_bytes=200m");
  if (policy) {
    llvm::pruneCache(dir_, *policy);
  } else {
    llvm::consumeError(policy.takeError());
  }
}

}  // namespace frist::codegen
