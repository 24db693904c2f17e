// Expressions: operators, conditions, event queries and literals, including
// the two literals with units (money in øre, durations in halves). Depth is
// bounded by kMaxExprDepth, so building, checking and destroying an
// expression never needs more than a modest stack.
#include <fmt/format.h>

#include <charconv>

#include "parse/builder.h"

namespace frist::parse::detail {

namespace {

using ast::ExprKind;

// Counts expression depth for the builder; beyond the limit the expression
// is refused once per file with E0006.
class DepthGuard {
 public:
  DepthGuard(BuildContext& bc, diag::Span span) : bc_(bc) {
    ok_ = ++bc_.depth <= kMaxExprDepth;
    if (ok_) return;
    bc_.broken = true;
    if (!bc_.too_deep_reported) {
      bc_.diags->report(diag::Kind::NestingTooDeep, span, kMaxExprDepth)
          .hint("split the expression, for example into parameters or separate conditions");
      bc_.too_deep_reported = true;
    }
  }
  ~DepthGuard() { --bc_.depth; }
  DepthGuard(const DepthGuard&) = delete;
  DepthGuard& operator=(const DepthGuard&) = delete;
  bool ok() const { return ok_; }

 private:
  BuildContext& bc_;
  bool ok_ = true;
};

ast::ExprPtr make(ExprKind kind, diag::Span span) {
  auto e = std::make_unique<ast::Expr>();
  e->kind = kind;
  e->span = span;
  return e;
}

ast::Op op_of(BuildContext& bc, const antlr4::Token* op) {
  static const std::vector<std::pair<std::string_view, ast::Op>> ops = {
      {"+", ast::Op::Add}, {"-", ast::Op::Sub}, {"*", ast::Op::Mul}, {"/", ast::Op::Div},
      {"<", ast::Op::Lt},  {"<=", ast::Op::Le}, {">", ast::Op::Gt},  {">=", ast::Op::Ge},
      {"=", ast::Op::Eq},  {"!=", ast::Op::Ne}};
  if (op != nullptr) {
    std::string text = op->getText();
    for (const auto& [word, value] : ops) {
      if (text == word) return value;
    }
  }
  bc.broken = true;
  return ast::Op::None;
}

// `1639.00 DKK` -> 163900 øre; at most two decimals.
int64_t money_of(BuildContext& bc, P::MoneyPrimaryContext* ctx, diag::Span span) {
  TerminalNode* node = ctx->INT() != nullptr ? ctx->INT() : ctx->DECIMAL();
  const antlr4::Token* token = token_of(bc, node);
  if (token == nullptr) return 0;
  std::string text = token->getText();
  size_t dot = text.find('.');
  std::string whole = text.substr(0, dot);
  std::string cents = dot == std::string::npos ? "" : text.substr(dot + 1);
  if (cents.size() > 2) {
    bc.diags->report(diag::Kind::InvalidMoneyLiteral, span, text);
    return 0;
  }
  cents.resize(2, '0');
  int64_t kroner = 0, ore = 0, total = 0;
  auto [p, ec] = std::from_chars(whole.data(), whole.data() + whole.size(), kroner);
  std::from_chars(cents.data(), cents.data() + 2, ore);
  if (ec != std::errc() || __builtin_mul_overflow(kroner, int64_t{100}, &total) ||
      __builtin_add_overflow(total, ore, &total)) {
    bc.diags->report(diag::Kind::InvalidNumber, span, text);
    return 0;
  }
  return total;
}

void add_arg(BuildContext& bc, ast::Expr& e, P::ExprContext* ctx) {
  e.args.push_back(build_expr(bc, ctx));
}

// `first e where c`, `last e`, `count e`, `has e where c`
template <typename Ctx>
ast::ExprPtr event_query(BuildContext& bc, Ctx* ctx, ExprKind kind, diag::Span span) {
  auto e = make(kind, span);
  e->name = name_of(bc, ctx->name());
  if (ctx->expr() != nullptr) add_arg(bc, *e, ctx->expr());
  return e;
}

ast::ExprPtr build_primary(BuildContext& bc, P::PrimaryContext* ctx);

ast::ExprPtr build_literal(BuildContext& bc, P::PrimaryContext* ctx, diag::Span span) {
  if (auto* c = dynamic_cast<P::IntPrimaryContext*>(ctx)) {
    auto e = make(ExprKind::Int, span);
    e->int_value = int_of(bc, c->INT());
    return e;
  }
  if (auto* c = dynamic_cast<P::DecimalPrimaryContext*>(ctx)) {
    auto e = make(ExprKind::Decimal, span);
    if (const antlr4::Token* t = token_of(bc, c->DECIMAL())) e->text = t->getText();
    return e;
  }
  if (auto* c = dynamic_cast<P::MoneyPrimaryContext*>(ctx)) {
    auto e = make(ExprKind::Money, span);
    e->int_value = money_of(bc, c, span);
    return e;
  }
  if (auto* c = dynamic_cast<P::DatePrimaryContext*>(ctx)) {
    auto e = make(ExprKind::Date, span);
    e->date = date_of(bc, c->DATE()).day;
    return e;
  }
  if (auto* c = dynamic_cast<P::StringPrimaryContext*>(ctx)) {
    auto e = make(ExprKind::String, span);
    e->text = string_of(bc, c->STRING());
    return e;
  }
  if (auto* c = dynamic_cast<P::DurationPrimaryContext*>(ctx)) {
    auto e = make(ExprKind::Duration, span);
    e->duration = build_duration(bc, c->duration());
    return e;
  }
  if (dynamic_cast<P::BoolPrimaryContext*>(ctx) != nullptr) {
    auto e = make(ExprKind::Bool, span);
    e->bool_value = ctx->getStart()->getText() == "true";
    return e;
  }
  if (dynamic_cast<P::UnknownPrimaryContext*>(ctx) != nullptr) return make(ExprKind::Unknown, span);
  if (dynamic_cast<P::TriggerPrimaryContext*>(ctx) != nullptr) return make(ExprKind::Trigger, span);
  bc.broken = true;
  return make(ExprKind::Unknown, span);
}

ast::ExprPtr build_primary(BuildContext& bc, P::PrimaryContext* ctx) {
  diag::Span span = span_of(bc, ctx);
  if (!usable(bc, ctx)) return make(ExprKind::Unknown, span);
  DepthGuard guard(bc, span);
  if (!guard.ok()) return make(ExprKind::Unknown, span);
  if (auto* c = dynamic_cast<P::ParenPrimaryContext*>(ctx)) return build_expr(bc, c->expr());
  if (auto* c = dynamic_cast<P::NamePrimaryContext*>(ctx)) {
    auto e = make(ExprKind::Name, span);
    e->name = name_of(bc, c->name(0));
    if (c->name(1) != nullptr) e->member = name_of(bc, c->name(1));
    return e;
  }
  if (auto* c = dynamic_cast<P::EndOfWeekPrimaryContext*>(ctx)) {
    auto e = make(ExprKind::EndOfWeek, span);
    e->int_value = int_of(bc, c->INT());
    e->args.push_back(build_primary(bc, c->primary()));
    return e;
  }
  if (auto* c = dynamic_cast<P::FirstEventPrimaryContext*>(ctx)) {
    return event_query(bc, c, ExprKind::FirstEvent, span);
  }
  if (auto* c = dynamic_cast<P::LastEventPrimaryContext*>(ctx)) {
    return event_query(bc, c, ExprKind::LastEvent, span);
  }
  if (auto* c = dynamic_cast<P::CountEventPrimaryContext*>(ctx)) {
    return event_query(bc, c, ExprKind::CountEvent, span);
  }
  if (auto* c = dynamic_cast<P::HasEventPrimaryContext*>(ctx)) {
    return event_query(bc, c, ExprKind::HasEvent, span);
  }
  return build_literal(bc, ctx, span);
}

// Operators with two operands: arithmetic, comparison, `and`, `or`.
ast::ExprPtr build_binary(BuildContext& bc, P::ExprContext* ctx, diag::Span span) {
  ExprKind kind = ExprKind::Binary;
  const antlr4::Token* op = nullptr;
  if (auto* c = dynamic_cast<P::MulExprContext*>(ctx)) op = c->op;
  if (auto* c = dynamic_cast<P::AddExprContext*>(ctx)) op = c->op;
  if (auto* c = dynamic_cast<P::CompareExprContext*>(ctx)) op = c->op, kind = ExprKind::Compare;
  if (dynamic_cast<P::AndExprContext*>(ctx) != nullptr) kind = ExprKind::And;
  if (dynamic_cast<P::OrExprContext*>(ctx) != nullptr) kind = ExprKind::Or;
  auto e = make(kind, span);
  if (kind == ExprKind::Binary || kind == ExprKind::Compare) e->op = op_of(bc, op);
  for (antlr4::tree::ParseTree* child : ctx->children) {
    if (auto* operand = dynamic_cast<P::ExprContext*>(child)) add_arg(bc, *e, operand);
  }
  if (e->args.size() != 2) bc.broken = true;
  return e;
}

// `x is known`, `x not in {A, B}`, `x in diagnoser`, `x as money`
ast::ExprPtr build_postfix(BuildContext& bc, P::ExprContext* ctx, diag::Span span) {
  if (auto* c = dynamic_cast<P::KnownExprContext*>(ctx)) {
    auto e = make(ExprKind::Known, span);
    add_arg(bc, *e, c->expr());
    bool says_unknown = c->known != nullptr && c->known->getText() == "unknown";
    e->negated = says_unknown != has_keyword(c, "not");
    return e;
  }
  if (auto* c = dynamic_cast<P::InListExprContext*>(ctx)) {
    auto e = make(ExprKind::InList, span);
    for (P::ExprContext* operand : c->expr()) add_arg(bc, *e, operand);
    e->negated = has_keyword(c, "not");
    return e;
  }
  if (auto* c = dynamic_cast<P::InSetExprContext*>(ctx)) {
    auto e = make(ExprKind::InSet, span);
    add_arg(bc, *e, c->expr());
    e->name = name_of(bc, c->name());
    e->negated = has_keyword(c, "not");
    return e;
  }
  if (auto* c = dynamic_cast<P::ConvertExprContext*>(ctx)) {
    auto e = make(ExprKind::Convert, span);
    add_arg(bc, *e, c->expr());
    e->name = name_of(bc, c->name());
    return e;
  }
  return build_binary(bc, ctx, span);
}

}  // namespace

ast::ExprPtr build_expr(BuildContext& bc, P::ExprContext* ctx) {
  diag::Span span = span_of(bc, ctx);
  if (!usable(bc, ctx)) return make(ExprKind::Unknown, span);
  DepthGuard guard(bc, span);
  if (!guard.ok()) return make(ExprKind::Unknown, span);
  if (auto* c = dynamic_cast<P::PrimaryExprContext*>(ctx)) return build_primary(bc, c->primary());
  ExprKind prefix = dynamic_cast<P::NegExprContext*>(ctx)   ? ExprKind::Neg
                    : dynamic_cast<P::NotExprContext*>(ctx) ? ExprKind::Not
                    : dynamic_cast<P::IfExprContext*>(ctx)  ? ExprKind::If
                                                            : ExprKind::Unknown;
  if (prefix == ExprKind::Unknown) return build_postfix(bc, ctx, span);
  auto e = make(prefix, span);
  for (antlr4::tree::ParseTree* child : ctx->children) {
    if (auto* operand = dynamic_cast<P::ExprContext*>(child)) add_arg(bc, *e, operand);
  }
  if (e->args.size() != (prefix == ExprKind::If ? 3u : 1u)) bc.broken = true;
  return e;
}

ast::Duration build_duration(BuildContext& bc, P::DurationContext* ctx) {
  ast::Duration d;
  if (!usable(bc, ctx)) return d;
  d.span = span_of(bc, ctx);
  d.working = has_keyword(ctx, "working");
  std::string unit = ctx->unit != nullptr ? ctx->unit->getText() : "";
  d.unit = unit.starts_with("day")     ? ast::Unit::Days
           : unit.starts_with("week")  ? ast::Unit::Weeks
           : unit.starts_with("month") ? ast::Unit::Months
                                       : ast::Unit::Years;
  if (ctx->unit == nullptr) bc.broken = true;
  if (ctx->INT() != nullptr) {
    int64_t n = int_of(bc, ctx->INT());
    if (__builtin_mul_overflow(n, int64_t{2}, &d.halves)) {
      bc.diags->report(diag::Kind::InvalidNumber, d.span, ctx->INT()->getText());
      d.halves = 0;
    }
    return d;
  }
  const antlr4::Token* half = token_of(bc, ctx->HALF_NUMBER());
  if (half == nullptr) return d;
  std::string digits = half->getText().substr(0, half->getText().find_first_not_of("0123456789"));
  int64_t n = 0;
  std::from_chars(digits.data(), digits.data() + digits.size(), n);
  if (digits.size() > 18) {
    bc.diags->report(diag::Kind::InvalidNumber, d.span, digits);
    return d;
  }
  d.halves = 2 * n + 1;
  if (d.unit != ast::Unit::Years) bc.diags->report(diag::Kind::InexactHalf, d.span, unit);
  return d;
}

}  // namespace frist::parse::detail
