// Syntax errors in our words. ANTLR's default listener prints to stderr and
// its default strategy writes messages such as "mismatched input 'x'
// expecting {...}"; both are replaced here (the kuzu approach): the error
// strategy words each error itself and hands it to SyntaxErrors, which keeps
// the first error of each line and at most 50 per file so that one mistake
// does not bury the rest. Internal to compiler/parse.
#pragma once

#include <antlr4-runtime.h>

#include <set>
#include <string>
#include <vector>

#include "diag/diagnostics.h"
#include "parse/token_words.h"

namespace frist::parse::detail {

inline constexpr size_t kMaxSyntaxErrors = 50;

// The span of one token: 1-based line, 1-based column and length in code
// points (ANTLR's char stream holds code points).
diag::Span token_span(diag::FileId file, const antlr4::Token* token);

class SyntaxErrors {
 public:
  explicit SyntaxErrors(diag::FileId file) : file_(file) {}

  diag::FileId file() const { return file_; }
  // Records a candidate error; `argument` fills the kind's message format.
  void add(diag::Kind kind, diag::Span span, const std::string& argument);
  // True once the parser has found errors on so many lines (or so many in
  // all) that parsing further is pointless.
  bool exhausted() const;
  // Reports the survivors: sorted by position, the first of each line, at
  // most kMaxSyntaxErrors, the last one noting that more were left out.
  void flush(diag::Diagnostics& diags);

 private:
  diag::FileId file_;
  std::vector<diag::Diagnostic> pending_;
  std::set<uint32_t> parser_lines_;  // lines with an error from the parser (not the lexer)
  size_t parser_errors_ = 0;
};

// Words every error itself and stops recovering once SyntaxErrors is
// exhausted, by skipping to the end of the file.
class ErrorStrategy : public antlr4::DefaultErrorStrategy {
 public:
  ErrorStrategy(SyntaxErrors& errors, const TokenWords& words) : errors_(errors), words_(words) {}

  void reportError(antlr4::Parser* parser, const antlr4::RecognitionException& e) override;
  void recover(antlr4::Parser* parser, std::exception_ptr e) override;
  void sync(antlr4::Parser* parser) override;

 protected:
  void reportUnwantedToken(antlr4::Parser* parser) override;
  void reportMissingToken(antlr4::Parser* parser) override;

 private:
  std::string message_for(const antlr4::RecognitionException& e) const;
  void skip_to_declaration(antlr4::Parser* parser);

  SyntaxErrors& errors_;
  const TokenWords& words_;
};

// Catches anything that still reaches ANTLR's listener interface and
// reports it neutrally: ANTLR's own message text is never shown.
class ErrorListener : public antlr4::BaseErrorListener {
 public:
  ErrorListener(SyntaxErrors& errors, const TokenWords& words) : errors_(errors), words_(words) {}

  void syntaxError(antlr4::Recognizer* recognizer, antlr4::Token* offending, size_t line,
                   size_t column, const std::string& message, std::exception_ptr e) override;

 private:
  SyntaxErrors& errors_;
  const TokenWords& words_;
};

}  // namespace frist::parse::detail
