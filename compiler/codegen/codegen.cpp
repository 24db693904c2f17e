// The module-level steps of code generation: limits, the support bitcode as
// the module's start, the exported entry points (evaluate dispatches on the
// case's schema and runs its requirements in dependency order), and the
// cleanup that leaves only the entry points visible.
#include "codegen/codegen.h"

#include <llvm/Bitcode/BitcodeReader.h>
#include <llvm/IR/Verifier.h>
#include <llvm/Support/MemoryBuffer.h>
#include <llvm/Support/raw_ostream.h>

#include <algorithm>

#include "codegen/emitter.h"
#include "codegen/support_bitcode.h"
#include "native/support.h"

namespace frist::codegen {

namespace {

llvm::Error fail(const std::string& message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), message);
}

llvm::Expected<std::unique_ptr<llvm::Module>> load_support(llvm::LLVMContext& context) {
  llvm::MemoryBufferRef buffer(
      llvm::StringRef(reinterpret_cast<const char*>(support_bitcode().data()),
                      support_bitcode().size()),
      "frist_support");
  auto module = llvm::parseBitcodeFile(buffer, context);
  if (!module) return module.takeError();
  // The support code must inline into generated functions, which carry no
  // CPU attributes: the target machine decides for both.
  for (llvm::Function& f : **module) {
    f.removeFnAttr("target-cpu");
    f.removeFnAttr("target-features");
    f.removeFnAttr("tune-cpu");
    f.removeFnAttr("no-builtins");
  }
  return module;
}

void emit_evaluate(Emitter& em, const std::vector<llvm::Function*>& requirements,
                   const std::string& prefix) {
  llvm::IRBuilder<>& b = em.b;
  llvm::Function* f = em.define(prefix + "evaluate", b.getInt32Ty(),
                                {b.getPtrTy(), b.getInt32Ty(), b.getPtrTy(), b.getPtrTy()}, true);
  em.begin(f);
  em.describe(prefix + "evaluate", em.entry_location(), true);
  auto bytes = [&](size_t n, size_t align) {
    llvm::AllocaInst* a =
        b.CreateAlloca(llvm::ArrayType::get(b.getInt8Ty(), std::max<size_t>(n, 1)));
    a->setAlignment(llvm::Align(align));
    return a;
  };
  const ir::Module& rules = em.rules;
  auto n_req = static_cast<uint32_t>(rules.requirements.size());
  auto n_trials = static_cast<uint32_t>(rules.trials.size());
  llvm::Value* ctx = bytes(sizeof(frist_rt_ctx), alignof(frist_rt_ctx));
  llvm::Value* primary = bytes(n_req * sizeof(frist_rt_primary), alignof(frist_rt_primary));
  llvm::Value* trials = bytes(n_trials * sizeof(frist_rt_trial), alignof(frist_rt_trial));
  llvm::Value* c = f->getArg(0);
  llvm::Value* rc = em.call("frist_rt_begin", {ctx, c, f->getArg(1), f->getArg(2), f->getArg(3),
                                               primary, em.i32(n_req), trials, em.i32(n_trials),
                                               em.i32(static_cast<uint32_t>(rules.schemas.size())),
                                               em.i32(static_cast<uint32_t>(rules.events.size()))});
  em.when(b.CreateICmpNE(rc, em.i32(0)), [&] { b.CreateRet(rc); });
  llvm::Value* schema = em.field(c, offsetof(frist_case, schema), b.getInt32Ty());
  llvm::BasicBlock* done = llvm::BasicBlock::Create(em.context, "done", f);
  llvm::SwitchInst* sw = b.CreateSwitch(schema, done);
  for (ir::Index s = 0; s < rules.schemas.size(); ++s) {
    llvm::BasicBlock* block = llvm::BasicBlock::Create(em.context, "schema", f);
    sw->addCase(em.i32(s), block);
    b.SetInsertPoint(block);
    for (ir::Index r = 0; r < rules.requirements.size(); ++r) {
      if (rules.requirements[r].schema != s) continue;
      Located call_site(em, rules.requirements[r].loc);
      b.CreateCall(requirements[r], {ctx});
    }
    b.CreateBr(done);
  }
  b.SetInsertPoint(done);
  b.CreateRet(em.call("frist_rt_finish", {ctx}));
}

void emit_constant(Emitter& em, const std::string& name, uint32_t value) {
  llvm::Function* f = em.define(name, em.b.getInt32Ty(), {}, true);
  em.begin(f);
  em.describe(name, em.entry_location(), true);
  em.b.CreateRet(em.i32(value));
}

}  // namespace

llvm::Error check_limits(const ir::Module& rules) {
  for (const ir::SchemaLayout& s : rules.schemas) {
    if (s.facts.size() > FRIST_MAX_FACTS) {
      return fail("case `" + s.name + "` has " + std::to_string(s.facts.size()) +
                  " facts; native code supports at most " + std::to_string(FRIST_MAX_FACTS));
    }
  }
  if (rules.events.size() > FRIST_MAX_EVENT_KINDS) {
    return fail("the rulebook has " + std::to_string(rules.events.size()) +
                " event kinds; native code supports at most " +
                std::to_string(FRIST_MAX_EVENT_KINDS));
  }
  for (const ir::Requirement& r : rules.requirements) {
    if (r.effects.size() > 64) {
      return fail("requirement `" + r.name + "` is changed by " + std::to_string(r.effects.size()) +
                  " trial effects; native code supports at most 64");
    }
    for (const ir::Version& v : r.versions) {
      if (v.window.form == ir::WindowForm::Cadence && !v.window.anchor && !v.no_duty) {
        return fail("requirement `" + r.name + "` has a cadence without a start");
      }
    }
  }
  for (const ir::Trial& t : rules.trials) {
    if (t.schema >= rules.schemas.size() ||
        t.municipality_slot >= rules.schemas[t.schema].facts.size()) {
      return fail("trial `" + t.name + "` has no municipality fact");
    }
  }
  return llvm::Error::success();
}

uint32_t max_obligations(const ir::Module& rules) {
  uint64_t most = 0;
  for (ir::Index s = 0; s < rules.schemas.size(); ++s) {
    uint64_t total = 0;
    for (const ir::Requirement& r : rules.requirements) {
      if (r.schema != s) continue;
      bool cadence = false;
      for (const ir::EffectRef& e : r.effects) {
        cadence |= e.window && e.window->form == ir::WindowForm::Cadence;
      }
      uint64_t per_requirement = 1;
      for (const ir::Version& v : r.versions) {
        uint64_t n = v.trigger == ir::TriggerForm::EachEvent ? ir::kMaxOccurrences : 1;
        if (cadence || v.window.form == ir::WindowForm::Cadence) n *= ir::kMaxOccurrences;
        per_requirement = std::max(per_requirement, n);
      }
      total += per_requirement;
    }
    most = std::max(most, total);
  }
  return static_cast<uint32_t>(std::min<uint64_t>(most, UINT32_MAX));
}

llvm::Expected<std::unique_ptr<llvm::Module>> generate(const ir::Module& rules,
                                                       llvm::LLVMContext& context,
                                                       const Options& options) {
  if (llvm::Error e = check_limits(rules)) return e;
  auto module = load_support(context);
  if (!module) return module.takeError();
  llvm::Module& m = **module;
  m.setModuleIdentifier(options.module_name);
  Emitter em(m, rules, options.debug_info);
  for (ir::Index t = 0; t < rules.trials.size(); ++t) em.membership(t);
  std::vector<llvm::Function*> requirements;
  for (ir::Index r = 0; r < rules.requirements.size(); ++r) {
    requirements.push_back(em.requirement(r));
  }
  emit_evaluate(em, requirements, options.symbol_prefix);
  emit_constant(em, options.symbol_prefix + "abi_version", FRIST_ABI_VERSION);
  emit_constant(em, options.symbol_prefix + "max_obligations", max_obligations(rules));
  emit_info(m, rules, options.symbol_prefix + "info", options.module_name);
  for (llvm::Function& f : m) {
    if (!f.isDeclaration() && f.getName().starts_with("frist_rt_")) {
      f.setLinkage(llvm::GlobalValue::InternalLinkage);
    }
  }
  em.finish_debug_info();
  std::string problems;
  llvm::raw_string_ostream out(problems);
  if (llvm::verifyModule(m, &out)) return fail("generated code does not verify: " + problems);
  return module;
}

}  // namespace frist::codegen
