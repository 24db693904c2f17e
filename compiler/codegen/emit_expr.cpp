// Expressions as straight-line IR, mirroring interp/expr_eval.cpp: every
// value is an i64 with a known bit, and-or-not follow Kleene's logic, integer
// arithmetic wraps (plain LLVM add/sub/mul), and the operators that can fail
// (division, fixed-point rounding, date steps) call the support code, which
// reports unknown the same way the interpreter does. Evaluation is pure, so
// both sides of and/or/if are computed and selected; calls that loop or read
// through pointers are guarded by the known bits of their inputs.
#include "codegen/emitter.h"
#include "native/support.h"

namespace frist::codegen {

using ir::Op;
using llvm::Value;

namespace {

constexpr int64_t kScale = 1'000'000;

}  // namespace

Val Emitter::eval(const ir::Expr& e, Value* bound) {
  Located here(*this, e.loc);
  return eval_node(e, bound);
}

Val Emitter::load_value(Value* p, bool is_text) {
  Val out;
  out.known = b.CreateICmpNE(field(p, offsetof(frist_value, known), b.getInt32Ty()), i32(0));
  out.v = field(p, offsetof(frist_value, v), b.getInt64Ty());
  if (is_text) {
    Value* bytes = field(p, offsetof(frist_value, p), b.getPtrTy());
    out.text = b.CreateSelect(out.known, bytes, llvm::ConstantPointerNull::get(b.getPtrTy()));
    out.len = b.CreateSelect(out.known, out.v, i64(0));
  }
  return out;
}

Val Emitter::call_known(const char* rt_name, std::vector<Value*> args, Value* guard) {
  Value* out = slot(b.getInt64Ty(), i64(0));
  Value* ok = slot(b.getInt32Ty(), i32(0));
  args.push_back(out);
  when(guard, [&] { set(ok, call(rt_name, args)); });
  Value* known = b.CreateAnd(guard, b.CreateICmpNE(load(b.getInt32Ty(), ok), i32(0)));
  return {load(b.getInt64Ty(), out), known};
}

Val Emitter::eval_node(const ir::Expr& e, Value* bound) {
  const bool is_text = e.type == ir::Type::Text;
  Val unknown{i64(0), i1(false)};
  if (is_text) {
    unknown.text = llvm::ConstantPointerNull::get(b.getPtrTy());
    unknown.len = i64(0);
  }
  switch (e.op) {
    case Op::Const: {
      Val c{i64(e.value), i1(true)};
      if (is_text) {
        c.text = text(e.text);
        c.len = i64(static_cast<int64_t>(e.text.size()));
      }
      return c;
    }
    case Op::Fact:
      return load_value(fact(e.slot), is_text);
    case Op::EventField: {
      if (!bound) return unknown;
      Value* fields = field(bound, offsetof(frist_event, fields), b.getPtrTy());
      Value* p = b.CreateConstInBoundsGEP1_64(b.getInt8Ty(), fields,
                                              uint64_t{e.slot} * sizeof(frist_value));
      return load_value(p, is_text);
    }
    case Op::Param: {
      Val at = eval(e.args[0], bound);
      const auto n = static_cast<uint32_t>(rules.params[e.ref].values.size());
      Val out = call_known("frist_rt_param", {param_table(e.ref), i32(n), at.v}, at.known);
      if (is_text) {
        out.text = unknown.text;
        out.len = unknown.len;
      }
      return out;
    }
    case Op::AsOf:
      return {
          b.CreateSExt(field(ctx_, offsetof(frist_rt_ctx, as_of), b.getInt32Ty()), b.getInt64Ty()),
          i1(true)};
    case Op::TriggerDate:
      return {field(ctx_, offsetof(frist_rt_ctx, trigger), b.getInt64Ty()),
              b.CreateICmpNE(field(ctx_, offsetof(frist_rt_ctx, trigger_known), b.getInt32Ty()),
                             i32(0))};
    case Op::IsKnown:
      return {b.CreateZExt(eval(e.args[0], bound).known, b.getInt64Ty()), i1(true)};
    case Op::InSet: {
      Val x = eval(e.args[0], bound);
      Value* set_ptr = fact(e.slot);
      Value* set_known =
          b.CreateICmpNE(field(set_ptr, offsetof(frist_value, known), b.getInt32Ty()), i32(0));
      Value* guard = b.CreateAnd(x.known, set_known);
      Value* found = slot(b.getInt32Ty(), i32(0));
      when(guard, [&] { set(found, call("frist_rt_in_set", {set_ptr, x.v})); });
      return {b.CreateZExt(b.CreateICmpNE(load(b.getInt32Ty(), found), i32(0)), b.getInt64Ty()),
              guard};
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
    case Op::Ne: {
      Val x = eval(e.args[0], bound);
      Val y = eval(e.args[1], bound);
      static constexpr llvm::CmpInst::Predicate kPred[] = {
          llvm::CmpInst::ICMP_SLT, llvm::CmpInst::ICMP_SLE, llvm::CmpInst::ICMP_SGT,
          llvm::CmpInst::ICMP_SGE, llvm::CmpInst::ICMP_EQ,  llvm::CmpInst::ICMP_NE};
      auto pred = kPred[static_cast<int>(e.op) - static_cast<int>(Op::Lt)];
      return {b.CreateZExt(b.CreateICmp(pred, x.v, y.v), b.getInt64Ty()),
              b.CreateAnd(x.known, y.known)};
    }
    case Op::TextEq:
    case Op::TextNe: {
      Val x = eval(e.args[0], bound);
      Val y = eval(e.args[1], bound);
      Value* known = b.CreateAnd(x.known, y.known);
      Value* same = slot(b.getInt32Ty(), i32(0));
      when(known, [&] { set(same, call("frist_rt_text_eq", {x.text, x.len, y.text, y.len})); });
      Value* eq = b.CreateICmpNE(load(b.getInt32Ty(), same), i32(0));
      if (e.op == Op::TextNe) eq = b.CreateNot(eq);
      return {b.CreateZExt(eq, b.getInt64Ty()), known};
    }
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

Val Emitter::arith(const ir::Expr& e, Value* bound) {
  Val a = eval(e.args[0], bound);
  switch (e.op) {
    case Op::Neg:
      return {b.CreateSub(i64(0), a.v), a.known};
    case Op::IntToDec:
      return {b.CreateMul(a.v, i64(kScale)), a.known};
    case Op::DecToInt:
      return {b.CreateSDiv(a.v, i64(kScale)), a.known};
    case Op::ToMoneyFromInt:
      return {b.CreateMul(a.v, i64(100)), a.known};
    case Op::ToMoneyFromDec:
      return {call("frist_rt_scaled", {a.v, i64(1), i64(kScale / 100)}), a.known};
    case Op::MoneyToDec:
      return {b.CreateMul(a.v, i64(kScale / 100)), a.known};
    default:
      break;
  }
  Val y = eval(e.args[1], bound);
  Value* known = b.CreateAnd(a.known, y.known);
  switch (e.op) {
    case Op::Add:
      return {b.CreateAdd(a.v, y.v), known};
    case Op::Sub:
      return {b.CreateSub(a.v, y.v), known};
    case Op::Mul:
      return {b.CreateMul(a.v, y.v), known};
    case Op::Div:
      return call_known("frist_rt_div", {a.v, y.v}, known);
    case Op::DecMul:
    case Op::MoneyScale:
      return {call("frist_rt_scaled", {a.v, y.v, i64(kScale)}), known};
    case Op::DecDiv:
      return call_known("frist_rt_dec_div", {a.v, y.v}, known);
    default:
      return {i64(0), i1(false)};
  }
}

Val Emitter::logic(const ir::Expr& e, Value* bound) {
  Val a = eval(e.args[0], bound);
  Value* a_true = b.CreateICmpNE(a.v, i64(0));
  if (e.op == Op::Not3) return {b.CreateZExt(b.CreateNot(a_true), b.getInt64Ty()), a.known};
  if (e.op == Op::Select) {
    Val x = eval(e.args[1], bound);
    Val y = eval(e.args[2], bound);
    Val out{b.CreateSelect(a_true, x.v, y.v),
            b.CreateAnd(a.known, b.CreateSelect(a_true, x.known, y.known))};
    if (x.text) {
      out.text = b.CreateSelect(a_true, x.text, y.text);
      out.len = b.CreateSelect(a_true, x.len, y.len);
    }
    return out;
  }
  Val y = eval(e.args[1], bound);
  Value* y_true = b.CreateICmpNE(y.v, i64(0));
  Value* both = b.CreateAnd(a.known, y.known);
  if (e.op == Op::And3) {
    // false and unknown = false
    Value* is_false = b.CreateOr(b.CreateAnd(a.known, b.CreateNot(a_true)),
                                 b.CreateAnd(y.known, b.CreateNot(y_true)));
    return {b.CreateZExt(b.CreateNot(is_false), b.getInt64Ty()), b.CreateOr(is_false, both)};
  }
  // true or unknown = true
  Value* is_true = b.CreateOr(b.CreateAnd(a.known, a_true), b.CreateAnd(y.known, y_true));
  return {b.CreateZExt(is_true, b.getInt64Ty()), b.CreateOr(is_true, both)};
}

Val Emitter::dates(const ir::Expr& e, Value* bound) {
  Val a = eval(e.args[0], bound);
  switch (e.op) {
    case Op::DateDiff: {
      Val y = eval(e.args[1], bound);
      return {b.CreateSub(a.v, y.v), b.CreateAnd(a.known, y.known)};
    }
    case Op::AddDays:
      return call_known("frist_rt_add_days", {a.v, i64(e.value)}, a.known);
    case Op::AddMonths:
      return call_known("frist_rt_add_months", {a.v, i64(e.value)}, a.known);
    case Op::AddWorkingDays:
      return call_known("frist_rt_add_working_days", {calendar(e.ref), a.v, i64(e.value)}, a.known);
    default:  // RollForward
      return call_known("frist_rt_roll_forward", {calendar(e.ref), a.v}, a.known);
  }
}

// Events after the as-of date have not happened yet (ExprEval::scan).
Val Emitter::scan(const ir::Expr& e) {
  Value* count = slot(b.getInt64Ty(), i64(0));
  Value* first = slot(b.getInt64Ty(), i64(0));
  Value* last = slot(b.getInt64Ty(), i64(0));
  Value* as_of =
      b.CreateSExt(field(ctx_, offsetof(frist_rt_ctx, as_of), b.getInt32Ty()), b.getInt64Ty());
  for_events([&](Value*, Value* ev, llvm::BasicBlock* next, llvm::BasicBlock*) {
    Value* kind = field(ev, offsetof(frist_event, kind), b.getInt32Ty());
    Value* date =
        b.CreateSExt(field(ev, offsetof(frist_event, date), b.getInt32Ty()), b.getInt64Ty());
    Value* skip = b.CreateOr(b.CreateICmpNE(kind, i32(e.ref)), b.CreateICmpSGT(date, as_of));
    when(skip, [&] { b.CreateBr(next); });
    if (!e.args.empty()) when(b.CreateNot(matches(e.args[0], ev)), [&] { b.CreateBr(next); });
    Value* c = load(b.getInt64Ty(), count);
    when(b.CreateICmpEQ(c, i64(0)), [&] { set(first, date); });
    set(last, date);
    set(count, b.CreateAdd(c, i64(1)));
  });
  Value* n = load(b.getInt64Ty(), count);
  Value* any = b.CreateICmpSGT(n, i64(0));
  switch (e.op) {
    case Op::EventCount:
      return {n, i1(true)};
    case Op::EventAny:
      return {b.CreateZExt(any, b.getInt64Ty()), i1(true)};
    case Op::EventFirst:
      return {load(b.getInt64Ty(), first), any};
    default:
      return {load(b.getInt64Ty(), last), any};
  }
}

llvm::Value* Emitter::matches(const std::optional<ir::Expr>& predicate, Value* ev) {
  if (!predicate) return i1(true);
  Val p = eval(*predicate, ev);
  return b.CreateAnd(p.known, b.CreateICmpNE(p.v, i64(0)));
}

// ExprEval::missing: the unknown facts among the leaves, and the event kinds
// of first/last scans that found nothing (whose predicates are not entered).
void Emitter::collect(const ir::Expr& e) {
  Located here(*this, e.loc);
  switch (e.op) {
    case Op::IsKnown:
      return;
    case Op::Fact:
    case Op::InSet:
      call("frist_rt_miss_fact", {ctx_, i32(e.slot)});
      break;
    case Op::EventFirst:
    case Op::EventLast: {
      Val found = scan(e);
      when_else(
          b.CreateNot(found.known),
          [&] {
            call("frist_rt_miss_event", {ctx_, i32(e.ref)});
          },
          [&] {
            for (const ir::Expr& a : e.args) collect(a);
          });
      return;
    }
    default:
      break;
  }
  for (const ir::Expr& a : e.args) collect(a);
}

void Emitter::undetermined(Value* o, const ir::Expr& e) {
  call("frist_rt_miss_clear", {ctx_});
  collect(e);
  call("frist_rt_undetermined", {ctx_, o});
}

}  // namespace frist::codegen
