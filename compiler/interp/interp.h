// The reference interpreter: evaluates the Rule IR for one case and an as-of
// date, obligation by obligation, with a trace in words of every decision.
// It defines Frist's semantics; native code must agree with it exactly on
// everything but the trace. An Interpreter is immutable after construction
// and may be shared between threads.
#pragma once

#include <memory>
#include <vector>

#include "cases/case.h"
#include "dates/calendar.h"
#include "eval/result.h"
#include "ir/ir.h"

namespace frist::interp {

struct Options {
  int32_t as_of = 0;
  // Off-by-default trials switched on (indices into Module::trials).
  std::vector<ir::Index> trials_on;
  bool trace = true;
};

class Interpreter {
 public:
  explicit Interpreter(const ir::Module& module);

  eval::Result evaluate(const cases::Case& c, const Options& options) const;

  const ir::Module& module() const { return *module_; }
  // The calendar of an IR calendar index; kNone is the built-in Danish one.
  const dates::Calendar& calendar(ir::Index index) const;

 private:
  const ir::Module* module_;
  std::vector<dates::Calendar> calendars_;
};

}  // namespace frist::interp
