// Random Rule IR modules, well-typed but otherwise unconstrained: every
// operator (including the ones today's lowering never emits, such as
// TriggerDate and RollForward), edge constants (halves for rounding, int64
// extremes, zero divisors, dates at the ends of years 1..9999), versions,
// trials in priority order with every effect kind, duties, calendars and
// parameters. The code generator must agree with the interpreter on all of
// them, not only on what today's front end happens to produce. A trial that
// exempts with a `saving` makes a money expression's value visible in the
// result, so arithmetic is observed exactly, not only through comparisons.
#pragma once

#include <cstdint>

#include "ir/ir.h"

namespace frist::testing {

ir::Module random_module(uint64_t seed);

}  // namespace frist::testing
