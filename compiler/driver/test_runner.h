// Runs the test blocks of a compiled rulebook: each test's case is built from
// its literal facts and events, evaluated at its as-of date, and every
// expectation compared with the obligation it names.
#pragma once

#include <string>
#include <vector>

#include "driver/compile.h"

namespace frist::driver {

struct TestFailure {
  diag::Span span;       // the `expect` line
  std::string expected;  // the expectation as written, in words
  std::vector<std::string> differences;
};

struct TestOutcome {
  std::string name;
  diag::Span span;
  std::vector<TestFailure> failures;
  bool passed() const { return failures.empty(); }
};

class Engine;

// Tests whose name contains `filter` (all when empty), in declaration order,
// evaluated by `engine` (the interpreter when null).
std::vector<TestOutcome> run_tests(const Compiled& compiled, const std::string& filter,
                                   Engine* engine = nullptr);

// Builds the case a test describes (shared with tools that replay tests).
cases::Case test_case(const sema::Program& program, const sema::Test& test);

}  // namespace frist::driver
