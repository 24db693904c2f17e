// Triggers, windows and fulfilment, mirroring interp/windows.cpp. Each
// window a version can end up with (its own, or one a trial puts in its
// place) becomes a function taking the obligation, the trigger date and the
// resolved trial; the requirement calls the one resolution chose, once or
// per triggering event. Fulfilment scans the case's events in date order.
#include "codegen/emitter.h"
#include "native/support.h"

namespace frist::codegen {

using llvm::BasicBlock;
using llvm::Value;

namespace {

bool is_event_scan(const ir::Expr& e) {
  return e.op == ir::Op::EventFirst || e.op == ir::Op::EventLast;
}

// For debuggers: `<requirement>.window`, or `.window.<trial>` when a trial
// replaces it.
std::string window_name(const ir::Module& rules, ir::Index req, int effect) {
  const ir::Requirement& r = rules.requirements[req];
  std::string name = r.name + ".window";
  if (effect >= 0) name += "." + rules.trials[r.effects[static_cast<size_t>(effect)].trial].name;
  return name;
}

}  // namespace

void Emitter::obligations(ir::Index req, ir::Index k, const Res& res, Value* o) {
  const ir::Requirement& r = rules.requirements[req];
  const ir::Version& v = r.versions[k];
  std::vector<std::pair<size_t, llvm::Function*>> windows;
  llvm::Function* own = window_function(req, k, v.window, -1);
  for (size_t j = 0; j < r.effects.size(); ++j) {
    if (r.effects[j].kind == ir::EffectKind::ReplaceWindow && r.effects[j].window) {
      // A trial replaces the window, not the requirement's calendar policy.
      ir::WindowPlan replaced = *r.effects[j].window;
      replaced.roll_forward = v.window.roll_forward;
      replaced.calendar = v.window.calendar;
      windows.emplace_back(j, window_function(req, k, replaced, static_cast<int>(j)));
    }
  }
  Value* window = load(b.getInt32Ty(), res.window);
  Value* trial = load(b.getInt32Ty(), res.trial);
  Value* alt = load(b.getInt64Ty(), res.alt);
  if (!windows.empty()) {
    when(b.CreateICmpNE(window, i32(static_cast<uint32_t>(-1))), [&] {
      store(o, offsetof(frist_obligation, effect), i8(FRIST_EFFECT_WINDOW_REPLACED));
      store(o, offsetof(frist_obligation, trial), trial);
    });
  }
  auto dispatch = [&](Value* start, Value* ob) {
    store(ctx_, offsetof(frist_rt_ctx, trigger), start);
    store(ctx_, offsetof(frist_rt_ctx, trigger_known),
          b.CreateZExt(b.CreateICmpNE(start, i64(INT64_MIN)), b.getInt32Ty()));
    std::vector<Value*> args{ctx_, ob, start, alt, trial};
    if (windows.empty()) {
      b.CreateCall(own, args);
      return;
    }
    llvm::Function* f = b.GetInsertBlock()->getParent();
    BasicBlock* done = BasicBlock::Create(context, "dispatched", f);
    BasicBlock* fallback = BasicBlock::Create(context, "own_window", f);
    llvm::SwitchInst* sw = b.CreateSwitch(window, fallback, static_cast<unsigned>(windows.size()));
    b.SetInsertPoint(fallback);
    b.CreateCall(own, args);
    b.CreateBr(done);
    for (auto [j, fn] : windows) {
      BasicBlock* block = BasicBlock::Create(context, "replaced_window", f);
      sw->addCase(i32(static_cast<uint32_t>(j)), block);
      b.SetInsertPoint(block);
      b.CreateCall(fn, args);
      b.CreateBr(done);
    }
    b.SetInsertPoint(done);
  };
  if (v.trigger == ir::TriggerForm::EachEvent) {
    Value* n = slot(b.getInt32Ty(), i32(0));
    Value* as_of = field(ctx_, offsetof(frist_rt_ctx, as_of), b.getInt32Ty());
    for_events([&](Value*, Value* ev, BasicBlock* next, BasicBlock* exit) {
      Value* kind = field(ev, offsetof(frist_event, kind), b.getInt32Ty());
      Value* date = field(ev, offsetof(frist_event, date), b.getInt32Ty());
      Value* skip =
          b.CreateOr(b.CreateICmpNE(kind, i32(v.trigger_event)), b.CreateICmpSGT(date, as_of));
      when(skip, [&] { b.CreateBr(next); });
      when(b.CreateNot(matches(v.trigger_predicate, ev)), [&] { b.CreateBr(next); });
      Value* each = copy_obligation(o);
      Value* count = b.CreateAdd(load(b.getInt32Ty(), n), i32(1));
      set(n, count);
      store(each, offsetof(frist_obligation, occurrence), count);
      dispatch(b.CreateSExt(date, b.getInt64Ty()), each);
      when(b.CreateICmpUGE(count, i32(ir::kMaxOccurrences)), [&] { b.CreateBr(exit); });
    });
    when(b.CreateICmpEQ(load(b.getInt32Ty(), n), i32(0)), [&] {
      call("frist_rt_emit", {ctx_, o});
    });
    return;
  }
  Value* start = i64(INT64_MIN);
  if (v.trigger == ir::TriggerForm::Date) {
    Val t = eval(*v.trigger_date);
    return_if(b.CreateNot(t.known), [&] {
      if (is_event_scan(*v.trigger_date)) {
        call("frist_rt_emit", {ctx_, o});
      } else {
        undetermined(o, *v.trigger_date);
      }
    });
    start = t.v;
  }
  dispatch(start, o);
}

llvm::Function* Emitter::window_function(ir::Index req, ir::Index k, const ir::WindowPlan& w,
                                         int effect) {
  llvm::IRBuilderBase::InsertPointGuard guard(b);
  Value* saved_ctx = ctx_;
  std::string name = "frist.window." + std::to_string(req) + "." + std::to_string(k) +
                     (effect < 0 ? std::string() : "." + std::to_string(effect));
  llvm::Function* f =
      define(name, b.getVoidTy(),
             {b.getPtrTy(), b.getPtrTy(), b.getInt64Ty(), b.getInt64Ty(), b.getInt32Ty()}, false);
  begin(f);
  const ir::Requirement& r = rules.requirements[req];
  const ir::Version& v = r.versions[k];
  describe(window_name(rules, req, effect), w.loc.valid() ? w.loc : v.loc);
  Value* o = f->getArg(1);
  Value* start = f->getArg(2);
  res_alt_ = f->getArg(3);
  res_trial_ = f->getArg(4);
  switch (w.form) {
    case ir::WindowForm::Fixed:
      fixed(v, w, o, start);
      break;
    case ir::WindowForm::Dependency:
      dependency(v, w, o, start);
      break;
    case ir::WindowForm::Cadence:
      cadence(v, w, o);
      break;
  }
  if (!b.GetInsertBlock()->getTerminator()) b.CreateRetVoid();
  ctx_ = saved_ctx;
  return f;
}

Value* Emitter::roll(const ir::WindowPlan& w, Value* latest) {
  if (!w.roll_forward) return latest;
  return call("frist_rt_roll", {calendar(w.calendar), i32(1), latest});
}

// A window without a latest date (a duty declared without `due`) has no
// deadline: the interpreter requires one, see the report on ir::WindowPlan.
void Emitter::fixed(const ir::Version& v, const ir::WindowPlan& w, Value* o, Value* start) {
  Value* anchor = i64(INT64_MIN);
  Value* earliest = start;
  if (w.anchor) {
    Val a = eval(*w.anchor);
    // An event that has not happened only means "not triggered" when it is
    // what starts the obligation; after a trigger it leaves it undetermined.
    return_if(b.CreateNot(a.known), [&] {
      if (is_event_scan(*w.anchor) && v.trigger == ir::TriggerForm::None) {
        call("frist_rt_emit", {ctx_, o});
      } else {
        undetermined(o, *w.anchor);
      }
    });
    anchor = a.v;
    earliest = a.v;
  }
  if (w.earliest) {
    Val e = eval(*w.earliest);
    return_if(b.CreateNot(e.known), [&] { undetermined(o, *w.earliest); });
    earliest = e.v;
  }
  Val latest;
  if (w.latest) {
    latest = eval(*w.latest);
    return_if(b.CreateNot(latest.known), [&] { undetermined(o, *w.latest); });
  }
  store(o, offsetof(frist_obligation, earliest), call("frist_rt_as_date", {earliest}));
  if (w.latest) {
    store(o, offsetof(frist_obligation, latest), roll(w, b.CreateTrunc(latest.v, b.getInt32Ty())));
  }
  Value* from = b.CreateSelect(b.CreateICmpNE(start, i64(INT64_MIN)), start, anchor);
  settle(o, v, from, i64(INT64_MIN));
  call("frist_rt_emit", {ctx_, o});
}

void Emitter::dependency(const ir::Version& v, const ir::WindowPlan& w, Value* o, Value* start) {
  Value* cal = w.roll_forward ? calendar(w.calendar)
                              : static_cast<Value*>(llvm::ConstantPointerNull::get(b.getPtrTy()));
  Value* go = call("frist_rt_dependency", {ctx_, o, i32(w.depends_on), i32(w.strict ? 1 : 0), cal,
                                           i32(w.roll_forward ? 1 : 0), start});
  when(b.CreateICmpNE(go, i32(0)), [&] {
    settle(o, v, start, i64(INT64_MIN));
    call("frist_rt_emit", {ctx_, o});
  });
}

// CaseEval::cadence: occurrences up to the bound; the next one counts from
// the event that fulfilled the previous one, and the first unfulfilled one
// ends the series.
void Emitter::cadence(const ir::Version& v, const ir::WindowPlan& w, Value* o) {
  Val a = eval(*w.anchor);
  return_if(b.CreateNot(a.known), [&] { undetermined(o, *w.anchor); });
  Value* until = i64(INT64_MAX);
  if (w.until) {
    Val u = eval(*w.until);
    return_if(b.CreateNot(u.known), [&] { undetermined(o, *w.until); });
    until = u.v;
  }
  Value* window_start = slot(b.getInt64Ty(), a.v);
  Value* after = slot(b.getInt64Ty(), i64(INT64_MIN));
  Value* n = slot(b.getInt32Ty(), i32(0));
  Value* base = field(o, offsetof(frist_obligation, occurrence), b.getInt32Ty());
  llvm::Function* f = b.GetInsertBlock()->getParent();
  BasicBlock* head = BasicBlock::Create(context, "cadence", f);
  BasicBlock* body = BasicBlock::Create(context, "occurrence", f);
  BasicBlock* exit = BasicBlock::Create(context, "cadence_done", f);
  b.CreateBr(head);
  b.SetInsertPoint(head);
  Value* nv = load(b.getInt32Ty(), n);
  Value* ws = load(b.getInt64Ty(), window_start);
  b.CreateCondBr(
      b.CreateAnd(b.CreateICmpULT(nv, i32(ir::kMaxOccurrences)), b.CreateICmpSLT(ws, until)), body,
      exit);
  b.SetInsertPoint(body);
  Value* occ = copy_obligation(o);
  store(occ, offsetof(frist_obligation, occurrence), b.CreateAdd(base, nv));
  store(occ, offsetof(frist_obligation, earliest), call("frist_rt_as_date", {ws}));
  Value* latest = call("frist_rt_add_period", {ws, i32(static_cast<uint32_t>(w.period_months)),
                                               i32(static_cast<uint32_t>(w.period_days))});
  store(occ, offsetof(frist_obligation, latest), roll(w, latest));
  settle(occ, v, ws, load(b.getInt64Ty(), after));
  Value* held = b.CreateICmpNE(call("frist_rt_held", {occ}), i32(0));
  when(held, [&] {
    set(window_start,
        b.CreateSExt(field(occ, offsetof(frist_obligation, fulfilled_on), b.getInt32Ty()),
                     b.getInt64Ty()));
    set(after, b.CreateZExt(field(occ, offsetof(frist_obligation, fulfilled_by), b.getInt32Ty()),
                            b.getInt64Ty()));
  });
  call("frist_rt_emit", {ctx_, occ});
  set(n, b.CreateAdd(nv, i32(1)));
  b.CreateCondBr(held, head, exit);
  b.SetInsertPoint(exit);
}

// CaseEval::settle: the first event on or after `from` (and after the event
// that fulfilled the previous occurrence) and on or before the as-of date of
// a fulfilling kind, or of an alternative the resolved trial allows.
void Emitter::settle(Value* o, const ir::Version& v, Value* from, Value* after_event) {
  llvm::Function* f = b.GetInsertBlock()->getParent();
  BasicBlock* done = BasicBlock::Create(context, "settled", f);
  Value* as_of = field(ctx_, offsetof(frist_rt_ctx, as_of), b.getInt32Ty());
  for_events([&](Value* i, Value* ev, BasicBlock* next, BasicBlock* exit) {
    Value* date = field(ev, offsetof(frist_event, date), b.getInt32Ty());
    when(b.CreateICmpSGT(date, as_of), [&] { b.CreateBr(exit); });
    Value* early = b.CreateICmpSLT(b.CreateSExt(date, b.getInt64Ty()), from);
    Value* used = b.CreateICmpSLE(b.CreateZExt(i, b.getInt64Ty()), after_event);
    when(b.CreateOr(early, used), [&] { b.CreateBr(next); });
    // A predicate reads the fields of its own event kind only: test the
    // kind first.
    Value* kind = field(ev, offsetof(frist_event, kind), b.getInt32Ty());
    Value* own_slot = slot(b.getInt1Ty(), i1(false));
    for (const ir::Fulfil& fl : v.fulfil) {
      when(b.CreateICmpEQ(kind, i32(fl.event)), [&] {
        set(own_slot, b.CreateOr(load(b.getInt1Ty(), own_slot), matches(fl.predicate, ev)));
      });
    }
    Value* alt_slot = slot(b.getInt1Ty(), i1(false));
    const std::vector<ir::EffectRef>& effects = current_->effects;
    for (size_t j = 0; j < effects.size() && res_alt_; ++j) {
      if (effects[j].kind != ir::EffectKind::Alternative) continue;
      Value* on = b.CreateICmpNE(b.CreateAnd(res_alt_, i64(int64_t{1} << j)), i64(0));
      for (const ir::Fulfil& fl : effects[j].alternatives) {
        when(b.CreateAnd(on, b.CreateICmpEQ(kind, i32(fl.event))), [&] {
          set(alt_slot, b.CreateOr(load(b.getInt1Ty(), alt_slot), matches(fl.predicate, ev)));
        });
      }
    }
    Value* own = load(b.getInt1Ty(), own_slot);
    Value* alt = load(b.getInt1Ty(), alt_slot);
    alt = b.CreateAnd(b.CreateNot(own), alt);
    when(b.CreateNot(b.CreateOr(own, alt)), [&] { b.CreateBr(next); });
    call("frist_rt_settle_found", {o, i, date, b.CreateZExt(alt, b.getInt32Ty()), res_trial_});
    b.CreateBr(done);
  });
  call("frist_rt_settle_none", {ctx_, o});
  b.CreateBr(done);
  b.SetInsertPoint(done);
}

}  // namespace frist::codegen
