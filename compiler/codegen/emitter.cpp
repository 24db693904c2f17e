// Emitter basics: calls into the support code by name (their types come from
// the support bitcode the module starts as), functions, constant tables
// (closed-day bitsets, parameter periods, text), stack slots, structured
// control flow with early returns, and C struct field access by offsetof.
#include <llvm/IR/Constants.h>

#include <cassert>

#include "codegen/emitter.h"
#include "dates/date.h"
#include "dates/holidays.h"
#include "native/support.h"

namespace frist::codegen {

using llvm::BasicBlock;
using llvm::Value;

Emitter::Emitter(llvm::Module& m, const ir::Module& r, bool debug_info)
    : context(m.getContext()), module(m), rules(r), b(m.getContext()) {
  if (debug_info) debug_ = std::make_unique<DebugInfo>(m, r);
}

Value* Emitter::call(const char* rt_name, std::vector<Value*> args) {
  llvm::Function* f = module.getFunction(rt_name);
  assert(f && "support function missing from the support bitcode");
  llvm::FunctionType* type = f->getFunctionType();
  for (size_t i = 0; i < args.size(); ++i) {
    llvm::Type* want = type->getParamType(static_cast<unsigned>(i));
    if (args[i]->getType() != want && want->isIntegerTy()) {
      args[i] = b.CreateSExtOrTrunc(args[i], want);
    }
  }
  return b.CreateCall(f, args);
}

llvm::Function* Emitter::define(const std::string& name, llvm::Type* ret,
                                std::vector<llvm::Type*> params, bool exported) {
  auto* type = llvm::FunctionType::get(ret, params, false);
  auto linkage = exported ? llvm::GlobalValue::ExternalLinkage : llvm::GlobalValue::InternalLinkage;
  llvm::Function* f = llvm::Function::Create(type, linkage, name, module);
  f->addFnAttr(llvm::Attribute::NoUnwind);
  return f;
}

// The interpreter's calendars (interp.cpp): the IR's closed-day table or the
// built-in Danish holidays, over 1900..2200, with weekends always closed.
llvm::Constant* Emitter::calendar(ir::Index index) {
  if (auto it = calendars_.find(index); it != calendars_.end()) return it->second;
  int32_t first = dates::from_ymd(dates::kFirstCalendarYear, 1, 1).day;
  int32_t last = dates::from_ymd(dates::kLastCalendarYear, 12, 31).day;
  std::vector<uint64_t> bits(static_cast<size_t>(last - first + 1 + 63) / 64, 0);
  auto mark = [&](int32_t day) {
    if (day < first || day > last) return;
    auto i = static_cast<size_t>(day - first);
    bits[i / 64] |= uint64_t{1} << (i % 64);
  };
  for (int32_t day = first; day <= last; ++day) {
    if (dates::weekday(dates::Date{day}) >= 6) mark(day);
  }
  if (index == ir::kNone) {
    for (int year = dates::kFirstCalendarYear; year <= dates::kLastCalendarYear; ++year) {
      for (const dates::Holiday& h : dates::danish_public_holidays(year)) mark(h.date.day);
    }
  } else {
    for (const auto& [day, name] : rules.calendars[index].closed_days) mark(day);
  }
  auto* data = llvm::ConstantDataArray::get(context, bits);
  auto* words = new llvm::GlobalVariable(module, data->getType(), true,
                                         llvm::GlobalValue::PrivateLinkage, data, "closed_days");
  auto* type = llvm::StructType::get(b.getPtrTy(), b.getInt32Ty(), b.getInt32Ty());
  auto* init = llvm::ConstantStruct::get(
      type, {words, i32(static_cast<uint32_t>(first)), i32(static_cast<uint32_t>(last))});
  auto* cal = new llvm::GlobalVariable(module, type, true, llvm::GlobalValue::PrivateLinkage, init,
                                       "calendar");
  calendars_[index] = cal;
  return cal;
}

llvm::Constant* Emitter::table(const std::string& name, std::vector<llvm::Constant*> rows,
                               llvm::StructType* row) {
  auto* type = llvm::ArrayType::get(row, rows.size());
  auto* init = llvm::ConstantArray::get(type, rows);
  return new llvm::GlobalVariable(module, type, true, llvm::GlobalValue::PrivateLinkage, init,
                                  name);
}

llvm::Constant* Emitter::param_table(ir::Index index) {
  if (auto it = params_.find(index); it != params_.end()) return it->second;
  auto* row = llvm::StructType::get(b.getInt32Ty(), b.getInt32Ty(), b.getInt64Ty());
  std::vector<llvm::Constant*> rows;
  for (const auto& [period, value] : rules.params[index].values) {
    rows.push_back(
        llvm::ConstantStruct::get(row, {i32(static_cast<uint32_t>(period.from)),
                                        i32(static_cast<uint32_t>(period.until)), i64(value)}));
  }
  static_assert(sizeof(frist_rt_param_entry) == 16);
  llvm::Constant* t = table("param", rows, row);
  params_[index] = t;
  return t;
}

llvm::Constant* Emitter::text(const std::string& bytes) {
  if (auto it = texts_.find(bytes); it != texts_.end()) return it->second;
  auto* data = llvm::ConstantDataArray::getString(context, bytes, false);
  auto* g = new llvm::GlobalVariable(module, data->getType(), true,
                                     llvm::GlobalValue::PrivateLinkage, data, "text");
  g->setUnnamedAddr(llvm::GlobalValue::UnnamedAddr::Global);
  texts_[bytes] = g;
  return g;
}

void Emitter::begin(llvm::Function* f) {
  b.SetInsertPoint(BasicBlock::Create(context, "entry", f));
  // A location belongs to one function's subprogram: never carry one over.
  b.SetCurrentDebugLocation(llvm::DebugLoc());
  ctx_ = f->arg_size() > 0 ? f->getArg(0) : nullptr;
}

void Emitter::describe(const std::string& name, const ir::SourceLoc& loc, bool artificial) {
  if (!debug_) return;
  llvm::Function* f = b.GetInsertBlock()->getParent();
  debug_->describe(f, name, loc, artificial);
  // Even a function from nowhere gets line 0: with a subprogram, every
  // call needs a location.
  b.SetCurrentDebugLocation(debug_->at(f, loc));
}

void Emitter::locate(const ir::SourceLoc& loc) {
  if (!debug_ || !loc.valid()) return;
  b.SetCurrentDebugLocation(debug_->at(b.GetInsertBlock()->getParent(), loc));
}

ir::SourceLoc Emitter::entry_location() const {
  return debug_ ? debug_->entry_location() : ir::SourceLoc{};
}

void Emitter::finish_debug_info() {
  if (debug_) debug_->finish();
}

Value* Emitter::slot(llvm::Type* type, Value* init) {
  BasicBlock& entry = b.GetInsertBlock()->getParent()->getEntryBlock();
  llvm::IRBuilder<> at(&entry, entry.begin());
  at.SetCurrentDebugLocation(b.getCurrentDebugLocation());
  Value* s = at.CreateAlloca(type);
  if (init) b.CreateStore(init, s);
  return s;
}

void Emitter::when(Value* cond, const std::function<void()>& body) {
  when_else(cond, body, [] {});
}

void Emitter::when_else(Value* cond, const std::function<void()>& then,
                        const std::function<void()>& otherwise) {
  llvm::Function* f = b.GetInsertBlock()->getParent();
  BasicBlock* yes = BasicBlock::Create(context, "then", f);
  BasicBlock* no = BasicBlock::Create(context, "else", f);
  BasicBlock* done = BasicBlock::Create(context, "endif", f);
  b.CreateCondBr(cond, yes, no);
  for (auto [block, body] : {std::pair{yes, &then}, std::pair{no, &otherwise}}) {
    b.SetInsertPoint(block);
    (*body)();
    if (!b.GetInsertBlock()->getTerminator()) b.CreateBr(done);
  }
  b.SetInsertPoint(done);
}

void Emitter::return_if(Value* cond, const std::function<void()>& body) {
  when(cond, [&] {
    body();
    if (!b.GetInsertBlock()->getTerminator()) b.CreateRetVoid();
  });
}

void Emitter::for_events(
    const std::function<void(Value*, Value*, BasicBlock*, BasicBlock*)>& body) {
  llvm::Function* f = b.GetInsertBlock()->getParent();
  Value* i = slot(b.getInt32Ty(), i32(0));
  Value* events = field(ctx_, offsetof(frist_rt_ctx, events), b.getPtrTy());
  Value* n = field(ctx_, offsetof(frist_rt_ctx, event_count), b.getInt32Ty());
  BasicBlock* head = BasicBlock::Create(context, "events", f);
  BasicBlock* each = BasicBlock::Create(context, "event", f);
  BasicBlock* next = BasicBlock::Create(context, "next_event", f);
  BasicBlock* exit = BasicBlock::Create(context, "events_done", f);
  b.CreateBr(head);
  b.SetInsertPoint(head);
  Value* iv = load(b.getInt32Ty(), i);
  b.CreateCondBr(b.CreateICmpULT(iv, n), each, exit);
  b.SetInsertPoint(each);
  Value* offset = b.CreateMul(b.CreateZExt(iv, b.getInt64Ty()), i64(sizeof(frist_event)));
  Value* ev = b.CreateGEP(b.getInt8Ty(), events, offset);
  body(iv, ev, next, exit);
  if (!b.GetInsertBlock()->getTerminator()) b.CreateBr(next);
  b.SetInsertPoint(next);
  set(i, b.CreateAdd(iv, i32(1)));
  b.CreateBr(head);
  b.SetInsertPoint(exit);
}

Value* Emitter::field(Value* base, size_t offset, llvm::Type* type) {
  Value* p = b.CreateConstInBoundsGEP1_64(b.getInt8Ty(), base, offset);
  return b.CreateLoad(type, p);
}

void Emitter::store(Value* base, size_t offset, Value* value) {
  Value* p = b.CreateConstInBoundsGEP1_64(b.getInt8Ty(), base, offset);
  b.CreateStore(value, p);
}

Value* Emitter::fact(ir::Index slot) {
  Value* facts = field(ctx_, offsetof(frist_rt_ctx, facts), b.getPtrTy());
  return b.CreateConstInBoundsGEP1_64(b.getInt8Ty(), facts, uint64_t{slot} * sizeof(frist_value));
}

Value* Emitter::obligation() {
  BasicBlock& entry = b.GetInsertBlock()->getParent()->getEntryBlock();
  llvm::IRBuilder<> at(&entry, entry.begin());
  at.SetCurrentDebugLocation(b.getCurrentDebugLocation());
  llvm::AllocaInst* o =
      at.CreateAlloca(llvm::ArrayType::get(b.getInt8Ty(), sizeof(frist_obligation)));
  o->setAlignment(llvm::Align(alignof(frist_obligation)));
  return o;
}

Value* Emitter::copy_obligation(Value* from) {
  Value* o = obligation();
  llvm::Align align(alignof(frist_obligation));
  b.CreateMemCpy(o, align, from, align, sizeof(frist_obligation));
  return o;
}

Value* Emitter::trial_state(Value* trial) {
  Value* trials = field(ctx_, offsetof(frist_rt_ctx, trials), b.getPtrTy());
  Value* offset = b.CreateMul(b.CreateZExt(trial, b.getInt64Ty()), i64(sizeof(frist_rt_trial)));
  return b.CreateGEP(b.getInt8Ty(), trials, offset);
}

}  // namespace frist::codegen
