// The C header `frist build` writes beside a compiled rulebook: named
// constants and structs for the generic records of frist/frist.h, so C code
// fills a case as `facts.foedselsdato = ...` instead of by slot number, and
// the declarations of the library's entry points. Names from the rulebook
// become C identifiers (Danish letters transliterated: æ -> ae, ø -> oe,
// å -> aa; anything else outside [A-Za-z0-9_] -> _), made unique by a
// numeric suffix when two names collide.
#pragma once

#include <string>

#include "ir/ir.h"

namespace frist::codegen {

struct HeaderOptions {
  std::string name;           // NAME of `frist build -o DIR/NAME`
  std::string symbol_prefix;  // as given to compile_object
  std::string source;         // the rulebook path, for the banner
};

std::string c_header(const ir::Module& rules, const HeaderOptions& options);

// `text` as a C identifier fragment (no uniqueness; see c_header).
std::string c_identifier(const std::string& text);

}  // namespace frist::codegen
