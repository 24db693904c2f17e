// A stable, deterministic text rendering of the AST, one node per line,
// indented by nesting, with spans as `@line:col`. `frist check --dump=ast`
// prints it and golden tests compare against it, so its format only changes
// on purpose.
#pragma once

#include <string>

#include "ast/ast.h"
#include "diag/source_manager.h"

namespace frist::ast {

std::string dump(const Rulebook& rulebook, const diag::SourceManager& sources);

}  // namespace frist::ast
