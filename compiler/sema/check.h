// The check phase: turns the parsed rulebook into the typed, resolved
// program. Every problem found is reported through `diags`, all of them in
// one run; the returned program is complete only when no error was reported
// (later phases must not run otherwise).
#pragma once

#include "ast/ast.h"
#include "diag/diagnostics.h"
#include "sema/program.h"

namespace frist::sema {

Program check(const ast::Rulebook& rulebook, diag::Diagnostics& diags);

}  // namespace frist::sema
