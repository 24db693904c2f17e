// Lexing ahead of parsing: unknown characters are reported and dropped, the
// end-of-file token is moved next to the last real token (so "found end of
// file" points at a visible place), and nesting is measured on the flat
// token list, where no recursion is needed.
#include "parse/tokens.h"

#include "diag/utf8.h"

namespace frist::parse::detail {

namespace {

// Code points from `start` to the end of its line, for the span of an
// unclosed text.
uint32_t rest_of_line(const antlr4::Token& quote, antlr4::CharStream& input) {
  size_t start = quote.getStartIndex();
  size_t end = start;
  while (end < input.size()) {
    std::string c = input.getText(antlr4::misc::Interval(end, end));
    if (c == "\n" || c == "\r") break;
    ++end;
  }
  return static_cast<uint32_t>(std::max<size_t>(end - start, 1));
}

void place_eof(TokenVector& tokens, std::unique_ptr<antlr4::Token> eof) {
  auto* common = dynamic_cast<antlr4::CommonToken*>(eof.get());
  if (common != nullptr) {
    common->setText("<EOF>");
    if (tokens.empty()) {
      common->setLine(1);
      common->setCharPositionInLine(0);
    } else {
      const antlr4::Token& last = *tokens.back();
      size_t length = last.getStopIndex() - last.getStartIndex() + 1;
      common->setLine(last.getLine());
      common->setCharPositionInLine(last.getCharPositionInLine() + length);
      common->setStartIndex(last.getStopIndex() + 1);
      common->setStopIndex(last.getStopIndex());
    }
  }
  tokens.push_back(std::move(eof));
}

}  // namespace

TokenVector lex_all(antlr4::Lexer& lexer, const TokenWords& words, SyntaxErrors& errors,
                    bool had_invalid_utf8) {
  const size_t unknown = words.symbol("UNKNOWN_CHAR");
  TokenVector tokens;
  size_t skipped_line = 0;  // the rest of a line after an unclosed quote is text, not tokens
  while (true) {
    std::unique_ptr<antlr4::Token> token = lexer.nextToken();
    if (token->getType() == antlr4::Token::EOF) {
      place_eof(tokens, std::move(token));
      return tokens;
    }
    if (token->getLine() == skipped_line) continue;
    if (token->getType() != unknown) {
      tokens.push_back(std::move(token));
      continue;
    }
    std::u32string c = diag::decode_utf8_lossy(token->getText());
    char32_t ch = c.empty() ? U'\uFFFD' : c[0];
    diag::Span span = token_span(errors.file(), token.get());
    if (ch == U'"') {
      skipped_line = token->getLine();
      span.length = rest_of_line(*token, *lexer.getInputStream());
      errors.add(diag::Kind::UnterminatedString, span, "");
    } else if (!(had_invalid_utf8 && ch == U'\uFFFD')) {
      errors.add(diag::Kind::UnexpectedCharacter, span, show_character(ch));
    }
  }
}

namespace {

// Measures nesting over the token list. Parentheses and braces nest until
// they close; `if`, `where` and `end of week` extend to the end of the
// expression they start, so they count until a token that cannot continue
// an expression (a clause keyword) or a comma; `not` and prefix `-` count
// while they follow one another.
class NestingScanner {
 public:
  explicit NestingScanner(const TokenWords& words) : role_(256, Role::Boundary) {
    for (const char* s : {"(", "{"}) set(words.type(s), Role::Open);
    for (const char* s : {")", "}"}) set(words.type(s), Role::Close);
    for (const char* s : {"not", "-"}) set(words.type(s), Role::Prefix);
    for (const char* s : {"if", "where", "end"}) set(words.type(s), Role::Opener);
    set(words.type(","), Role::Comma);
    for (const char* s :
         {".",       "+",      "*",       "/",        "<",        "<=",           ">",
          ">=",      "=",      "!=",      "is",       "known",    "unknown",      "in",
          "and",     "or",     "then",    "else",     "as",       "of",           "week",
          "counted", "from",   "first",   "last",     "count",    "has",          "DKK",
          "true",    "false",  "working", "day",      "days",     "weeks",        "month",
          "months",  "year",   "years",   "act",      "document", "guidance",     "target",
          "period",  "window", "cadence", "holidays", "closed",   "municipality", "saving",
          "given"}) {
      set(words.type(s), Role::Expression);
    }
    for (const char* s :
         {"INT", "DECIMAL", "HALF_NUMBER", "SECTION_NO", "DATE", "STRING", "IDENT"}) {
      set(words.symbol(s), Role::Expression);
    }
  }

  // Returns the nesting level after `type`.
  size_t step(size_t type) {
    Role role = type < role_.size() ? role_[type] : Role::Boundary;
    if (role != Role::Prefix) run_ = 0;
    switch (role) {
      case Role::Open:
        frames_.push_back(0);
        break;
      case Role::Close:
        if (frames_.size() > 1) {
          open_ -= frames_.back();
          frames_.pop_back();
        }
        break;
      case Role::Prefix:
        ++run_;
        break;
      case Role::Opener:
        ++frames_.back(), ++open_;
        break;
      case Role::Comma:
      case Role::Boundary:
        open_ -= frames_.back(), frames_.back() = 0;
        break;
      case Role::Expression:
        break;
    }
    return frames_.size() - 1 + open_ + run_;
  }

 private:
  enum class Role { Open, Close, Prefix, Opener, Comma, Boundary, Expression };
  void set(size_t type, Role role) {
    if (type != antlr4::Token::INVALID_TYPE && type < role_.size()) role_[type] = role;
  }

  std::vector<Role> role_;
  std::vector<size_t> frames_{0};  // open `if`/`where`/`end` per parenthesis level
  size_t open_ = 0;                // their sum over all levels
  size_t run_ = 0;                 // consecutive prefix operators
};

}  // namespace

const antlr4::Token* too_deep_at(const TokenVector& tokens, const TokenWords& words) {
  NestingScanner scanner(words);
  for (const auto& token : tokens) {
    if (scanner.step(token->getType()) > kMaxNesting) return token.get();
  }
  return nullptr;
}

std::unique_ptr<antlr4::Token> VectorTokenSource::nextToken() {
  // The last token is EOF; the stream may ask for it more than once.
  if (next_ + 1 < tokens_.size()) return std::move(tokens_[next_++]);
  next_ = tokens_.size() - 1;
  return std::make_unique<antlr4::CommonToken>(tokens_.back().get());
}

size_t VectorTokenSource::getLine() const {
  return tokens_[next_]->getLine();
}

size_t VectorTokenSource::getCharPositionInLine() {
  return tokens_[next_]->getCharPositionInLine();
}

antlr4::TokenFactory<antlr4::CommonToken>* VectorTokenSource::getTokenFactory() {
  return antlr4::CommonTokenFactory::DEFAULT.get();
}

}  // namespace frist::parse::detail
