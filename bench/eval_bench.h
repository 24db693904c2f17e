// The timed loops: one benchmark per engine and rulebook, each evaluating
// every case of the workload once per iteration, single-threaded, and
// reporting cases as items, so the report reads cases per second per core.
#pragma once

#include "workload.h"

namespace frist::bench {

// "<rulebook>/interp", "<rulebook>/jit_api" (the C++ call, converting the
// case and the results) and "<rulebook>/<engine>" for every native engine
// (the C entry point on prepared records). `w` must outlive the run.
void register_evaluation(const Workload& w);

}  // namespace frist::bench
