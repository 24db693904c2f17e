// Random Rule IR modules (ir_gen.h) under both engines: FRIST_RANDOM_MODULES
// modules (default 300, every fourth compiled at O0) with
// FRIST_RANDOM_MODULE_CASES generated cases each (default 400). A failure
// prints the module's IR dump, the case and the differences.
#include <catch2/catch.hpp>

#include <cstdlib>

#include "case_gen.h"
#include "codegen/native.h"
#include "dates/date.h"
#include "engines.h"
#include "interp/interp.h"
#include "ir_gen.h"

using namespace frist;

namespace {

uint64_t env_number(const char* name, uint64_t fallback) {
  const char* text = std::getenv(name);
  return text ? std::strtoull(text, nullptr, 10) : fallback;
}

}  // namespace

TEST_CASE("random IR modules agree under both engines", "[codegen][property]") {
  const uint64_t seed = env_number("FRIST_SEED", 20240601);
  const uint64_t modules = env_number("FRIST_RANDOM_MODULES", 300);
  const uint64_t per_module = env_number("FRIST_RANDOM_MODULE_CASES", 400);
  uint64_t failures = 0, compared = 0, large = 0;
  for (uint64_t m = 0; m < modules && failures < 3; ++m) {
    ir::Module module = testing::random_module(seed + m);
    interp::Interpreter interpreter(module);
    codegen::NativeOptions options;
    // Every level: O1 is the JIT's default, O2 builds ahead of time.
    constexpr codegen::OptLevel kLevels[] = {codegen::OptLevel::O1, codegen::OptLevel::O2,
                                             codegen::OptLevel::O1, codegen::OptLevel::O0};
    options.level = kLevels[m % 4];
    auto native = codegen::NativeRulebook::create(module, options);
    if (!native) FAIL("module " << m << ": " << llvm::toString(native.takeError()));
    testing::CaseGenerator gen(module, seed ^ (m * 7919));
    for (uint64_t i = 0; i < per_module; ++i) {
      testing::GeneratedCase g = gen.next();
      eval::Result a = interpreter.evaluate(g.c, {g.as_of, g.trials_on, false});
      eval::Result b = (*native)->evaluate(g.c, g.as_of, g.trials_on);
      ++compared;
      large += b.obligations.size() > 64;
      CHECK(b.obligations.size() <= (*native)->max_obligations());
      std::string diff = testing::differences(a, b);
      if (diff.empty()) continue;
      ++failures;
      std::string trials;
      for (uint32_t t : g.trials_on) trials += " " + std::to_string(t);
      FAIL_CHECK("module " << m << " (seed " << seed + m << "), case " << i << "\n"
                           << ir::dump(module) << "\n"
                           << testing::case_json(module, g.c) << "\nas of "
                           << dates::format_iso(dates::Date{g.as_of}) << " trials on:" << trials
                           << "\n"
                           << diff);
      break;
    }
  }
  CHECK(failures == 0);
  WARN(modules << " random modules, " << compared << " cases compared, " << large
               << " with more than 64 obligations (the buffer's first size)");
}
