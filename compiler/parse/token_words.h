// Token kinds in our own words. The generated parser names its keyword
// tokens T__0, T__1, ...; this table maps them back to the text the analyst
// types (`when`, `§`) so that the nesting check can recognise them and syntax
// errors can say "expected `=`, found `when`" or "expected a name" instead of
// ANTLR's token dumps. Internal to compiler/parse.
#pragma once

#include <antlr4-runtime.h>

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace frist::parse::detail {

class TokenWords {
 public:
  explicit TokenWords(const antlr4::dfa::Vocabulary& vocabulary);

  // The token type of a keyword or punctuation mark, or INVALID_TYPE (0) if
  // the grammar has no such literal.
  size_t type(std::string_view literal) const;
  // The literal text of a keyword token type, empty for IDENT, INT, ...
  const std::string& literal(size_t type) const;
  // The token type of a named lexer rule ("IDENT", "STRING", "UNKNOWN_CHAR").
  size_t symbol(std::string_view name) const;
  bool is(size_t type, std::string_view literal) const { return type == this->type(literal); }

  // What the parser wanted: "`=`", "a name", "a declaration (`requirement`,
  // `trial`, `case`, ...)", "`until` or `through`".
  std::string expected(const antlr4::misc::IntervalSet& set) const;
  // The same, as the alternatives before they are joined.
  std::vector<std::string> expected_parts(const antlr4::misc::IntervalSet& set) const;
  // What it found instead: "`when`", "`foo`", "a text in quotes", "end of file".
  std::string found(const antlr4::Token* token) const;

 private:
  std::string describe_one(size_t type) const;

  std::vector<std::string> literals_;  // indexed by token type
  std::unordered_map<std::string, size_t> types_;
  std::unordered_map<std::string, size_t> symbols_;
};

// "a", "a or b", "a, b or c", "a, b, c, d, ..."
std::string join_alternatives(const std::vector<std::string>& parts);

// How a character the lexer did not recognise is shown: "`@`", or "U+0000"
// for control characters, invisible characters and U+FFFD.
std::string show_character(char32_t c);

}  // namespace frist::parse::detail
