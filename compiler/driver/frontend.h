// The front half of the pipeline as one call: read and parse the rulebook,
// check it, and keep everything the later phases and the renderer need.
// Only the driver sequences phases; each phase sees only its input type.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "ast/ast.h"
#include "diag/diagnostics.h"
#include "diag/source_manager.h"
#include "sema/program.h"

namespace frist::driver {

enum class StopAfter { Parse, Check };

struct Frontend {
  diag::SourceManager sources;
  diag::Diagnostics diags;
  ast::Rulebook rulebook;
  std::optional<sema::Program> program;  // set when checking ran
  double parse_ms = 0, check_ms = 0;     // wall-clock time of each phase
};

// Parses and (unless stopping after parsing) checks the rulebook made of
// `paths`. Never throws; every problem is a diagnostic.
std::unique_ptr<Frontend> run_frontend(const std::vector<std::string>& paths,
                                       StopAfter stop = StopAfter::Check);

}  // namespace frist::driver
