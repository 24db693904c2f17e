// The parse phase: reads rulebook files, follows imports and turns the ANTLR
// parse tree into the AST. No ANTLR type or message leaves this folder; every
// problem becomes a diagnostic in our words, and all of them are collected.
#pragma once

#include <string>
#include <vector>

#include "ast/ast.h"
#include "diag/diagnostics.h"
#include "diag/source_manager.h"

namespace frist::parse {

// Reads each path (a `.frist` file, or a folder whose `.frist` files, not
// recursing, form one rulebook together) and every file they import, each
// once. Missing files, import cycles and syntax errors are reported;
// whatever parsed is returned so later phases can report more.
ast::Rulebook parse_rulebook(const std::vector<std::string>& paths, diag::SourceManager& sources,
                             diag::Diagnostics& diags);

// Parses one registered file without following its imports (tests, fuzzing).
ast::File parse_file(diag::FileId file, const diag::SourceManager& sources,
                     diag::Diagnostics& diags);

}  // namespace frist::parse
