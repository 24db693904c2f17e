// Leaves of the AST builder: spans, names and literals (texts with escapes,
// whole numbers, dates, intervals). Literal problems the grammar cannot
// express (2023-02-30, a number past 64 bits) are reported here.
#include <charconv>
#include <chrono>

#include "diag/utf8.h"
#include "parse/builder.h"
#include "parse/syntax_errors.h"

namespace frist::parse::detail {

namespace {

std::string shortened(const std::string& text) {
  std::u32string points = diag::decode_utf8_lossy(text);
  if (points.size() <= 40) return text;
  return diag::encode_utf8(points.substr(0, 40)) + "…";
}

}  // namespace

diag::Span span_of(const BuildContext& bc, const antlr4::Token* token) {
  return token_span(bc.file, token);
}

diag::Span span_of(const BuildContext& bc, TerminalNode* node) {
  return token_span(bc.file, node == nullptr ? nullptr : node->getSymbol());
}

diag::Span span_of(const BuildContext& bc, antlr4::ParserRuleContext* ctx) {
  if (ctx == nullptr || ctx->getStart() == nullptr) return diag::Span{bc.file, 1, 1, 1};
  const antlr4::Token* start = ctx->getStart();
  const antlr4::Token* stop = ctx->getStop();
  diag::Span span = token_span(bc.file, start);
  if (stop == nullptr || stop->getTokenIndex() == INVALID_INDEX ||
      stop->getTokenIndex() <= start->getTokenIndex()) {
    return span;
  }
  diag::Span last = token_span(bc.file, stop);
  if (last.line == span.line) {
    span.length = last.col + last.length - span.col;
  } else if (span.line <= bc.line_ends.size() && start->getStartIndex() != INVALID_INDEX) {
    size_t end = bc.line_ends[span.line - 1];
    span.length = static_cast<uint32_t>(end > start->getStartIndex() ? end - start->getStartIndex()
                                                                     : span.length);
  }
  return span;
}

bool usable(BuildContext& bc, antlr4::ParserRuleContext* ctx) {
  if (ctx == nullptr || ctx->exception != nullptr || ctx->getStart() == nullptr) {
    bc.broken = true;
    return false;
  }
  return true;
}

const antlr4::Token* token_of(BuildContext& bc, TerminalNode* node) {
  if (node == nullptr || dynamic_cast<antlr4::tree::ErrorNode*>(node) != nullptr ||
      node->getSymbol() == nullptr || node->getSymbol()->getTokenIndex() == INVALID_INDEX) {
    bc.broken = true;
    return nullptr;
  }
  return node->getSymbol();
}

bool has_keyword(antlr4::ParserRuleContext* ctx, std::string_view word) {
  if (ctx == nullptr) return false;
  for (antlr4::tree::ParseTree* child : ctx->children) {
    auto* terminal = dynamic_cast<TerminalNode*>(child);
    if (terminal != nullptr && terminal->getSymbol()->getText() == word) return true;
  }
  return false;
}

bool has_syntax_error(antlr4::tree::ParseTree* tree) {
  std::vector<antlr4::tree::ParseTree*> stack{tree};
  while (!stack.empty()) {
    antlr4::tree::ParseTree* node = stack.back();
    stack.pop_back();
    if (node == nullptr || dynamic_cast<antlr4::tree::ErrorNode*>(node) != nullptr) return true;
    auto* rule = dynamic_cast<antlr4::ParserRuleContext*>(node);
    if (rule != nullptr && rule->exception != nullptr) return true;
    stack.insert(stack.end(), node->children.begin(), node->children.end());
  }
  return false;
}

ast::Name name_of(BuildContext& bc, P::NameContext* ctx) {
  if (!usable(bc, ctx) || ctx->getStart()->getTokenIndex() == INVALID_INDEX) {
    bc.broken = true;
    return {};
  }
  return ast::Name{ctx->getStart()->getText(), span_of(bc, ctx)};
}

std::string string_of(BuildContext& bc, TerminalNode* node) {
  const antlr4::Token* token = token_of(bc, node);
  if (token == nullptr) return {};
  std::string raw = token->getText();
  std::string out;
  size_t end = raw.size() >= 2 ? raw.size() - 1 : raw.size();
  for (size_t i = 1; i < end; ++i) {
    if (raw[i] != '\\' || i + 1 >= end) {
      out.push_back(raw[i]);
      continue;
    }
    char next = raw[++i];
    switch (next) {
      case '"':
        out.push_back('"');
        break;
      case '\\':
        out.push_back('\\');
        break;
      case 'n':
        out.push_back('\n');
        break;
      case 't':
        out.push_back('\t');
        break;
      default: {
        // Keep the text as written; the escape is reported, not guessed at.
        diag::Span span = span_of(bc, token);
        span.col += diag::count_code_points(std::string_view(raw).substr(0, i - 1));
        span.length = 2;
        std::string shown(1, next);
        while (i + 1 < end && (static_cast<unsigned char>(raw[i + 1]) & 0xC0) == 0x80) {
          shown.push_back(raw[++i]);
        }
        bc.diags->report(diag::Kind::InvalidEscape, span, shown)
            .hint("write `\\\"`, `\\\\`, `\\n` or `\\t`");
        out += "\\" + shown;
      }
    }
  }
  return out;
}

std::string optional_string(BuildContext& bc, TerminalNode* node) {
  return node == nullptr ? std::string() : string_of(bc, node);
}

int64_t int_of(BuildContext& bc, TerminalNode* node) {
  const antlr4::Token* token = token_of(bc, node);
  if (token == nullptr) return 0;
  std::string text = token->getText();
  int64_t value = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || ptr != text.data() + text.size()) {
    bc.diags->report(diag::Kind::InvalidNumber, span_of(bc, token), shortened(text));
    return 0;
  }
  return value;
}

ast::DateLit date_of(BuildContext& bc, TerminalNode* node) {
  const antlr4::Token* token = token_of(bc, node);
  if (token == nullptr) return {};
  std::string text = token->getText();  // the lexer guarantees DDDD-DD-DD
  ast::DateLit date{0, span_of(bc, token)};
  auto number = [&](size_t at, size_t len) {
    int v = 0;
    std::from_chars(text.data() + at, text.data() + at + len, v);
    return v;
  };
  using namespace std::chrono;
  year_month_day ymd{year{number(0, 4)}, month{static_cast<unsigned>(number(5, 2))},
                     day{static_cast<unsigned>(number(8, 2))}};
  if (text.size() != 10 || !ymd.ok()) {
    bc.diags->report(diag::Kind::InvalidDate, date.span, text);
    return date;
  }
  date.day = static_cast<int32_t>(sys_days(ymd).time_since_epoch().count());
  return date;
}

ast::Interval interval_of(BuildContext& bc, P::IntervalContext* ctx) {
  ast::Interval interval;
  if (!usable(bc, ctx)) return interval;
  interval.span = span_of(bc, ctx);
  if (auto* c = dynamic_cast<P::FromIntervalContext*>(ctx)) {
    interval.from = date_of(bc, c->DATE(0));
    if (c->DATE(1) != nullptr) interval.end = date_of(bc, c->DATE(1));
    interval.end_inclusive = has_keyword(c, "through");
  } else if (auto* u = dynamic_cast<P::UntilIntervalContext*>(ctx)) {
    interval.end = date_of(bc, u->DATE());
  } else if (auto* t = dynamic_cast<P::ThroughIntervalContext*>(ctx)) {
    interval.end = date_of(bc, t->DATE());
    interval.end_inclusive = true;
  }
  return interval;
}

bool ClauseTracker::first(BuildContext& bc, std::string_view key, std::string_view shown,
                          diag::Span span) {
  auto it = seen_.find(key);
  if (it == seen_.end()) {
    seen_.emplace(std::string(key), span);
    return true;
  }
  bc.diags->report(diag::Kind::DuplicateClause, span, fmt::format("`{}`", shown), owner_)
      .note(it->second, "first given here");
  return false;
}

}  // namespace frist::parse::detail
