// Renders collected diagnostics for people (file:line:col, the source line,
// a caret range, notes and a hint) or as JSON for editors and CI.
#pragma once

#include <ostream>
#include <vector>

#include "diag/diagnostics.h"
#include "diag/source_manager.h"

namespace frist::diag {

void render_text(std::ostream& out, const SourceManager& sources,
                 const std::vector<Diagnostic>& diagnostics);

// One JSON object: {"diagnostics": [...], "errors": N, "warnings": N}.
void render_json(std::ostream& out, const SourceManager& sources,
                 const std::vector<Diagnostic>& diagnostics);

// Escapes text for a JSON string literal (without the quotes); invalid UTF-8
// becomes U+FFFD so the output is always valid JSON.
std::string json_escape(std::string_view text);

}  // namespace frist::diag
