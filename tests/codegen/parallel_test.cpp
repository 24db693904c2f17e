// Thread safety: one compiled rulebook, evaluated from four threads at once
// over the same generated cases, gives exactly the serial results.
#include <catch2/catch.hpp>

#include <thread>

#include "case_gen.h"
#include "engines.h"

using namespace frist;

TEST_CASE("native evaluation from four threads equals serial evaluation", "[codegen]") {
  testing::Engines e = testing::build_engines("examples/nordjylland");
  testing::CaseGenerator gen(e.module(), 4242);
  std::vector<testing::GeneratedCase> all;
  for (int i = 0; i < 20000; ++i) all.push_back(gen.next());
  std::vector<eval::Result> serial;
  for (const auto& g : all) serial.push_back(e.native->evaluate(g.c, g.as_of, g.trials_on));

  constexpr size_t kThreads = 4;
  std::vector<std::vector<eval::Result>> parallel(kThreads);
  std::vector<std::thread> threads;
  for (size_t t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      // Every thread evaluates every case, from a different starting point
      // and half of them backwards.
      parallel[t].resize(all.size());
      for (size_t k = 0; k < all.size(); ++k) {
        size_t i = (k + t * 4999) % all.size();
        if (t % 2) i = all.size() - 1 - i;
        parallel[t][i] = e.native->evaluate(all[i].c, all[i].as_of, all[i].trials_on);
      }
    });
  }
  for (std::thread& th : threads) th.join();
  size_t mismatches = 0;
  for (size_t t = 0; t < kThreads; ++t) {
    for (size_t i = 0; i < all.size(); ++i) {
      if (!testing::differences(serial[i], parallel[t][i]).empty()) ++mismatches;
    }
  }
  CHECK(mismatches == 0);
}
