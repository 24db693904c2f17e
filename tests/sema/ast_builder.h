// Terse builders for hand-made ASTs, so checker tests can run without the
// parser and place every node at a chosen line and column. Rule text parsed
// by frist_parse is the readable way to write most tests (sema_diagnostics_test.cpp);
// these keep a few core cases independent of it.
#pragma once

#include <memory>
#include <string>
#include <utility>

#include "ast/ast.h"

namespace frist::sema::testing {

inline diag::Span at(uint32_t line, uint32_t col, uint32_t length = 1) {
  return diag::Span{0, line, col, length};
}

inline ast::Name name(std::string text, uint32_t line = 1, uint32_t col = 1) {
  auto length = static_cast<uint32_t>(text.size());
  return ast::Name{std::move(text), at(line, col, length)};
}

// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
inline int32_t day(int y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int>(doe) - 719468;
}

inline ast::DateLit date_lit(int y, unsigned m, unsigned d, uint32_t line = 1, uint32_t col = 1) {
  return ast::DateLit{day(y, m, d), at(line, col, 10)};
}

inline ast::ExprPtr expr(ast::ExprKind kind, diag::Span span) {
  auto e = std::make_unique<ast::Expr>();
  e->kind = kind;
  e->span = span;
  return e;
}

inline ast::ExprPtr ref(std::string text, uint32_t line = 1, uint32_t col = 1) {
  auto e = expr(ast::ExprKind::Name, at(line, col, static_cast<uint32_t>(text.size())));
  e->name = name(std::move(text), line, col);
  return e;
}

inline ast::ExprPtr qualified(std::string type, std::string member, uint32_t line = 1,
                              uint32_t col = 1) {
  auto e = ref(std::move(type), line, col);
  e->member = name(std::move(member), line, col + static_cast<uint32_t>(e->name.text.size()) + 1);
  return e;
}

inline ast::ExprPtr integer(int64_t value, uint32_t line = 1, uint32_t col = 1) {
  auto e = expr(ast::ExprKind::Int, at(line, col));
  e->int_value = value;
  return e;
}

inline ast::ExprPtr money(int64_t ore, uint32_t line = 1, uint32_t col = 1) {
  auto e = expr(ast::ExprKind::Money, at(line, col));
  e->int_value = ore;
  return e;
}

inline ast::ExprPtr date(int y, unsigned m, unsigned d, uint32_t line = 1, uint32_t col = 1) {
  auto e = expr(ast::ExprKind::Date, at(line, col, 10));
  e->date = day(y, m, d);
  return e;
}

inline ast::ExprPtr boolean(bool value, uint32_t line = 1, uint32_t col = 1) {
  auto e = expr(ast::ExprKind::Bool, at(line, col));
  e->bool_value = value;
  return e;
}

inline ast::ExprPtr weeks(int64_t n, uint32_t line = 1, uint32_t col = 1) {
  auto e = expr(ast::ExprKind::Duration, at(line, col));
  e->duration = ast::Duration{n * 2, ast::Unit::Weeks, false, at(line, col)};
  return e;
}

inline ast::ExprPtr unknown(uint32_t line = 1, uint32_t col = 1) {
  return expr(ast::ExprKind::Unknown, at(line, col, 7));
}

inline ast::ExprPtr binary(ast::ExprKind kind, ast::Op op, ast::ExprPtr a, ast::ExprPtr b) {
  auto e = expr(kind, a->span);
  e->op = op;
  e->args.push_back(std::move(a));
  e->args.push_back(std::move(b));
  return e;
}

inline ast::ExprPtr compare(ast::Op op, ast::ExprPtr a, ast::ExprPtr b) {
  return binary(ast::ExprKind::Compare, op, std::move(a), std::move(b));
}

inline ast::ExprPtr arith(ast::Op op, ast::ExprPtr a, ast::ExprPtr b) {
  return binary(ast::ExprKind::Binary, op, std::move(a), std::move(b));
}

inline ast::ExprPtr logic(ast::ExprKind kind, ast::ExprPtr a, ast::ExprPtr b = nullptr) {
  auto e = expr(kind, a->span);
  e->args.push_back(std::move(a));
  if (b) e->args.push_back(std::move(b));
  return e;
}

inline ast::ExprPtr end_of_week(int64_t week, ast::ExprPtr anchor) {
  auto e = expr(ast::ExprKind::EndOfWeek, anchor->span);
  e->int_value = week;
  e->args.push_back(std::move(anchor));
  return e;
}

inline ast::TypeRef type(std::string text, uint32_t line = 1, uint32_t col = 1,
                         bool optional = false) {
  ast::TypeRef t;
  t.optional = optional;
  t.name = name(std::move(text), line, col);
  t.span = t.name.span;
  return t;
}

inline ast::FactDecl fact(std::string n, ast::TypeRef t, uint32_t line = 1) {
  ast::FactDecl f;
  f.name = name(std::move(n), line, 3);
  f.type = std::move(t);
  f.span = f.name.span;
  return f;
}

inline ast::Window before_end_of_week(int64_t week, ast::ExprPtr anchor) {
  ast::Window w;
  w.kind = ast::WindowKind::EndOfWeek;
  w.week_from = week;
  w.span = anchor->span;
  w.anchor = std::move(anchor);
  return w;
}

inline ast::Window before(std::string requirement, uint32_t line = 1, uint32_t col = 1) {
  ast::Window w;
  w.kind = ast::WindowKind::BeforeReq;
  w.requirement = name(std::move(requirement), line, col);
  w.span = w.requirement.span;
  return w;
}

inline ast::Fulfilment fulfilled_by(std::string event, uint32_t line = 1, uint32_t col = 1) {
  ast::Fulfilment f;
  f.event = name(std::move(event), line, col);
  f.span = f.event.span;
  return f;
}

inline ast::Action action(std::string verb, std::string text, uint32_t line = 1) {
  return ast::Action{name(std::move(verb), line, 6), std::move(text), at(line, 3)};
}

inline ast::Interval interval(std::optional<ast::DateLit> from, std::optional<ast::DateLit> end,
                              bool inclusive = false, uint32_t line = 1) {
  ast::Interval i;
  i.from = from;
  i.end = end;
  i.end_inclusive = inclusive;
  i.span = at(line, 1, 10);
  return i;
}

inline ast::Citation cite(std::string source, std::string provision, uint32_t line = 1) {
  ast::Citation c;
  c.source = name(std::move(source), line, 5);
  c.provisions.push_back(ast::Provision{std::move(provision), at(line, 9)});
  c.span = c.source.span;
  return c;
}

}  // namespace frist::sema::testing
