// Runs the checker on rule text: each string is registered as one file,
// parsed with frist_parse and checked together as one rulebook. Parse
// errors fail the test, so a checker test never passes by accident on text
// the parser rejected.
#pragma once

#include <fmt/format.h>

#include <catch2/catch.hpp>
#include <memory>
#include <string>
#include <vector>

#include "diag/diagnostics.h"
#include "diag/source_manager.h"
#include "parse/parse.h"
#include "sema/check.h"
#include "sema/dump.h"

namespace frist::sema::testing {

struct Run {
  diag::SourceManager sources;
  diag::Diagnostics diags;
  Program program;

  // "E0201 3:12 cannot find `x` in this scope", sorted, one a line.
  std::string listing() const {
    std::string out;
    for (const diag::Diagnostic& d : diags.sorted())
      out += fmt::format("{} {}:{} {}\n", diag::code_string(d.kind), d.span.line, d.span.col,
                         d.message);
    return out;
  }
  std::vector<diag::Diagnostic> of_severity(diag::Severity severity) const {
    std::vector<diag::Diagnostic> out;
    for (const diag::Diagnostic& d : diags.sorted())
      if (d.severity() == severity) out.push_back(d);
    return out;
  }
};

inline std::unique_ptr<Run> run(const std::vector<std::string>& texts) {
  auto r = std::make_unique<Run>();
  ast::Rulebook book;
  for (size_t i = 0; i < texts.size(); ++i) {
    diag::FileId id = r->sources.add(fmt::format("file{}.frist", i), texts[i]);
    book.files.push_back(parse::parse_file(id, r->sources, r->diags));
  }
  INFO(r->listing());
  REQUIRE(r->diags.error_count() == 0);  // the parser accepted the text
  r->program = check(book, r->diags);
  return r;
}

inline std::unique_ptr<Run> run(const std::string& text) {
  return run(std::vector<std::string>{text});
}

}  // namespace frist::sema::testing
