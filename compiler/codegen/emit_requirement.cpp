// One function per requirement, mirroring interp/obligations.cpp: version
// selection over the sorted version table, no-duty versions, applicability
// in three-valued logic, trial resolution in priority order (with the
// membership of each trial computed once per case, on first use), exemption,
// and trial duties. What follows resolution is in emit_window.cpp.
#include "codegen/emitter.h"
#include "native/support.h"

namespace frist::codegen {

using llvm::BasicBlock;
using llvm::Value;

namespace {

constexpr uint32_t kNoIndex = FRIST_NO_INDEX;

}  // namespace

// CaseEval::membership, as a function of its own called once per case.
llvm::Function* Emitter::membership(ir::Index index) {
  const ir::Trial& t = rules.trials[index];
  llvm::Function* f =
      define("frist.trial." + std::to_string(index), b.getVoidTy(), {b.getPtrTy()}, false);
  begin(f);
  describe("trial." + t.name, t.loc);
  call("frist_rt_miss_clear", {ctx_});
  Val pd = eval(t.period_date);
  when(b.CreateNot(pd.known), [&] { collect(t.period_date); });
  Val target{i64(1), i1(true)};
  if (t.target) {
    target = eval(*t.target);
    when(b.CreateNot(target.known), [&] { collect(*t.target); });
  }
  auto* row = llvm::StructType::get(b.getInt64Ty(), b.getInt32Ty(), b.getInt32Ty());
  std::vector<llvm::Constant*> rows;
  for (const ir::TrialScope& s : t.scope) {
    rows.push_back(
        llvm::ConstantStruct::get(row, {i64(s.member), i32(static_cast<uint32_t>(s.period.from)),
                                        i32(static_cast<uint32_t>(s.period.until))}));
  }
  static_assert(sizeof(frist_rt_scope) == 16);
  Value* scope = table("scope", rows, row);
  call("frist_rt_membership",
       {ctx_, i32(index), i32(t.municipality_slot), scope, i32(static_cast<uint32_t>(rows.size())),
        pd.v, b.CreateZExt(pd.known, b.getInt32Ty()), target.v,
        b.CreateZExt(target.known, b.getInt32Ty())});
  b.CreateRetVoid();
  memberships_[index] = f;
  return f;
}

void Emitter::ensure_membership(ir::Index trial) {
  Value* state = trial_state(i32(trial));
  Value* computed = field(state, offsetof(frist_rt_trial, computed), b.getInt32Ty());
  when(b.CreateICmpEQ(computed, i32(0)), [&] { b.CreateCall(memberships_.at(trial), {ctx_}); });
}

llvm::Function* Emitter::requirement(ir::Index index) {
  const ir::Requirement& r = rules.requirements[index];
  current_ = &r;
  llvm::Function* f =
      define("frist.req." + std::to_string(index), b.getVoidTy(), {b.getPtrTy()}, false);
  // Requirements stay functions of their own: one huge function would make
  // optimising and code generation much slower, for no gain at run time.
  f->addFnAttr(llvm::Attribute::NoInline);
  begin(f);
  describe(r.name, r.loc);
  Value* o = obligation();
  call("frist_rt_init", {o, i32(index)});
  store(o, offsetof(frist_obligation, version), i32(0));
  if (r.is_duty) {
    duty_body(index, o);
  } else if (!r.selector) {
    version_body(index, 0, o);
  } else {
    Val d = eval(*r.selector);
    return_if(b.CreateNot(d.known), [&] { undetermined(o, *r.selector); });
    Value* day = b.CreateTrunc(d.v, b.getInt32Ty());
    Value* chosen = i32(kNoIndex);
    for (ir::Index k = 0; k < r.versions.size(); ++k) {
      const sema::Period& p = r.versions[k].period;
      Value* in = b.CreateAnd(b.CreateICmpSGE(day, i32(static_cast<uint32_t>(p.from))),
                              b.CreateICmpSLT(day, i32(static_cast<uint32_t>(p.until))));
      chosen = b.CreateSelect(in, i32(k), chosen);
    }
    BasicBlock* none = BasicBlock::Create(context, "no_version", f);
    llvm::SwitchInst* sw = b.CreateSwitch(chosen, none, static_cast<unsigned>(r.versions.size()));
    b.SetInsertPoint(none);
    store(o, offsetof(frist_obligation, version), i32(kNoIndex));
    call("frist_rt_emit", {ctx_, o});
    b.CreateRetVoid();
    for (ir::Index k = 0; k < r.versions.size(); ++k) {
      BasicBlock* block = BasicBlock::Create(context, "version", f);
      sw->addCase(i32(k), block);
      b.SetInsertPoint(block);
      locate(r.versions[k].loc);
      store(o, offsetof(frist_obligation, version), i32(k));
      version_body(index, k, o);
      if (!b.GetInsertBlock()->getTerminator()) b.CreateRetVoid();
    }
  }
  if (!b.GetInsertBlock()->getTerminator()) b.CreateRetVoid();
  return f;
}

void Emitter::version_body(ir::Index index, ir::Index k, Value* o) {
  const ir::Version& v = rules.requirements[index].versions[k];
  locate(v.loc);
  if (v.no_duty) {
    call("frist_rt_emit", {ctx_, o});
    b.CreateRetVoid();
    return;
  }
  if (v.when) {
    Val w = eval(*v.when);
    return_if(b.CreateNot(w.known), [&] { undetermined(o, *v.when); });
    return_if(b.CreateICmpEQ(w.v, i64(0)), [&] { call("frist_rt_emit", {ctx_, o}); });
  }
  Res res{slot(b.getInt32Ty(), i32(kNoIndex)), slot(b.getInt1Ty(), i1(false)),
          slot(b.getInt64Ty(), i64(0)), slot(b.getInt32Ty(), i32(static_cast<uint32_t>(-1))),
          slot(b.getInt64Ty(), i64(0))};
  resolve_trials(rules.requirements[index], res, o);
  return_if(load(b.getInt1Ty(), res.exempt), [&] {
    store(o, offsetof(frist_obligation, status), i8(FRIST_EXEMPTED));
    store(o, offsetof(frist_obligation, effect), i8(FRIST_EFFECT_EXEMPTED));
    store(o, offsetof(frist_obligation, trial), load(b.getInt32Ty(), res.trial));
    store(o, offsetof(frist_obligation, saving), load(b.getInt64Ty(), res.saving));
    call("frist_rt_emit", {ctx_, o});
  });
  obligations(index, k, res, o);
}

// CaseEval::resolve_trials: effects in trial priority order; once a trial
// applies, only that trial's other effects are considered.
void Emitter::resolve_trials(const ir::Requirement& r, const Res& res, Value* o) {
  llvm::Function* f = b.GetInsertBlock()->getParent();
  for (size_t j = 0; j < r.effects.size(); ++j) {
    const ir::EffectRef& e = r.effects[j];
    Located here(*this, e.loc);
    BasicBlock* next = BasicBlock::Create(context, "next_effect", f);
    auto skip_if = [&](Value* cond) { when(cond, [&] { b.CreateBr(next); }); };
    if (rules.trials[e.trial].off_by_default) {
      skip_if(b.CreateICmpEQ(call("frist_rt_trial_on", {ctx_, i32(e.trial)}), i32(0)));
    }
    Value* current = load(b.getInt32Ty(), res.trial);
    Value* chosen = b.CreateICmpNE(current, i32(kNoIndex));
    skip_if(b.CreateAnd(chosen, b.CreateICmpNE(current, i32(e.trial))));
    ensure_membership(e.trial);
    Value* covers =
        field(trial_state(i32(e.trial)), offsetof(frist_rt_trial, covers), b.getInt32Ty());
    Val cond{i64(1), i1(true)};
    if (e.condition) cond = eval(*e.condition);
    Value* cond_true = b.CreateAnd(cond.known, b.CreateICmpNE(cond.v, i64(0)));
    Value* cond_false = b.CreateAnd(cond.known, b.CreateICmpEQ(cond.v, i64(0)));
    skip_if(b.CreateOr(b.CreateICmpEQ(covers, i32(0)), cond_false));
    Value* applies = b.CreateAnd(b.CreateICmpEQ(covers, i32(1)), cond_true);
    return_if(b.CreateNot(applies), [&] {
      skip_if(chosen);
      call("frist_rt_miss_clear", {ctx_});
      call("frist_rt_miss_from_trial", {ctx_, i32(e.trial)});
      if (e.condition) when(b.CreateNot(cond.known), [&] { collect(*e.condition); });
      call("frist_rt_undetermined", {ctx_, o});
    });
    set(res.trial, i32(e.trial));
    if (e.kind == ir::EffectKind::Exempt) {
      set(res.exempt, i1(true));
      Value* saving = i64(0);
      if (e.saving) {
        Val s = eval(*e.saving);
        saving = b.CreateSelect(s.known, s.v, i64(0));
      }
      set(res.saving, saving);
    } else if (e.kind == ir::EffectKind::ReplaceWindow) {
      set(res.window, i32(static_cast<uint32_t>(j)));
    } else {
      Value* alt = load(b.getInt64Ty(), res.alt);
      set(res.alt, b.CreateOr(alt, i64(int64_t{1} << j)));
    }
    b.CreateBr(next);
    b.SetInsertPoint(next);
  }
  Value* trial = load(b.getInt32Ty(), res.trial);
  when(b.CreateICmpNE(trial, i32(kNoIndex)),
       [&] { store(trial_state(trial), offsetof(frist_rt_trial, used), i32(1)); });
}

// CaseEval::duty: a trial's own duty applies when the trial was used.
void Emitter::duty_body(ir::Index index, Value* o) {
  const ir::Requirement& r = rules.requirements[index];
  const ir::Index t = r.duty_of;
  store(o, offsetof(frist_obligation, trial), i32(t));
  store(o, offsetof(frist_obligation, effect), i8(FRIST_EFFECT_DUTY));
  if (rules.trials[t].off_by_default) {
    return_if(b.CreateICmpEQ(call("frist_rt_trial_on", {ctx_, i32(t)}), i32(0)), [&] {
      call("frist_rt_emit", {ctx_, o});
    });
  }
  bool has_effects = false;
  for (const ir::Requirement& other : rules.requirements) {
    for (const ir::EffectRef& e : other.effects) has_effects |= e.trial == t;
  }
  if (!has_effects) {
    ensure_membership(t);
    Value* state = trial_state(i32(t));
    Value* covers = field(state, offsetof(frist_rt_trial, covers), b.getInt32Ty());
    return_if(b.CreateICmpEQ(covers, i32(2)), [&] {
      call("frist_rt_miss_clear", {ctx_});
      call("frist_rt_miss_from_trial", {ctx_, i32(t)});
      call("frist_rt_undetermined", {ctx_, o});
    });
    store(state, offsetof(frist_rt_trial, used),
          b.CreateZExt(b.CreateICmpEQ(covers, i32(1)), b.getInt32Ty()));
  }
  Value* used = field(trial_state(i32(t)), offsetof(frist_rt_trial, used), b.getInt32Ty());
  return_if(b.CreateICmpEQ(used, i32(0)), [&] { call("frist_rt_emit", {ctx_, o}); });
  Res none{slot(b.getInt32Ty(), i32(kNoIndex)), slot(b.getInt1Ty(), i1(false)),
           slot(b.getInt64Ty(), i64(0)), slot(b.getInt32Ty(), i32(static_cast<uint32_t>(-1))),
           slot(b.getInt64Ty(), i64(0))};
  obligations(index, 0, none, o);
}

}  // namespace frist::codegen
