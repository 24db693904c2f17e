// Random valid cases for any rulebook, for holding the two engines equal and
// for benchmarks. Cases follow the rulebook's own schemas and event kinds,
// and their dates cluster where rules are most likely to differ: the edges
// of version and trial periods, parameter periods, date constants, month
// ends, public holidays and weekends. Optional facts are often unknown,
// events often share a date, and some fall after the as-of date. The same
// seed gives the same cases.
#pragma once

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "cases/case.h"
#include "ir/ir.h"

namespace frist::testing {

struct GeneratedCase {
  cases::Case c;
  int32_t as_of = 0;
  std::vector<uint32_t> trials_on;
};

class CaseGenerator {
 public:
  CaseGenerator(const ir::Module& module, uint64_t seed);

  GeneratedCase next();

  // The dates the generator clusters around (for tests of the generator).
  const std::vector<int32_t>& interesting_dates() const { return dates_; }

 private:
  cases::Value value(const ir::FieldLayout& f, int32_t base);
  int32_t date(int32_t base);
  int64_t number(const ir::FieldLayout& f);
  cases::Event event(uint32_t schema, int32_t base, const std::vector<cases::Event>& so_far);
  bool chance(double p) { return std::bernoulli_distribution(p)(rng_); }
  int64_t between(int64_t lo, int64_t hi) {
    return std::uniform_int_distribution<int64_t>(lo, hi)(rng_);
  }
  template <class T>
  const T& pick(const std::vector<T>& v) {
    return v[static_cast<size_t>(between(0, static_cast<int64_t>(v.size()) - 1))];
  }

  const ir::Module& module_;
  std::mt19937_64 rng_;
  std::vector<int32_t> dates_;                // period edges, constants, closed days
  std::vector<std::string> texts_;            // text constants of the rulebook
  std::vector<int64_t> members_;              // municipality members in trial scopes
  std::vector<std::vector<uint32_t>> kinds_;  // per schema: event kinds its rules read
  uint64_t serial_ = 0;
};

// The case as a line of a case file (docs/cases.md), to replay a failure
// with `frist run`. Unknown required facts are written as null.
std::string case_json(const ir::Module& module, const cases::Case& c);

}  // namespace frist::testing
