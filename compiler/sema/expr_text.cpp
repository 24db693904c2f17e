// Prints AST expressions and windows back as rule text. The program keeps
// this text beside each expression and window so that explanations of a
// computed deadline can quote the rule as the analyst wrote it; parentheses
// appear only where the grammar's precedence needs them.
#include <fmt/format.h>

#include "sema/literals.h"

namespace frist::sema {
namespace {

// Binding strength, following the order of the grammar's `expr` alternatives.
enum Level {
  kTop = 0,
  kIf = 5,
  kOr = 10,
  kAnd = 20,
  kNot = 30,
  kIn = 40,
  kKnown = 45,
  kCompare = 50,
  kAdd = 60,
  kMul = 70,
  kNeg = 80,
  kConvert = 90,
  kPrimary = 100
};

const char* op_text(ast::Op op) {
  return ast::op_spelling(op);
}

std::string print(const ast::Expr& e, int min_level);

std::string wrap(std::string text, int own, int min_level) {
  return own < min_level ? "(" + text + ")" : text;
}

std::string literal(const ast::Expr& e) {
  switch (e.kind) {
    case ast::ExprKind::Int:
      return fmt::format("{}", e.int_value);
    case ast::ExprKind::Decimal:
      return e.text;
    case ast::ExprKind::Money: {
      std::string m = money_text(e.int_value);
      if (e.int_value % 100 == 0) m = fmt::format("{} DKK", e.int_value / 100);
      return m;
    }
    case ast::ExprKind::Date:
      return date_text(e.date);
    case ast::ExprKind::String:
      return "\"" + e.text + "\"";
    case ast::ExprKind::Bool:
      return e.bool_value ? "true" : "false";
    case ast::ExprKind::Unknown:
      return "unknown";
    case ast::ExprKind::Trigger:
      return "trigger";
    case ast::ExprKind::Duration:
      return duration_text(e.duration);
    default:
      break;
  }
  return e.member ? e.name.text + "." + e.member->text : e.name.text;
}

std::string event_primary(const ast::Expr& e, int min_level) {
  const char* word = e.kind == ast::ExprKind::FirstEvent   ? "first"
                     : e.kind == ast::ExprKind::LastEvent  ? "last"
                     : e.kind == ast::ExprKind::CountEvent ? "count"
                                                           : "has";
  std::string text = fmt::format("{} {}", word, e.name.text);
  if (e.args.empty()) return text;
  text += " where " + print(*e.args[0], kTop);
  return wrap(text, kTop, min_level);  // `where` swallows what follows
}

std::string in_list(const ast::Expr& e) {
  std::vector<std::string> items;
  for (size_t i = 1; i < e.args.size(); ++i) items.push_back(print(*e.args[i], kTop));
  return fmt::format("{} {}in {{{}}}", print(*e.args[0], kIn), e.negated ? "not " : "",
                     fmt::join(items, ", "));
}

std::string binary(const ast::Expr& e, int level) {
  return fmt::format("{} {} {}", print(*e.args[0], level), op_text(e.op),
                     print(*e.args[1], level + 1));
}

// `not`, `and`, `or` and `if`: the connectives between conditions.
std::string connective(const ast::Expr& e, int min_level) {
  switch (e.kind) {
    case ast::ExprKind::Not:
      return wrap("not " + print(*e.args[0], kNot), kNot, min_level);
    case ast::ExprKind::And:
      return wrap(print(*e.args[0], kAnd) + " and " + print(*e.args[1], kAnd + 1), kAnd, min_level);
    case ast::ExprKind::Or:
      return wrap(print(*e.args[0], kOr) + " or " + print(*e.args[1], kOr + 1), kOr, min_level);
    default:
      return wrap(fmt::format("if {} then {} else {}", print(*e.args[0], kTop),
                              print(*e.args[1], kTop), print(*e.args[2], kTop)),
                  kIf, min_level);
  }
}

std::string print(const ast::Expr& e, int min_level) {
  using K = ast::ExprKind;
  switch (e.kind) {
    case K::Neg:
      return wrap("-" + print(*e.args[0], kNeg), kNeg, min_level);
    case K::Binary: {
      int level = (e.op == ast::Op::Mul || e.op == ast::Op::Div) ? kMul : kAdd;
      return wrap(binary(e, level), level, min_level);
    }
    case K::Compare:
      return wrap(binary(e, kCompare), kCompare, min_level);
    case K::Known:
      return wrap(print(*e.args[0], kKnown) + (e.negated ? " is unknown" : " is known"), kKnown,
                  min_level);
    case K::InList:
      return wrap(in_list(e), kIn, min_level);
    case K::InSet:
      return wrap(
          fmt::format("{} {}in {}", print(*e.args[0], kIn), e.negated ? "not " : "", e.name.text),
          kIn, min_level);
    case K::Not:
    case K::And:
    case K::Or:
    case K::If:
      return connective(e, min_level);
    case K::Convert:
      return wrap(print(*e.args[0], kConvert) + " as " + e.name.text, kConvert, min_level);
    case K::EndOfWeek:
      return fmt::format("end of week {} counted from {}", e.int_value,
                         print(*e.args[0], kPrimary));
    case K::FirstEvent:
    case K::LastEvent:
    case K::CountEvent:
    case K::HasEvent:
      return event_primary(e, min_level);
    default:
      return literal(e);
  }
}

std::string anchored(const ast::Window& w) {
  return w.anchor ? print(*w.anchor, kTop) : std::string("?");
}

}  // namespace

std::string expr_text(const ast::Expr& e) {
  return print(e, kTop);
}

std::string window_text(const ast::Window& w) {
  using K = ast::WindowKind;
  std::string end = w.end ? print(*w.end, kTop) : std::string("?");
  switch (w.kind) {
    case K::EndOfWeek:
      return fmt::format("before the end of week {} counted from {}", w.week_from, anchored(w));
    case K::BetweenWeeks:
      return fmt::format("between week {} and week {} counted from {}", w.week_from, w.week_to,
                         anchored(w));
    case K::LatestAfter:
      return fmt::format("at the latest {} after {}", duration_text(w.duration), anchored(w));
    case K::Within:
      return fmt::format("within {} after {}", duration_text(w.duration), anchored(w));
    case K::BeforeReq:
      return "before " + w.requirement.text;
    case K::NoLaterThan:
      return "no later than " + w.requirement.text;
    case K::Range:
      return fmt::format("from {} to {}", anchored(w), end);
    case K::By:
      return "by " + end;
    case K::Cadence: {
      std::string text =
          fmt::format("every {} counted from {}", duration_text(w.duration), anchored(w));
      if (w.end) text += " until " + end;
      if (w.cadence_for) text += " for " + duration_text(*w.cadence_for);
      return text;
    }
  }
  return "?";
}

}  // namespace frist::sema
