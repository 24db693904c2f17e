// Declared here by hand: `frist build -o DIR/NAME` exports NAME_evaluate,
// NAME_abi_version and NAME_max_obligations with the signatures of
// frist/frist.h, and the benchmark needs nothing else.
#include "aot.h"

#include <stdexcept>

namespace frist::bench {

#ifdef FRIST_BENCH_AOT

extern "C" {
int32_t sygedagpenge_evaluate(const frist_case* c, int32_t as_of, const uint8_t* trials_on,
                              frist_result* result);
uint32_t sygedagpenge_abi_version(void);
uint32_t sygedagpenge_max_obligations(void);
int32_t nordjylland_evaluate(const frist_case* c, int32_t as_of, const uint8_t* trials_on,
                             frist_result* result);
uint32_t nordjylland_abi_version(void);
uint32_t nordjylland_max_obligations(void);
}

namespace {

NativeEntry checked(const std::string& rulebook, frist_evaluate_fn evaluate,
                    frist_abi_version_fn abi_version, frist_max_obligations_fn max_obligations) {
  if (abi_version() != FRIST_ABI_VERSION) {
    throw std::runtime_error("the AOT object of " + rulebook + " has ABI version " +
                             std::to_string(abi_version()) + ", not " +
                             std::to_string(FRIST_ABI_VERSION));
  }
  return {"aot", evaluate, max_obligations()};
}

}  // namespace

std::optional<NativeEntry> aot_entry(const std::string& rulebook) {
  if (rulebook == "sygedagpenge") {
    return checked(rulebook, sygedagpenge_evaluate, sygedagpenge_abi_version,
                   sygedagpenge_max_obligations);
  }
  if (rulebook == "nordjylland") {
    return checked(rulebook, nordjylland_evaluate, nordjylland_abi_version,
                   nordjylland_max_obligations);
  }
  return std::nullopt;
}

#else

std::optional<NativeEntry> aot_entry(const std::string&) {
  return std::nullopt;
}

#endif

}  // namespace frist::bench
