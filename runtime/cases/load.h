// Case input: JSON Lines in, one Case or one LoadError out per input line, checked against
// the CaseCatalog derived from the rulebook. A bad line never stops the others; it becomes
// an error record naming its line, the case id when known, the JSON path of the problem and
// what is wrong. docs/cases.md describes the format for analysts.
#pragma once

#include <cstddef>
#include <functional>
#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "cases/case.h"

namespace frist::cases {

struct LoadError {
  size_t line = 0;      // 1-based input line
  std::string id;       // the case's id, when it could be read
  std::string field;    // JSON path such as "facts.kategori" or "events[2].date"; may be empty
  std::string message;  // lowercase, no trailing period, names in backticks
};

struct LoadedLine {
  size_t line = 0;
  std::variant<Case, LoadError> result;
};

// Loads lines one at a time, reusing its parsers and name lookups. The catalog must
// outlive the loader and stay unchanged while it is used. Never throws for bad input. One
// loader per thread: it owns mutable parser state.
class CaseLoader {
 public:
  // `default_schema` is used for lines without `schema`; a catalog with exactly one schema
  // needs none.
  explicit CaseLoader(const CaseCatalog& catalog, std::string_view default_schema = {});
  ~CaseLoader();
  CaseLoader(CaseLoader&&) noexcept;
  CaseLoader& operator=(CaseLoader&&) noexcept;

  // One line, without its '\n' (a trailing '\r' is dropped). A blank line is an error.
  LoadedLine load_line(std::string_view line, size_t line_number);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Every input line yields exactly one LoadedLine, in input order. A final '\n' does not
// start another line; CRLF line ends and a UTF-8 byte order mark are accepted.
std::vector<LoadedLine> load_jsonl(std::string_view text, const CaseCatalog& catalog,
                                   std::string_view default_schema = {});

// The streaming form of load_jsonl: calls `on_line` for each line as it is read, so a file
// of millions of cases is never held in memory at once.
using LineCallback = std::function<void(LoadedLine&&)>;
void for_each_case(std::istream& in, const CaseCatalog& catalog, const LineCallback& on_line,
                   std::string_view default_schema = {});

}  // namespace frist::cases
