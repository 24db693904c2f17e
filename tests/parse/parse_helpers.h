// Parses rule text given inline in a test: the text is registered as one
// file and parsed without following imports. Diagnostics are listed as
// "E0004 1:5 message" so tests compare exact text and position.
#pragma once

#include <fmt/format.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <memory>
#include <string>
#include <variant>

#include "ast/ast.h"
#include "diag/diagnostics.h"
#include "diag/source_manager.h"
#include "parse/parse.h"

namespace frist::parse::testing {

struct Parsed {
  diag::SourceManager sources;
  diag::Diagnostics diags;
  ast::File file;

  std::string listing() const {
    std::string out;
    for (const diag::Diagnostic& d : diags.sorted()) {
      out += fmt::format("{} {}:{} {}\n", diag::code_string(d.kind), d.span.line, d.span.col,
                         d.message);
    }
    return out;
  }

  template <typename T>
  const T& decl(size_t index = 0) const {
    INFO(listing());
    REQUIRE(index < file.decls.size());
    REQUIRE(std::holds_alternative<T>(file.decls[index]));
    return std::get<T>(file.decls[index]);
  }
};

inline std::unique_ptr<Parsed> parse_text(const std::string& text) {
  auto p = std::make_unique<Parsed>();
  diag::FileId id = p->sources.add("test.frist", text);
  p->file = parse_file(id, p->sources, p->diags);
  return p;
}

// Parses text that must be free of errors.
inline std::unique_ptr<Parsed> parse_ok(const std::string& text) {
  auto p = parse_text(text);
  INFO(p->listing());
  REQUIRE(p->diags.all().empty());
  return p;
}

// Days since 1970-01-01, the AST's date numbering.
inline int32_t civil(int y, unsigned m, unsigned d) {
  using namespace std::chrono;
  return static_cast<int32_t>(
      sys_days(year_month_day{year{y}, month{m}, day{d}}).time_since_epoch().count());
}

inline std::string span_text(const diag::Span& s) {
  return fmt::format("{}:{}+{}", s.line, s.col, s.length);
}

}  // namespace frist::parse::testing
