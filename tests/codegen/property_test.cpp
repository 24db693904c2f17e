// One semantics, proven by tests: for every test rulebook, the interpreter
// and native code give identical results (eval::Obligation::same_decision)
// on FRIST_PROPERTY_CASES generated cases (default 100,000) from seed
// FRIST_SEED (default fixed, so CI is reproducible). A failure prints the
// seed, the case as a case-file line, the as-of date and the differences;
// FRIST_PROPERTY_VERBOSE prints every case before it is evaluated (to find
// one that crashes). Every golden result rulebook runs the same way.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include <fmt/format.h>

#include "case_gen.h"
#include "dates/date.h"
#include "engines.h"

using namespace frist;

namespace {

uint64_t env_number(const char* name, uint64_t fallback) {
  const char* text = std::getenv(name);
  return text ? std::strtoull(text, nullptr, 10) : fallback;
}

void check_rulebook(const std::string& path, bool report = true) {
  testing::Engines e = testing::build_engines(path);
  const uint64_t seed = env_number("FRIST_SEED", 20240601);
  const uint64_t count = env_number("FRIST_PROPERTY_CASES", 100000);
  testing::CaseGenerator gen(e.module(), seed);
  uint64_t obligations = 0, failures = 0;
  uint64_t statuses[8] = {}, effects[5] = {};
  for (uint64_t i = 0; i < count; ++i) {
    testing::GeneratedCase g = gen.next();
    if (std::getenv("FRIST_PROPERTY_VERBOSE")) {
      std::fprintf(stderr, "%llu %s as of %d\n", static_cast<unsigned long long>(i),
                   testing::case_json(e.module(), g.c).c_str(), g.as_of);
    }
    eval::Result a = e.interpret(g.c, g.as_of, g.trials_on);
    eval::Result b = e.native->evaluate(g.c, g.as_of, g.trials_on);
    obligations += a.obligations.size();
    for (const eval::Obligation& o : a.obligations) {
      ++statuses[static_cast<size_t>(o.status)];
      ++effects[static_cast<size_t>(o.effect)];
    }
    std::string diff = testing::differences(a, b);
    if (diff.empty()) continue;
    if (++failures <= 3) {
      std::string trials;
      for (uint32_t t : g.trials_on) trials += " --trial " + e.module().trials[t].name;
      FAIL_CHECK(path << ": case " << i << " of seed " << seed << " differs\n"
                      << testing::case_json(e.module(), g.c) << "\nas of "
                      << dates::format_iso(dates::Date{g.as_of}) << trials << "\n"
                      << diff);
    }
  }
  CHECK(failures == 0);
  std::string histogram;
  for (size_t k = 0; k < 8; ++k) {
    histogram +=
        fmt::format(" {}={}", eval::status_name(static_cast<eval::Status>(k)), statuses[k]);
  }
  for (size_t k = 1; k < 5; ++k) {
    histogram +=
        fmt::format(" {}={}", eval::effect_name(static_cast<eval::TrialEffect>(k)), effects[k]);
  }
  if (!report) return;
  WARN(path << ": " << count << " cases, " << obligations << " obligations compared;" << histogram);
}

}  // namespace

TEST_CASE("generated cases agree: sygedagpenge example", "[codegen][property]") {
  check_rulebook("examples/sygedagpenge");
}

TEST_CASE("generated cases agree: nordjylland", "[codegen][property]") {
  check_rulebook("examples/nordjylland");
}

TEST_CASE("generated cases agree: nordjylland proposals (off-by-default trials)",
          "[codegen][property]") {
  check_rulebook("examples/nordjylland/proposals");
}

TEST_CASE("generated cases agree: back-end feature rulebook", "[codegen][property]") {
  check_rulebook("tests/codegen/rulebooks/features.frist");
}

TEST_CASE("generated cases agree: every golden result rulebook", "[codegen][property]") {
  std::filesystem::path golden = std::filesystem::path(FRIST_SOURCE_DIR) / "tests/golden/run";
  std::vector<std::string> dirs;
  if (std::filesystem::is_directory(golden)) {
    for (const auto& entry : std::filesystem::directory_iterator(golden)) {
      if (entry.is_directory())
        dirs.push_back("tests/golden/run/" + entry.path().filename().string());
    }
  }
  std::sort(dirs.begin(), dirs.end());
  for (const std::string& dir : dirs) {
    DYNAMIC_SECTION(dir) {
      check_rulebook(dir, false);
    }
  }
}
