// The bundled rulebooks compiled ahead of time by `frist build` and linked
// into the benchmark as plain objects, reached through the entry points
// frist/frist.h promises rather than the generated header.
#pragma once

#include <optional>
#include <string>

#include "workload.h"

namespace frist::bench {

// The AOT entry of examples/<rulebook>, or nothing when the benchmark was
// built without AOT objects (FRIST_BENCH_AOT off) or has none for it.
// Throws std::runtime_error when the object was built for another ABI.
std::optional<NativeEntry> aot_entry(const std::string& rulebook);

}  // namespace frist::bench
