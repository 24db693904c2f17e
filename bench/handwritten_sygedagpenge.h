// The sygedagpenge example rulebook written by hand in C++, the way a
// programmer would code the same three rules without Frist, as the baseline
// the compiled rulebook is measured against. It has the C ABI of
// frist/frist.h so that one benchmark loop drives it and the compiled code
// alike; the benchmark checks it against the interpreter before timing it.
#pragma once

#include <cstdint>

#include "frist/frist.h"

namespace frist::bench {

int32_t handwritten_sygedagpenge_evaluate(const frist_case* c, int32_t as_of,
                                          const uint8_t* trials_on, frist_result* result);

inline constexpr uint32_t kHandwrittenSygedagpengeObligations = 3;

}  // namespace frist::bench
