// Expressions: precedence as in the grammar, every operator and event
// query, and the literals with their units and limits. Structure is
// compared as a compact prefix form, e.g. "(+ a (* b c))".
#include "parse_helpers.h"

namespace frist::parse::testing {
namespace {

std::string sexpr(const ast::Expr& e);

std::string args_text(const ast::Expr& e) {
  std::string out;
  for (const ast::ExprPtr& a : e.args) out += " " + sexpr(*a);
  return out;
}

std::string op_text(ast::Op op) {
  static const char* ops[] = {"?", "+", "-", "*", "/", "<", "<=", ">", ">=", "=", "!="};
  return ops[static_cast<int>(op)];
}

std::string sexpr(const ast::Expr& e) {
  using K = ast::ExprKind;
  switch (e.kind) {
    case K::Int:
      return std::to_string(e.int_value);
    case K::Decimal:
      return "dec:" + e.text;
    case K::Money:
      return "øre:" + std::to_string(e.int_value);
    case K::Date:
      return "day:" + std::to_string(e.date);
    case K::String:
      return "'" + e.text + "'";
    case K::Bool:
      return e.bool_value ? "true" : "false";
    case K::Unknown:
      return "unknown";
    case K::Trigger:
      return "trigger";
    case K::Duration:
      return fmt::format("{}h{}{}", e.duration.halves, "dwmy"[static_cast<int>(e.duration.unit)],
                         e.duration.working ? "w" : "");
    case K::Name:
      return e.member ? e.name.text + "." + e.member->text : e.name.text;
    case K::Neg:
      return "(neg" + args_text(e) + ")";
    case K::Binary:
    case K::Compare:
      return "(" + op_text(e.op) + args_text(e) + ")";
    case K::Known:
      return std::string(e.negated ? "(unknown" : "(known") + args_text(e) + ")";
    case K::InList:
      return std::string(e.negated ? "(notin" : "(in") + args_text(e) + ")";
    case K::InSet:
      return std::string(e.negated ? "(notinset " : "(inset ") + e.name.text + args_text(e) + ")";
    case K::Not:
      return "(not" + args_text(e) + ")";
    case K::And:
      return "(and" + args_text(e) + ")";
    case K::Or:
      return "(or" + args_text(e) + ")";
    case K::If:
      return "(if" + args_text(e) + ")";
    case K::Convert:
      return "(as " + e.name.text + args_text(e) + ")";
    case K::EndOfWeek:
      return fmt::format("(eow {}{})", e.int_value, args_text(e));
    case K::FirstEvent:
      return "(first " + e.name.text + args_text(e) + ")";
    case K::LastEvent:
      return "(last " + e.name.text + args_text(e) + ")";
    case K::CountEvent:
      return "(count " + e.name.text + args_text(e) + ")";
    case K::HasEvent:
      return "(has " + e.name.text + args_text(e) + ")";
  }
  return "?";
}

// The expression `text` as the value of a parameter.
std::string parsed(const std::string& text) {
  auto p = parse_ok("parameter p: integer = " + text + "\n");
  return sexpr(*p->decl<ast::ParameterDecl>().values.at(0).value);
}

TEST_CASE("arithmetic precedence and associativity", "[parse][expr]") {
  CHECK(parsed("a + b * c") == "(+ a (* b c))");
  CHECK(parsed("a - b - c") == "(- (- a b) c)");
  CHECK(parsed("a / b * c") == "(* (/ a b) c)");
  CHECK(parsed("(a + b) * c") == "(* (+ a b) c)");
  CHECK(parsed("-a * b") == "(* (neg a) b)");
  CHECK(parsed("- -a") == "(neg (neg a))");
  CHECK(parsed("a as money + b") == "(+ (as money a) b)");
  CHECK(parsed("a + b as money") == "(+ a (as money b))");
}

TEST_CASE("comparisons and logic", "[parse][expr]") {
  CHECK(parsed("a < b + 1") == "(< a (+ b 1))");
  CHECK(parsed("a <= b") == "(<= a b)");
  CHECK(parsed("a > b") == "(> a b)");
  CHECK(parsed("a >= b") == "(>= a b)");
  CHECK(parsed("a = b and c != d") == "(and (= a b) (!= c d))");
  CHECK(parsed("not a and b") == "(and (not a) b)");
  CHECK(parsed("not a = b") == "(not (= a b))");
  CHECK(parsed("a or b and c") == "(or a (and b c))");
  CHECK(parsed("a and b and c") == "(and (and a b) c)");
  CHECK(parsed("if a then b else c or d") == "(if a b (or c d))");
  CHECK(parsed("if a then if b then 1 else 2 else 3") == "(if a (if b 1 2) 3)");
}

TEST_CASE("known, unknown and membership", "[parse][expr]") {
  CHECK(parsed("x is known") == "(known x)");
  CHECK(parsed("x is unknown") == "(unknown x)");
  CHECK(parsed("x is not known") == "(unknown x)");
  CHECK(parsed("x is not unknown") == "(known x)");
  CHECK(parsed("not (x is unknown)") == "(not (unknown x))");
  CHECK(parsed("x in {A, B}") == "(in x A B)");
  CHECK(parsed("x not in {Kommune.A}") == "(notin x Kommune.A)");
  CHECK(parsed("x in diagnoser") == "(inset diagnoser x)");
  CHECK(parsed("x not in diagnoser") == "(notinset diagnoser x)");
  CHECK(parsed("a + 1 in {2} and b") == "(and (in (+ a 1) 2) b)");
}

TEST_CASE("event queries and week ends", "[parse][expr]") {
  CHECK(parsed("first e where c") == "(first e c)");
  CHECK(parsed("last e") == "(last e)");
  CHECK(parsed("count e where x > 1") == "(count e (> x 1))");
  CHECK(parsed("has e") == "(has e)");
  CHECK(parsed("has e and b") == "(and (has e) b)");
  CHECK(parsed("end of week 8 counted from d") == "(eow 8 d)");
  CHECK(parsed("end of week 8 from d + 1 day") == "(+ (eow 8 d) 2hd)");
  CHECK(parsed("end of week 2 from (first e)") == "(eow 2 (first e))");
}

TEST_CASE("literals", "[parse][expr]") {
  CHECK(parsed("42") == "42");
  CHECK(parsed("12.50") == "dec:12.50");
  CHECK(parsed("1639.00 DKK") == "øre:163900");
  CHECK(parsed("1639.5 DKK") == "øre:163950");
  CHECK(parsed("1700 DKK") == "øre:170000");
  CHECK(parsed("2019-03-04") == "day:" + std::to_string(civil(2019, 3, 4)));
  CHECK(parsed("1970-01-01") == "day:0");
  CHECK(parsed("1969-12-31") == "day:-1");
  CHECK(parsed("\"tekst\"") == "'tekst'");
  CHECK(parsed("true") == "true");
  CHECK(parsed("false") == "false");
  CHECK(parsed("unknown") == "unknown");
  CHECK(parsed("Kommune.Hjørring") == "Kommune.Hjørring");
  CHECK(parsed("9223372036854775807") == "9223372036854775807");
}

TEST_CASE("durations count halves", "[parse][expr]") {
  CHECK(parsed("8 weeks") == "16hw");
  CHECK(parsed("1 week") == "2hw");
  CHECK(parsed("5 working days") == "10hdw");
  CHECK(parsed("3 months") == "6hm");
  CHECK(parsed("2½ years") == "5hy");
  CHECK(parsed("½ year") == "1hy");
}

TEST_CASE("literal errors", "[parse][expr]") {
  auto half = parse_text("parameter p: integer = ½ weeks + 2½ days\n");
  CHECK(half->listing() ==
        "E0102 1:24 ½ weeks is not an exact calendar duration; only years can be halved\n"
        "E0102 1:34 ½ days is not an exact calendar duration; only years can be halved\n");
  auto money = parse_text("parameter p: money = 12.345 DKK\n");
  CHECK(money->listing() == "E0105 1:22 money has at most two decimals (øre): `12.345`\n");
  auto big = parse_text("parameter p: integer = 9223372036854775808\n");
  CHECK(big->listing() == "E0013 1:24 number `9223372036854775808` is too large\n");
  auto big_money = parse_text("parameter p: money = 92233720368547759 DKK\n");
  CHECK(big_money->listing() == "E0013 1:22 number `92233720368547759` is too large\n");
  auto date = parse_text("parameter p: date = 2023-02-29 + 2024-02-29 - 2023-13-01\n");
  CHECK(date->listing() ==
        "E0011 1:21 `2023-02-29` is not a valid date\n"
        "E0011 1:47 `2023-13-01` is not a valid date\n");
}

TEST_CASE("expression spans cover the whole expression in code points", "[parse][expr]") {
  auto p = parse_ok("parameter p: integer = æø + b * c\n");
  const ast::Expr& e = *p->decl<ast::ParameterDecl>().values[0].value;
  CHECK(span_text(e.span) == "1:24+10");
  CHECK(span_text(e.args[0]->span) == "1:24+2");
  CHECK(span_text(e.args[1]->span) == "1:29+5");
}

TEST_CASE("the trigger date is a primary, with or without `the`", "[parse][expr]") {
  CHECK(parsed("trigger + 28 days") == "(+ trigger 56hd)");
  CHECK(parsed("the trigger") == "trigger");
}

}  // namespace
}  // namespace frist::parse::testing
