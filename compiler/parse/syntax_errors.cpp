// Turns ANTLR's recognition errors into E0004 diagnostics worded from the
// token descriptions in token_words, and limits how many reach the user.
// Recovery stays ANTLR's (single-token insertion and deletion, then
// resynchronisation) except between declarations, where ANTLR would skip to
// the end of the file and we skip to the next declaration instead.
#include "parse/syntax_errors.h"

#include <fmt/format.h>

#include <algorithm>
#include <optional>

#include "FristParser.h"

namespace frist::parse::detail {

namespace {

// More raw errors than this mean the input is not a rule file at all.
constexpr size_t kMaxRawErrors = 1000;

}  // namespace

diag::Span token_span(diag::FileId file, const antlr4::Token* token) {
  if (token == nullptr) return diag::Span{file, 1, 1, 1};
  size_t start = token->getStartIndex();
  size_t stop = token->getStopIndex();
  bool real = start != INVALID_INDEX && stop != INVALID_INDEX && stop >= start;
  uint32_t length = real ? static_cast<uint32_t>(stop - start + 1) : 1;
  uint32_t line = token->getLine() == 0 ? 1 : static_cast<uint32_t>(token->getLine());
  return diag::Span{file, line, static_cast<uint32_t>(token->getCharPositionInLine() + 1), length};
}

void SyntaxErrors::add(diag::Kind kind, diag::Span span, const std::string& argument) {
  std::string message = fmt::format(fmt::runtime(diag::info(kind).format), argument);
  pending_.push_back(diag::Diagnostic{kind, span, std::move(message), {}, {}});
  if (kind == diag::Kind::SyntaxError) {
    parser_lines_.insert(span.line);
    ++parser_errors_;
  }
}

bool SyntaxErrors::exhausted() const {
  return parser_lines_.size() >= kMaxSyntaxErrors || parser_errors_ >= kMaxRawErrors;
}

void SyntaxErrors::flush(diag::Diagnostics& diags) {
  std::stable_sort(pending_.begin(), pending_.end(), [](const auto& a, const auto& b) {
    return std::tie(a.span.line, a.span.col) < std::tie(b.span.line, b.span.col);
  });
  std::vector<diag::Diagnostic> kept;
  bool more = exhausted();  // the parser stopped early, so there may be more
  for (diag::Diagnostic& d : pending_) {
    if (!kept.empty() && kept.back().span.line == d.span.line) continue;
    if (kept.size() == kMaxSyntaxErrors) {
      more = true;
      break;
    }
    kept.push_back(std::move(d));
  }
  if (more && !kept.empty()) {
    kept.back().notes.push_back(
        {kept.back().span, "further syntax errors in this file are not shown"});
  }
  for (diag::Diagnostic& d : kept) diags.add(std::move(d));
  pending_.clear();
}

std::string ErrorStrategy::message_for(const antlr4::RecognitionException& e) const {
  antlr4::Token* found = e.getOffendingToken();
  // A decision that failed only after looking ahead: what was expected at
  // its start says nothing about the token that broke it.
  if (auto* nva = dynamic_cast<const antlr4::NoViableAltException*>(&e)) {
    if (nva->getStartToken() != found) return fmt::format("unexpected {}", words_.found(found));
  }
  antlr4::misc::IntervalSet expected = e.getExpectedTokens();
  if (expected.isEmpty()) return fmt::format("unexpected {}", words_.found(found));
  return fmt::format("expected {}, found {}", words_.expected(expected), words_.found(found));
}

void ErrorStrategy::reportError(antlr4::Parser* parser, const antlr4::RecognitionException& e) {
  if (inErrorRecoveryMode(parser) || errors_.exhausted()) return;
  beginErrorCondition(parser);
  antlr4::Token* token = e.getOffendingToken();
  if (token == nullptr) token = parser->getCurrentToken();
  errors_.add(diag::Kind::SyntaxError, token_span(errors_.file(), token), message_for(e));
}

void ErrorStrategy::recover(antlr4::Parser* parser, std::exception_ptr e) {
  if (!errors_.exhausted()) {
    DefaultErrorStrategy::recover(parser, e);
    return;
  }
  while (parser->getCurrentToken()->getType() != antlr4::Token::EOF) parser->consume();
}

void ErrorStrategy::sync(antlr4::Parser* parser) {
  if (errors_.exhausted()) return;
  if (parser->getContext()->getRuleIndex() == grammar::FristParser::RuleFile) {
    skip_to_declaration(parser);
    return;
  }
  DefaultErrorStrategy::sync(parser);
}

namespace {

// How many tokens to skip to reach the next declaration. `calendar`, `case`
// and `event` also occur inside declarations, so a declaration word that
// begins a line in column 1 is preferred when one comes soon enough.
size_t tokens_to_next_declaration(antlr4::TokenStream* stream,
                                  const antlr4::misc::IntervalSet& starts) {
  constexpr size_t kLookahead = 10000;
  std::optional<size_t> first;
  for (size_t i = 1; i <= kLookahead; ++i) {
    antlr4::Token* t = stream->LT(static_cast<ssize_t>(i));
    if (t->getType() == antlr4::Token::EOF) return first.value_or(i - 1);
    if (!starts.contains(t->getType())) continue;
    if (t->getCharPositionInLine() == 0) return i - 1;
    if (!first) first = i - 1;
  }
  return first.value_or(kLookahead);
}

}  // namespace

// ANTLR's own recovery in the start rule would skip to the end of the file,
// since nothing follows the file; skipping to the next declaration keeps
// the rest of the file checked.
void ErrorStrategy::skip_to_declaration(antlr4::Parser* parser) {
  antlr4::misc::IntervalSet starts = parser->getExpectedTokens();
  antlr4::Token* token = parser->getCurrentToken();
  if (starts.contains(token->getType()) || token->getType() == antlr4::Token::EOF) return;
  if (!inErrorRecoveryMode(parser)) {
    beginErrorCondition(parser);
    bool first = parser->getContext()->children.empty();
    std::string message =
        first ? fmt::format("expected {}, found {}", words_.expected(starts), words_.found(token))
              : fmt::format("unexpected {}", words_.found(token));
    errors_.add(diag::Kind::SyntaxError, token_span(errors_.file(), token), message);
  }
  size_t skip = tokens_to_next_declaration(parser->getTokenStream(), starts);
  for (size_t i = 0; i < skip; ++i) parser->consume();
}

void ErrorStrategy::reportUnwantedToken(antlr4::Parser* parser) {
  if (inErrorRecoveryMode(parser) || errors_.exhausted()) return;
  beginErrorCondition(parser);
  antlr4::Token* token = parser->getCurrentToken();
  // ANTLR skips the token and carries on; when what it wanted is short to
  // say ("`,` or `}`", "an expression"), saying it points at the real fix.
  // Between declarations the analyst rarely meant to start a new one, so
  // "expected a declaration" would mislead.
  std::vector<std::string> wanted = words_.expected_parts(getExpectedTokens(parser));
  bool between_declarations = std::any_of(
      wanted.begin(), wanted.end(), [](const auto& w) { return w.starts_with("a declaration"); });
  std::string message =
      wanted.size() <= 2 && !between_declarations
          ? fmt::format("expected {}, found {}", join_alternatives(wanted), words_.found(token))
          : fmt::format("unexpected {}", words_.found(token));
  errors_.add(diag::Kind::SyntaxError, token_span(errors_.file(), token), message);
}

void ErrorStrategy::reportMissingToken(antlr4::Parser* parser) {
  if (inErrorRecoveryMode(parser) || errors_.exhausted()) return;
  beginErrorCondition(parser);
  antlr4::Token* token = parser->getCurrentToken();
  std::string message = fmt::format(
      "expected {}, found {}", words_.expected(getExpectedTokens(parser)), words_.found(token));
  errors_.add(diag::Kind::SyntaxError, token_span(errors_.file(), token), message);
}

void ErrorListener::syntaxError(antlr4::Recognizer*, antlr4::Token* offending, size_t line,
                                size_t column, const std::string&, std::exception_ptr) {
  if (offending != nullptr) {
    errors_.add(diag::Kind::SyntaxError, token_span(errors_.file(), offending),
                fmt::format("unexpected {}", words_.found(offending)));
    return;
  }
  diag::Span span{errors_.file(), static_cast<uint32_t>(std::max<size_t>(line, 1)),
                  static_cast<uint32_t>(column + 1), 1};
  errors_.add(diag::Kind::SyntaxError, span, "unexpected input");
}

}  // namespace frist::parse::detail
