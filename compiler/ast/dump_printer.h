// The line printer shared by the AST dump files: indentation, spans, dates,
// durations and quoted texts in one consistent notation. Internal to
// compiler/ast.
#pragma once

#include <fmt/format.h>

#include <string>
#include <string_view>

#include "ast/ast.h"

namespace frist::ast::dump_detail {

class Printer {
 public:
  // Writes one line at the current depth.
  template <typename... Args>
  void line(fmt::format_string<Args...> format, Args&&... args) {
    out_.append(2 * depth_, ' ');
    out_ += fmt::format(format, std::forward<Args>(args)...);
    out_ += '\n';
  }
  void open() { ++depth_; }
  void close() { --depth_; }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
  size_t depth_ = 0;
};

// Indents what is printed while it lives.
class Nested {
 public:
  explicit Nested(Printer& p) : p_(p) { p_.open(); }
  ~Nested() { p_.close(); }
  Nested(const Nested&) = delete;
  Nested& operator=(const Nested&) = delete;

 private:
  Printer& p_;
};

std::string at(const diag::Span& span);               // "@3:7"
std::string quoted(std::string_view text);            // "\"text\"" with \n, \t, \", \\ escaped
std::string date_text(int32_t day);                   // "2019-03-04"
std::string duration_text(const Duration& duration);  // "2½ years", "5 working days"
std::string interval_text(const Interval& interval);  // "from 2016-01-01 until 2017-01-01"

void print_expr(Printer& p, std::string_view role, const Expr& e);
// A child expression that may be absent.
void print_opt(Printer& p, std::string_view role, const ExprPtr& e);
void print_citations(Printer& p, const std::vector<Citation>& citations);
void print_window(Printer& p, std::string_view role, const Window& w);
void print_fulfilments(Printer& p, const std::vector<Fulfilment>& list);

}  // namespace frist::ast::dump_detail
