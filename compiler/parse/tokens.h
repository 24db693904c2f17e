// The token stage between ANTLR's lexer and parser. All tokens are lexed up
// front so that characters the language does not know can be reported in our
// words and removed (the parser then still sees the rest of the rule), and so
// that absurd nesting can be refused before ANTLR's recursive descent could
// overflow the stack on it. Internal to compiler/parse.
#pragma once

#include <antlr4-runtime.h>

#include <memory>
#include <vector>

#include "parse/syntax_errors.h"
#include "parse/token_words.h"

namespace frist::parse::detail {

// Nesting levels (parentheses, braces, prefix `not`/`-`, open `if`/`where`)
// accepted before a rule is refused with E0006.
inline constexpr size_t kMaxNesting = 200;

using TokenVector = std::vector<std::unique_ptr<antlr4::Token>>;

// Lexes the whole input. Unknown characters become E0003 (E0005 for a quote
// that opens an unclosed text, whose line is then skipped) and are left out.
// U+FFFD from invalid UTF-8 is not reported again when `had_invalid_utf8`.
// The last token is EOF, placed right after the last real token.
TokenVector lex_all(antlr4::Lexer& lexer, const TokenWords& words, SyntaxErrors& errors,
                    bool had_invalid_utf8);

// The first token at which the rule nests deeper than kMaxNesting, or null.
const antlr4::Token* too_deep_at(const TokenVector& tokens, const TokenWords& words);

// Feeds prepared tokens to a CommonTokenStream.
class VectorTokenSource : public antlr4::TokenSource {
 public:
  VectorTokenSource(TokenVector tokens, antlr4::CharStream* input)
      : tokens_(std::move(tokens)), input_(input) {}

  std::unique_ptr<antlr4::Token> nextToken() override;
  size_t getLine() const override;
  size_t getCharPositionInLine() override;
  antlr4::CharStream* getInputStream() override { return input_; }
  std::string getSourceName() override { return "rule"; }
  antlr4::TokenFactory<antlr4::CommonToken>* getTokenFactory() override;

 private:
  TokenVector tokens_;
  size_t next_ = 0;
  antlr4::CharStream* input_;
};

}  // namespace frist::parse::detail
