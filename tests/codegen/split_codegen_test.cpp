// Machine code compiled in parts on several threads: the parts link into one
// working rulebook that decides exactly as the interpreter does, whatever
// the number of parts; and the cache's pack of objects survives a round
// trip and refuses anything malformed.
#include <catch2/catch.hpp>

#include "case_gen.h"
#include "codegen/object_file.h"
#include "engines.h"

using namespace frist;

TEST_CASE("native code split across threads decides as the interpreter does", "[codegen]") {
  auto compiled = driver::compile(std::string(FRIST_SOURCE_DIR) + "/examples/nordjylland");
  REQUIRE(compiled);
  for (unsigned threads : {1u, 2u, 3u}) {
    codegen::NativeOptions options;
    options.codegen_threads = threads;
    auto native = codegen::NativeRulebook::create(compiled->module, options);
    REQUIRE(static_cast<bool>(native));
    testing::CaseGenerator gen(compiled->module, 77 + threads);
    for (int i = 0; i < 3000; ++i) {
      testing::GeneratedCase g = gen.next();
      interp::Options o{g.as_of, g.trials_on, false};
      eval::Result want = compiled->interpreter->evaluate(g.c, o);
      eval::Result got = (*native)->evaluate(g.c, g.as_of, g.trials_on);
      INFO(threads << " threads: " << testing::case_json(compiled->module, g.c));
      REQUIRE(testing::differences(want, got).empty());
    }
  }
}

TEST_CASE("a pack of objects round-trips and refuses malformed input", "[codegen]") {
  std::vector<std::unique_ptr<llvm::MemoryBuffer>> objects;
  objects.push_back(llvm::MemoryBuffer::getMemBufferCopy("first object"));
  objects.push_back(llvm::MemoryBuffer::getMemBufferCopy(""));
  objects.push_back(llvm::MemoryBuffer::getMemBufferCopy(std::string("with\0nul", 8)));
  std::unique_ptr<llvm::MemoryBuffer> pack = codegen::pack_objects(objects);
  auto back = codegen::unpack_objects(*pack);
  REQUIRE(back.size() == 3);
  for (size_t i = 0; i < 3; ++i) CHECK(back[i]->getBuffer() == objects[i]->getBuffer());

  std::string bytes = pack->getBuffer().str();
  auto unpack = [](const std::string& text) {
    return codegen::unpack_objects(*llvm::MemoryBuffer::getMemBufferCopy(text)).size();
  };
  CHECK(unpack(bytes.substr(0, bytes.size() - 1)) == 0);  // truncated
  CHECK(unpack(bytes + "x") == 0);                        // trailing bytes
  CHECK(unpack("NOTFRIST" + bytes.substr(8)) == 0);       // another file
  CHECK(unpack("") == 0);
}
