// Every test block of every example and golden result rulebook, under both
// engines: the test's case at its own as-of date and at dates around it
// (every week for two years), with its trials switched on.
#include <catch2/catch.hpp>

#include <filesystem>

#include "driver/test_runner.h"
#include "engines.h"

using namespace frist;

namespace {

std::vector<std::string> rulebooks() {
  std::vector<std::string> out{"examples/sygedagpenge", "examples/nordjylland",
                               "examples/nordjylland/proposals"};
  std::filesystem::path golden = std::filesystem::path(FRIST_SOURCE_DIR) / "tests/golden/run";
  if (std::filesystem::is_directory(golden)) {
    std::vector<std::string> dirs;
    for (const auto& entry : std::filesystem::directory_iterator(golden)) {
      if (entry.is_directory())
        dirs.push_back("tests/golden/run/" + entry.path().filename().string());
    }
    std::sort(dirs.begin(), dirs.end());
    out.insert(out.end(), dirs.begin(), dirs.end());
  }
  return out;
}

}  // namespace

TEST_CASE("test blocks agree under both engines", "[codegen]") {
  size_t tests = 0, compared = 0;
  for (const std::string& path : rulebooks()) {
    DYNAMIC_SECTION(path) {
      testing::Engines e = testing::build_engines(path);
      const sema::Program& program = *e.compiled->frontend->program;
      for (const sema::Test& t : program.tests) {
        cases::Case c = driver::test_case(program, t);
        std::vector<uint32_t> trials(t.trials_on.begin(), t.trials_on.end());
        ++tests;
        for (int32_t offset = -371; offset <= 371; offset += 7) {
          int32_t as_of = t.as_of + (offset == -371 ? 0 : offset);
          eval::Result a = e.interpret(c, as_of, trials);
          eval::Result b = e.native->evaluate(c, as_of, trials);
          INFO(path << ": test \"" << t.name << "\" as of day " << as_of);
          REQUIRE(testing::differences(a, b).empty());
          ++compared;
        }
      }
    }
  }
  WARN(tests << " test blocks, " << compared << " evaluations compared");
}
