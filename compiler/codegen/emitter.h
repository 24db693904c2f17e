// The state shared by the code generator's emitters: the LLVM module (which
// starts as the support bitcode, runtime/native/support.c), the builder, the
// constant tables of the rulebook, and small helpers for stack slots,
// structured control flow and the C structs of runtime/native/support.h.
// Each emit_*.cpp file mirrors one file of the interpreter (compiler/interp),
// so the two engines can be read side by side.
#pragma once

#include <llvm/IR/IRBuilder.h>
#include <llvm/IR/Module.h>

#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "codegen/debug_info.h"
#include "ir/ir.h"

namespace frist::codegen {

// An IR value during evaluation: int64 plus known bit; text also as bytes.
struct Val {
  llvm::Value* v = nullptr;
  llvm::Value* known = nullptr;
  llvm::Value* text = nullptr;  // ptr, Text values only
  llvm::Value* len = nullptr;   // i64
};

// interp::Resolution as stack slots of the requirement function.
struct Res {
  llvm::Value* trial = nullptr;   // i32 slot, kNoIndex when none
  llvm::Value* exempt = nullptr;  // i1 slot
  llvm::Value* saving = nullptr;  // i64 slot
  llvm::Value* window = nullptr;  // i32 slot: -1 own window, else effect index
  llvm::Value* alt = nullptr;     // i64 slot: bit j = alternatives of effect j apply
};

class Emitter {
 public:
  Emitter(llvm::Module& module, const ir::Module& rules, bool debug_info = false);

  // ---- module level (emitter.cpp) ----
  llvm::Value* call(const char* rt_name, std::vector<llvm::Value*> args);
  llvm::Function* define(const std::string& name, llvm::Type* ret, std::vector<llvm::Type*> params,
                         bool exported);
  llvm::Constant* calendar(ir::Index index);
  llvm::Constant* param_table(ir::Index index);
  llvm::Constant* text(const std::string& bytes);
  llvm::Constant* table(const std::string& name, std::vector<llvm::Constant*> rows,
                        llvm::StructType* row);

  // ---- function level (emitter.cpp) ----
  void begin(llvm::Function* f);
  // Debug info, each a no-op without it: gives the function just begun a
  // subprogram, at whose `loc` the instructions that follow are.
  void describe(const std::string& name, const ir::SourceLoc& loc, bool artificial = false);
  // The instructions that follow are at `loc`; an invalid one changes nothing.
  void locate(const ir::SourceLoc& loc);
  ir::SourceLoc entry_location() const;
  void finish_debug_info();
  llvm::Value* slot(llvm::Type* type, llvm::Value* init = nullptr);
  llvm::Value* load(llvm::Type* type, llvm::Value* slot) { return b.CreateLoad(type, slot); }
  void set(llvm::Value* slot, llvm::Value* value) { b.CreateStore(value, slot); }
  // Runs `body` when `cond` holds; body may end in a return.
  void when(llvm::Value* cond, const std::function<void()>& body);
  void when_else(llvm::Value* cond, const std::function<void()>& then,
                 const std::function<void()>& otherwise);
  // Returns from the current function (void) when `cond` holds, after `body`.
  void return_if(llvm::Value* cond, const std::function<void()>& body);
  // for i in 0..event_count: body(i, event, next, exit); falling off = next.
  void for_events(const std::function<void(llvm::Value* i, llvm::Value* ev, llvm::BasicBlock* next,
                                           llvm::BasicBlock* exit)>& body);
  llvm::Value* field(llvm::Value* base, size_t offset, llvm::Type* type);
  void store(llvm::Value* base, size_t offset, llvm::Value* value);
  llvm::Value* ctx() const { return ctx_; }
  llvm::Value* fact(ir::Index slot);
  llvm::Value* obligation();
  llvm::Value* copy_obligation(llvm::Value* from);
  llvm::Value* trial_state(llvm::Value* trial);

  llvm::ConstantInt* i1(bool x) { return b.getInt1(x); }
  llvm::ConstantInt* i8(uint8_t x) { return b.getInt8(x); }
  llvm::ConstantInt* i32(uint32_t x) { return b.getInt32(x); }
  llvm::ConstantInt* i64(int64_t x) { return b.getInt64(static_cast<uint64_t>(x)); }

  // ---- expressions (emit_expr.cpp) ----
  Val eval(const ir::Expr& e, llvm::Value* bound = nullptr);
  // ExprEval::missing into ctx->miss (call after it was cleared).
  void collect(const ir::Expr& e);
  // Clears ctx->miss, collects `e`'s missing facts and events, emits undetermined.
  void undetermined(llvm::Value* o, const ir::Expr& e);
  llvm::Value* matches(const std::optional<ir::Expr>& predicate, llvm::Value* ev);

  // ---- requirements (emit_requirement.cpp) ----
  llvm::Function* requirement(ir::Index index);
  llvm::Function* membership(ir::Index trial);

  // ---- windows (emit_window.cpp) ----
  void obligations(ir::Index req, ir::Index version, const Res& res, llvm::Value* o);

  llvm::LLVMContext& context;
  llvm::Module& module;
  const ir::Module& rules;
  llvm::IRBuilder<> b;

 private:
  Val eval_node(const ir::Expr& e, llvm::Value* bound);
  Val load_value(llvm::Value* value_ptr, bool is_text);
  Val arith(const ir::Expr& e, llvm::Value* bound);
  Val logic(const ir::Expr& e, llvm::Value* bound);
  Val dates(const ir::Expr& e, llvm::Value* bound);
  Val scan(const ir::Expr& e);
  Val call_known(const char* rt_name, std::vector<llvm::Value*> args, llvm::Value* guard);

  void resolve_trials(const ir::Requirement& r, const Res& res, llvm::Value* o);
  void version_body(ir::Index index, ir::Index version, llvm::Value* o);
  void duty_body(ir::Index index, llvm::Value* o);
  void ensure_membership(ir::Index trial);

  llvm::Function* window_function(ir::Index req, ir::Index version, const ir::WindowPlan& w,
                                  int effect);
  void fixed(const ir::Version& v, const ir::WindowPlan& w, llvm::Value* o, llvm::Value* start);
  void dependency(const ir::Version& v, const ir::WindowPlan& w, llvm::Value* o,
                  llvm::Value* start);
  void cadence(const ir::Version& v, const ir::WindowPlan& w, llvm::Value* o);
  void settle(llvm::Value* o, const ir::Version& v, llvm::Value* from, llvm::Value* after_event);
  llvm::Value* roll(const ir::WindowPlan& w, llvm::Value* latest);

  llvm::Value* ctx_ = nullptr;
  // Window functions see the resolution as arguments.
  llvm::Value* res_trial_ = nullptr;
  llvm::Value* res_alt_ = nullptr;
  const ir::Requirement* current_ = nullptr;
  std::map<ir::Index, llvm::Constant*> calendars_;
  std::map<ir::Index, llvm::Constant*> params_;
  std::map<std::string, llvm::Constant*> texts_;
  std::map<ir::Index, llvm::Function*> memberships_;
  llvm::StructType* obligation_type_ = nullptr;
  std::unique_ptr<DebugInfo> debug_;
};

// Emits at `loc` for the rest of the scope, then where the emitter was: an
// expression's own instructions come after its operands'.
class Located {
 public:
  Located(Emitter& em, const ir::SourceLoc& loc)
      : b_(em.b), saved_(em.b.getCurrentDebugLocation()) {
    em.locate(loc);
  }
  ~Located() { b_.SetCurrentDebugLocation(saved_); }
  Located(const Located&) = delete;
  Located& operator=(const Located&) = delete;

 private:
  llvm::IRBuilder<>& b_;
  llvm::DebugLoc saved_;
};

}  // namespace frist::codegen
