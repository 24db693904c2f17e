// Lowers typed expressions into IR expressions. Here implicit meaning becomes
// explicit steps: a date plus "1 month 3 working days" becomes three date
// steps, "end of week 8 counted from d" becomes d + 55 days, mixed Int and
// Decimal operands get explicit conversions, and and/or/not become the
// three-valued operators both engines implement identically.
#include "ir/lower_internal.h"

namespace frist::ir {

namespace {

using sema::ExprOp;
using sema::TypeKind;

Expr make(Op op, Type type, std::vector<Expr> args = {}) {
  Expr e;
  e.op = op;
  e.type = type;
  for (const Expr& a : args) e.may_be_unknown |= a.may_be_unknown;
  e.args = std::move(args);
  return e;
}

Expr constant(Type type, int64_t value) {
  Expr e = make(Op::Const, type);
  e.value = value;
  return e;
}

// Brings an Int operand to Decimal when the other operand is Decimal.
Expr promote(Expr e, Type target) {
  if (e.type == Type::Int && target == Type::Decimal) return make(Op::IntToDec, Type::Decimal, {e});
  return e;
}

Op compare_op(ExprOp op) {
  switch (op) {
    case ExprOp::Lt:
      return Op::Lt;
    case ExprOp::Le:
      return Op::Le;
    case ExprOp::Gt:
      return Op::Gt;
    case ExprOp::Ge:
      return Op::Ge;
    case ExprOp::Eq:
      return Op::Eq;
    default:
      return Op::Ne;
  }
}

}  // namespace

Type lower_type(const sema::Type& t) {
  switch (t.kind) {
    case TypeKind::Bool:
      return Type::Bool;
    case TypeKind::Int:
      return Type::Int;
    case TypeKind::Decimal:
      return Type::Decimal;
    case TypeKind::Money:
      return Type::Money;
    case TypeKind::Date:
      return Type::Date;
    case TypeKind::Text:
      return Type::Text;
    case TypeKind::Enum:
      return Type::Enum;
    case TypeKind::Set:
      return Type::Set;
    default:
      return Type::Int;  // durations never reach a value slot
  }
}

// A duration operand is a constant or a sum of constants (`2 weeks + 3
// days`); sema types nothing else as a duration inside date arithmetic.
sema::Duration fold_duration(const sema::Expr& e) {
  if (e.op == ExprOp::Add || e.op == ExprOp::Sub) {
    sema::Duration a = fold_duration(e.args[0]);
    sema::Duration b = fold_duration(e.args[1]);
    int sign = e.op == ExprOp::Sub ? -1 : 1;
    return {a.months + sign * b.months, a.days + sign * b.days,
            a.working_days + sign * b.working_days};
  }
  return e.duration;
}

Expr add_duration(Expr date, const sema::Duration& d, Index calendar, bool subtract) {
  int sign = subtract ? -1 : 1;
  if (d.months != 0) {
    date = make(Op::AddMonths, Type::Date, {date});
    date.value = sign * d.months;
  }
  if (d.days != 0) {
    date = make(Op::AddDays, Type::Date, {date});
    date.value = sign * d.days;
  }
  if (d.working_days != 0) {
    date = make(Op::AddWorkingDays, Type::Date, {date});
    date.value = sign * d.working_days;
    date.ref = calendar;
  }
  return date;
}

Expr ExprLowering::arithmetic(const sema::Expr& e) {
  Expr a = lower(e.args[0]);
  Expr b = lower(e.args[1]);
  Type result = lower_type(e.type);
  if (e.op == ExprOp::Sub && a.type == Type::Date && b.type == Type::Date) {
    return make(Op::DateDiff, Type::Int, {a, b});
  }
  if (result == Type::Money && e.op == ExprOp::Div) {
    // øre / number: the fixed-point quotient of øre by a decimal is øre.
    return make(Op::DecDiv, Type::Money, {a, promote(b, Type::Decimal)});
  }
  if (result == Type::Money && e.op == ExprOp::Mul) {
    Expr money = a.type == Type::Money ? a : b;
    Expr factor = a.type == Type::Money ? b : a;
    if (factor.type == Type::Int) return make(Op::Mul, Type::Money, {money, factor});
    return make(Op::MoneyScale, Type::Money, {money, factor});
  }
  if (result == Type::Decimal) {
    a = promote(a, Type::Decimal);
    b = promote(b, Type::Decimal);
    if (e.op == ExprOp::Mul) return make(Op::DecMul, result, {a, b});
    if (e.op == ExprOp::Div) return make(Op::DecDiv, result, {a, b});
  }
  Op op = e.op == ExprOp::Add   ? Op::Add
          : e.op == ExprOp::Sub ? Op::Sub
          : e.op == ExprOp::Mul ? Op::Mul
                                : Op::Div;
  return make(op, result, {a, b});
}

Expr ExprLowering::comparison(const sema::Expr& e) {
  Expr a = lower(e.args[0]);
  Expr b = lower(e.args[1]);
  if (a.type == Type::Text) {
    return make(e.op == ExprOp::Eq ? Op::TextEq : Op::TextNe, Type::Bool, {a, b});
  }
  if (a.type == Type::Decimal || b.type == Type::Decimal) {
    a = promote(a, Type::Decimal);
    b = promote(b, Type::Decimal);
  }
  return make(compare_op(e.op), Type::Bool, {a, b});
}

Expr ExprLowering::conversion(const sema::Expr& e) {
  Expr a = lower(e.args[0]);
  switch (e.op) {
    case ExprOp::ToDecimal:
      if (a.type == Type::Money) return make(Op::MoneyToDec, Type::Decimal, {a});
      return a.type == Type::Int ? make(Op::IntToDec, Type::Decimal, {a}) : a;
    case ExprOp::ToInt:
      return a.type == Type::Decimal ? make(Op::DecToInt, Type::Int, {a}) : a;
    default:  // ToMoney
      if (a.type == Type::Int) return make(Op::ToMoneyFromInt, Type::Money, {a});
      return a.type == Type::Decimal ? make(Op::ToMoneyFromDec, Type::Money, {a}) : a;
  }
}

Expr ExprLowering::event_scan(const sema::Expr& e) {
  static constexpr std::pair<ExprOp, Op> kScans[] = {{ExprOp::FirstEvent, Op::EventFirst},
                                                     {ExprOp::LastEvent, Op::EventLast},
                                                     {ExprOp::CountEvents, Op::EventCount},
                                                     {ExprOp::HasEvent, Op::EventAny}};
  Op op = Op::EventAny;
  for (auto [from, to] : kScans) {
    if (from == e.op) op = to;
  }
  std::vector<Expr> args;
  if (!e.args.empty()) args.push_back(lower(e.args[0]));
  Expr scan = make(op, lower_type(e.type), args);
  scan.ref = e.ref;
  // Only the date of a first/last event can be missing; a predicate over
  // unknown event fields is decided per event.
  scan.may_be_unknown = op == Op::EventFirst || op == Op::EventLast;
  return scan;
}

Expr ExprLowering::lower(const sema::Expr& e) {
  Expr out = lower_node(e);
  out.text = e.op == ExprOp::Const && e.type.kind == TypeKind::Text ? e.text : e.source_text;
  out.loc = loc_of(e.span);
  return out;
}

Expr ExprLowering::lower_node(const sema::Expr& e) {
  switch (e.op) {
    case ExprOp::Const: {
      Expr c = constant(lower_type(e.type), e.value);
      return c;
    }
    case ExprOp::Fact: {
      Expr f = make(Op::Fact, lower_type(e.type));
      f.slot = e.ref;
      f.may_be_unknown = e.may_be_unknown;
      return f;
    }
    case ExprOp::EventField: {
      Expr f = make(Op::EventField, lower_type(e.type));
      f.slot = e.ref;
      f.may_be_unknown = e.may_be_unknown;
      return f;
    }
    case ExprOp::Param: {
      Expr p = make(Op::Param, lower_type(e.type), {param_date()});
      p.ref = e.ref;
      return p;
    }
    case ExprOp::Neg:
      return make(Op::Neg, lower_type(e.type), {lower(e.args[0])});
    case ExprOp::Add:
    case ExprOp::Sub:
    case ExprOp::Mul:
    case ExprOp::Div:
      return arithmetic(e);
    case ExprOp::Lt:
    case ExprOp::Le:
    case ExprOp::Gt:
    case ExprOp::Ge:
    case ExprOp::Eq:
    case ExprOp::Ne:
      return comparison(e);
    case ExprOp::IsKnown: {
      Expr k = make(Op::IsKnown, Type::Bool, {lower(e.args[0])});
      k.may_be_unknown = false;
      return k;
    }
    case ExprOp::InList:
      return in_list(e);
    case ExprOp::InSet: {
      Expr s = make(Op::InSet, Type::Bool, {lower(e.args[0])});
      s.slot = e.args[1].ref;
      s.may_be_unknown |= e.args[1].may_be_unknown;
      return s;
    }
    case ExprOp::Not:
      return make(Op::Not3, Type::Bool, {lower(e.args[0])});
    case ExprOp::And:
      return make(Op::And3, Type::Bool, {lower(e.args[0]), lower(e.args[1])});
    case ExprOp::Or:
      return make(Op::Or3, Type::Bool, {lower(e.args[0]), lower(e.args[1])});
    case ExprOp::If:
      return make(Op::Select, lower_type(e.type),
                  {lower(e.args[0]), lower(e.args[1]), lower(e.args[2])});
    case ExprOp::ToDecimal:
    case ExprOp::ToMoney:
    case ExprOp::ToInt:
      return conversion(e);
    case ExprOp::DateAdd:
    case ExprOp::DateSub:
      return add_duration(lower(e.args[0]), fold_duration(e.args[1]), calendar_,
                          e.op == ExprOp::DateSub);
    case ExprOp::DateDiff:
      return make(Op::DateDiff, Type::Int, {lower(e.args[0]), lower(e.args[1])});
    case ExprOp::EndOfWeek: {
      Expr d = make(Op::AddDays, Type::Date, {lower(e.args[0])});
      d.value = 7 * e.value - 1;
      return d;
    }
    case ExprOp::FirstEvent:
    case ExprOp::LastEvent:
    case ExprOp::CountEvents:
    case ExprOp::HasEvent:
      return event_scan(e);
    case ExprOp::TriggerDate:
      return make(Op::TriggerDate, Type::Date);
  }
  return constant(Type::Bool, 0);
}

// `x in {a, b}` is `x = a or x = b`: the same three-valued answer, and one
// operator less for each engine.
Expr ExprLowering::in_list(const sema::Expr& e) {
  Expr x = lower(e.args[0]);
  Expr any;
  for (size_t i = 1; i < e.args.size(); ++i) {
    Expr item = lower(e.args[i]);
    Expr eq = x.type == Type::Text
                  ? make(Op::TextEq, Type::Bool, {x, item})
                  : make(Op::Eq, Type::Bool, {promote(x, item.type), promote(item, x.type)});
    any = i == 1 ? eq : make(Op::Or3, Type::Bool, {any, eq});
  }
  return any;
}

Expr ExprLowering::param_date() const {
  if (selector_) return *selector_;
  Expr as_of = make(Op::AsOf, Type::Date);
  return as_of;
}

}  // namespace frist::ir
