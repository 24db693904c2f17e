// Between the C++ runtime and the C ABI of compiled rulebooks: a case as a
// `frist_case` record (frist/frist.h) and native results as the same
// `eval::Obligation` records the interpreter produces. A CaseRecord points
// into the cases::Case it was built from, which must outlive it; assign()
// reuses its buffers, so one record per thread converts cases without
// allocating once warm.
#pragma once

#include <cstdint>
#include <vector>

#include "cases/case.h"
#include "eval/result.h"
#include "frist/frist.h"

namespace frist::native {

// Text and sets are borrowed from `v`; other types are their int64 encoding.
frist_value to_value(const cases::Value& v, cases::ValueType type);

// `catalog` gives each fact's and event field's type; it must be the one the
// case was loaded against (ir::case_catalog of the compiled module).
class CaseRecord {
 public:
  CaseRecord() = default;
  CaseRecord(const cases::Case& c, const cases::CaseCatalog& catalog) { assign(c, catalog); }
  CaseRecord(const CaseRecord&) = delete;
  CaseRecord& operator=(const CaseRecord&) = delete;

  void assign(const cases::Case& c, const cases::CaseCatalog& catalog);
  const frist_case* get() const { return &record_; }

 private:
  std::vector<frist_value> facts_;
  std::vector<frist_value> fields_;
  std::vector<frist_event> events_;
  frist_case record_{};
};

// The trial switches of interp::Options::trials_on as one byte per trial.
std::vector<uint8_t> trial_switches(size_t trial_count, const std::vector<uint32_t>& on);

eval::Obligation to_obligation(const frist_obligation& o);
eval::Result to_result(const frist_obligation* obligations, size_t count);

}  // namespace frist::native
