// Expression semantics, defined once here and mirrored by native code:
// integer arithmetic wraps on overflow (as LLVM's add and mul do), fixed-point
// results round half away from zero, division by zero and dates outside the
// years 1-9999 give unknown, and and/or/not follow Kleene's three-valued
// logic so a condition that does not depend on an unknown fact still decides.
#include "interp/expr_eval.h"

#include <algorithm>

#include "dates/duration.h"

namespace frist::interp {

namespace {

using ir::Op;

constexpr int64_t kScale = cases::kDecimalScale;
constexpr int64_t kFirstDay = -719162;  // 0001-01-01
constexpr int64_t kLastDay = 2932896;   // 9999-12-31

int64_t wrap_add(int64_t a, int64_t b) {
  return static_cast<int64_t>(static_cast<uint64_t>(a) + static_cast<uint64_t>(b));
}
int64_t wrap_sub(int64_t a, int64_t b) {
  return static_cast<int64_t>(static_cast<uint64_t>(a) - static_cast<uint64_t>(b));
}
int64_t wrap_mul(int64_t a, int64_t b) {
  return static_cast<int64_t>(static_cast<uint64_t>(a) * static_cast<uint64_t>(b));
}

// 128-bit intermediates keep fixed-point products exact before rounding;
// native code uses LLVM's i128 for the same reason.
__extension__ typedef __int128 Wide;

// (a * b) / d rounded half away from zero.
int64_t scaled(int64_t a, int64_t b, int64_t d) {
  Wide n = static_cast<Wide>(a) * b;
  Wide q = n / d;
  Wide r = n % d;
  if (2 * (r < 0 ? -r : r) >= d) q += n < 0 ? -1 : 1;
  return static_cast<int64_t>(q);
}

Value date_value(int64_t day) {
  if (day < kFirstDay || day > kLastDay) return Value::unknown();
  return Value::of(day);
}

}  // namespace

Value ExprEval::eval(const ir::Expr& e, const cases::Event* bound) const {
  return eval_node(e, bound);
}

Value ExprEval::load(const cases::Value& v) const {
  if (!v.known) return Value::unknown();
  Value out = Value::of(v.number);
  out.text = v.text;
  return out;
}

Value ExprEval::eval_node(const ir::Expr& e, const cases::Event* bound) const {
  switch (e.op) {
    case Op::Const: {
      Value c = Value::of(e.value);
      c.text = e.text;
      return c;
    }
    case Op::Fact:
      return load(case_.facts[e.slot]);
    case Op::EventField:
      return bound ? load(bound->fields[e.slot]) : Value::unknown();
    case Op::Param:
      return param(e, bound);
    case Op::AsOf:
      return Value::of(as_of_);
    case Op::TriggerDate:
      return trigger_ ? Value::of(*trigger_) : Value::unknown();
    case Op::IsKnown:
      return Value::of(eval(e.args[0], bound).known);
    case Op::InSet: {
      Value x = eval(e.args[0], bound);
      const cases::Value& set = case_.facts[e.slot];
      if (!x.known || !set.known) return Value::unknown();
      return Value::of(
          std::binary_search(set.set.begin(), set.set.end(), static_cast<uint32_t>(x.v)));
    }
    case Op::Not3:
    case Op::And3:
    case Op::Or3:
    case Op::Select:
      return logic(e, bound);
    case Op::Lt:
    case Op::Le:
    case Op::Gt:
    case Op::Ge:
    case Op::Eq:
    case Op::Ne:
    case Op::TextEq:
    case Op::TextNe:
      return compare(e, bound);
    case Op::AddDays:
    case Op::AddMonths:
    case Op::AddWorkingDays:
    case Op::RollForward:
    case Op::DateDiff:
      return dates(e, bound);
    case Op::EventFirst:
    case Op::EventLast:
    case Op::EventCount:
    case Op::EventAny:
      return scan(e);
    default:
      return arith(e, bound);
  }
}

Value ExprEval::arith(const ir::Expr& e, const cases::Event* bound) const {
  Value a = eval(e.args[0], bound);
  if (!a.known) return Value::unknown();
  switch (e.op) {
    case Op::Neg:
      return Value::of(wrap_sub(0, a.v));
    case Op::IntToDec:
      return Value::of(wrap_mul(a.v, kScale));
    case Op::DecToInt:
      return Value::of(a.v / kScale);
    case Op::ToMoneyFromInt:
      return Value::of(wrap_mul(a.v, 100));
    case Op::ToMoneyFromDec:
      return Value::of(scaled(a.v, 1, kScale / 100));
    case Op::MoneyToDec:
      return Value::of(wrap_mul(a.v, kScale / 100));
    default:
      break;
  }
  Value b = eval(e.args[1], bound);
  if (!b.known) return Value::unknown();
  switch (e.op) {
    case Op::Add:
      return Value::of(wrap_add(a.v, b.v));
    case Op::Sub:
      return Value::of(wrap_sub(a.v, b.v));
    case Op::Mul:
      return Value::of(wrap_mul(a.v, b.v));
    case Op::Div:
      if (b.v == 0 || (a.v == INT64_MIN && b.v == -1)) return Value::unknown();
      return Value::of(a.v / b.v);
    case Op::DecMul:
      return Value::of(scaled(a.v, b.v, kScale));
    case Op::MoneyScale:
      return Value::of(scaled(a.v, b.v, kScale));
    case Op::DecDiv: {
      if (b.v == 0) return Value::unknown();
      // Divide by the magnitude and restore the sign, in unsigned arithmetic
      // so that INT64_MIN wraps exactly as in native code (support.c).
      int64_t magnitude = b.v < 0 ? static_cast<int64_t>(0 - static_cast<uint64_t>(b.v)) : b.v;
      uint64_t q = static_cast<uint64_t>(scaled(a.v, kScale, magnitude));
      return Value::of(static_cast<int64_t>(b.v < 0 ? 0 - q : q));
    }
    default:
      return Value::unknown();
  }
}

Value ExprEval::compare(const ir::Expr& e, const cases::Event* bound) const {
  Value a = eval(e.args[0], bound);
  Value b = eval(e.args[1], bound);
  if (!a.known || !b.known) return Value::unknown();
  switch (e.op) {
    case Op::Lt:
      return Value::of(a.v < b.v);
    case Op::Le:
      return Value::of(a.v <= b.v);
    case Op::Gt:
      return Value::of(a.v > b.v);
    case Op::Ge:
      return Value::of(a.v >= b.v);
    case Op::Eq:
      return Value::of(a.v == b.v);
    case Op::Ne:
      return Value::of(a.v != b.v);
    case Op::TextEq:
      return Value::of(a.text == b.text);
    default:
      return Value::of(a.text != b.text);
  }
}

Value ExprEval::logic(const ir::Expr& e, const cases::Event* bound) const {
  Value a = eval(e.args[0], bound);
  switch (e.op) {
    case Op::Not3:
      return a.known ? Value::of(!a.v) : a;
    case Op::Select:
      if (!a.known) return Value::unknown();
      return eval(e.args[a.v ? 1 : 2], bound);
    case Op::And3: {
      if (a.is_false()) return Value::of(0);
      Value b = eval(e.args[1], bound);
      if (b.is_false()) return Value::of(0);
      return a.known && b.known ? Value::of(1) : Value::unknown();
    }
    default: {  // Or3
      if (a.is_true()) return Value::of(1);
      Value b = eval(e.args[1], bound);
      if (b.is_true()) return Value::of(1);
      return a.known && b.known ? Value::of(0) : Value::unknown();
    }
  }
}

Value ExprEval::dates(const ir::Expr& e, const cases::Event* bound) const {
  Value a = eval(e.args[0], bound);
  if (!a.known) return Value::unknown();
  if (e.op == Op::DateDiff) {
    Value b = eval(e.args[1], bound);
    return b.known ? Value::of(a.v - b.v) : Value::unknown();
  }
  dates::Date d{static_cast<int32_t>(a.v)};
  switch (e.op) {
    case Op::AddDays:
      return date_value(a.v + e.value);
    case Op::AddMonths:
      if (e.value < -120000 || e.value > 120000) return Value::unknown();
      return date_value(dates::add_months(d, static_cast<int32_t>(e.value)).day);
    case Op::AddWorkingDays:
      if (e.value < -100000 || e.value > 100000) return Value::unknown();
      return date_value(
          interp_.calendar(e.ref).add_working_days(d, static_cast<int32_t>(e.value)).day);
    default:  // RollForward
      return date_value(interp_.calendar(e.ref).roll_forward(d).day);
  }
}

bool ExprEval::matches(const std::optional<ir::Expr>& predicate, const cases::Event& ev) const {
  return !predicate || eval(*predicate, &ev).is_true();
}

// Events after the as-of date have not happened yet as far as the
// evaluation is concerned.
Value ExprEval::scan(const ir::Expr& e) const {
  std::optional<ir::Expr> predicate;
  if (!e.args.empty()) predicate = e.args[0];
  int64_t count = 0;
  int64_t first = 0, last = 0;
  for (const cases::Event& ev : case_.events) {
    if (ev.kind != e.ref || ev.date > as_of_ || !matches(predicate, ev)) continue;
    if (count == 0) first = ev.date;
    last = ev.date;
    ++count;
  }
  switch (e.op) {
    case Op::EventCount:
      return Value::of(count);
    case Op::EventAny:
      return Value::of(count > 0);
    case Op::EventFirst:
      return count ? Value::of(first) : Value::unknown();
    default:
      return count ? Value::of(last) : Value::unknown();
  }
}

Value ExprEval::param(const ir::Expr& e, const cases::Event* bound) const {
  Value at = eval(e.args[0], bound);
  if (!at.known) return Value::unknown();
  for (const auto& [period, value] : interp_.module().params[e.ref].values) {
    if (period.contains(static_cast<int32_t>(at.v))) return Value::of(value);
  }
  return Value::unknown();
}

Missing ExprEval::missing(const ir::Expr& e) const {
  Missing out;
  if (e.op == Op::IsKnown) return out;
  if (e.op == Op::Fact && !case_.facts[e.slot].known) out.facts.insert(e.slot);
  if (e.op == Op::InSet && !case_.facts[e.slot].known) out.facts.insert(e.slot);
  if ((e.op == Op::EventFirst || e.op == Op::EventLast) && !eval(e).known) {
    out.events.insert(e.ref);
    return out;  // the predicate's own unknowns are decided per event
  }
  for (const ir::Expr& a : e.args) out.merge(missing(a));
  return out;
}

}  // namespace frist::interp
