// From rule text to something that runs: the front end, then the IR and an
// engine. Shared by `frist run` and `frist test`.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "cases/case.h"
#include "driver/frontend.h"
#include "eval/result.h"
#include "interp/interp.h"
#include "ir/ir.h"

namespace frist::driver {

// Not movable: the interpreter points into `module`.
struct Compiled {
  Compiled() = default;
  Compiled(const Compiled&) = delete;
  Compiled& operator=(const Compiled&) = delete;

  std::unique_ptr<Frontend> frontend;
  ir::Module module;
  cases::CaseCatalog catalog;
  eval::RulebookInfo info;
  std::unique_ptr<interp::Interpreter> interpreter;
  double lower_ms = 0;  // the Rule IR, case catalog and result metadata
};

// Checks the rulebook at `path`; on errors prints them to stderr and returns
// null. Warnings are printed too.
std::unique_ptr<Compiled> compile(const std::string& path);

// Parses YYYY-MM-DD, or returns nothing; "today" is the local date.
std::optional<int32_t> parse_as_of(const std::string& text);

// The trial indices named, or an error message naming the unknown one.
bool resolve_trials(const ir::Module& module, const std::vector<std::string>& names,
                    std::vector<ir::Index>& out, std::string& error);

}  // namespace frist::driver
