// Result writers: one JSON line per input case (an evaluated case or an error
// record) for programs, and a deadline report for people.
#pragma once

#include <ostream>
#include <string>

#include "cases/case.h"
#include "cases/load.h"
#include "eval/result.h"

namespace frist::results {

struct CaseReport {
  const eval::RulebookInfo& info;
  const cases::CaseCatalog& catalog;
  const cases::Case& the_case;
  int32_t as_of;
  const eval::Result& result;
};

// {"id":..., "as_of":..., "obligations":[...]} on one line.
void write_json(std::ostream& out, const CaseReport& report, bool with_explanation = true);
// {"id":..., "line":N, "error":{"field":..., "message":...}} on one line.
void write_json_error(std::ostream& out, const cases::LoadError& error);

// A readable deadline report: one block per case, one row per obligation.
void write_table(std::ostream& out, const CaseReport& report);
void write_table_error(std::ostream& out, const cases::LoadError& error);
std::string iso_or_null(int32_t day);  // "\"2019-04-28\"" or "null"

}  // namespace frist::results
