// Optimisation with the new pass manager, at three levels. O2 is LLVM's
// default O2 pipeline, for code built ahead of time. O1, the JIT's, inlines
// the support code into the rulebook's functions and simplifies the result
// (constant tables fold there too) but skips the loop, vectoriser and
// value-range passes of O2: they make up most of its time on a large
// rulebook, and the short event scans and straight-line rule code they would
// improve gain only a few per cent (docs/performance.md has the numbers).
// O0 keeps the code as generated, for debugging. With LLVM's -time-passes
// (or -print-after etc.) switched on through llvm::cl, the standard
// instrumentation reports on these pipelines too.
#include <llvm/Analysis/CGSCCPassManager.h>
#include <llvm/Analysis/LoopAnalysisManager.h>
#include <llvm/IR/PassInstrumentation.h>
#include <llvm/IR/PassManager.h>
#include <llvm/IR/PassTimingInfo.h>
#include <llvm/Passes/PassBuilder.h>
#include <llvm/Passes/StandardInstrumentations.h>
#include <llvm/Transforms/IPO/GlobalDCE.h>
#include <llvm/Transforms/IPO/Inliner.h>
#include <llvm/Transforms/InstCombine/InstCombine.h>
#include <llvm/Transforms/Scalar/EarlyCSE.h>
#include <llvm/Transforms/Scalar/SROA.h>
#include <llvm/Transforms/Scalar/SimplifyCFG.h>

#include <optional>

#include "codegen/codegen.h"

namespace frist::codegen {

namespace {

// Built from pass objects rather than a textual pipeline, whose parser
// turns on checks meant for LLVM's own tests (instcombine's fix-point
// verification aborts the process). Unused support functions go first, so
// the inliner never visits them; the last sweep takes the support functions
// that were inlined everywhere they were used.
llvm::ModulePassManager jit_pipeline() {
  llvm::FunctionPassManager simplify;
  simplify.addPass(llvm::SROAPass(llvm::SROAOptions::ModifyCFG));
  simplify.addPass(llvm::EarlyCSEPass());
  simplify.addPass(llvm::SimplifyCFGPass());
  simplify.addPass(llvm::InstCombinePass());
  llvm::CGSCCPassManager inline_and_simplify;
  inline_and_simplify.addPass(llvm::InlinerPass());
  inline_and_simplify.addPass(llvm::createCGSCCToFunctionPassAdaptor(std::move(simplify)));
  llvm::ModulePassManager mpm;
  mpm.addPass(llvm::GlobalDCEPass());
  mpm.addPass(llvm::createModuleToPostOrderCGSCCPassAdaptor(std::move(inline_and_simplify)));
  mpm.addPass(llvm::GlobalDCEPass());
  return mpm;
}

}  // namespace

void optimize(llvm::Module& module, llvm::TargetMachine& target, OptLevel level) {
  module.setDataLayout(target.createDataLayout());
  module.setTargetTriple(target.getTargetTriple().str());
  llvm::LoopAnalysisManager lam;
  llvm::FunctionAnalysisManager fam;
  llvm::CGSCCAnalysisManager cgam;
  llvm::ModuleAnalysisManager mam;
  // Only for profiling: instrumentation costs time on every pass.
  llvm::PassInstrumentationCallbacks callbacks;
  std::optional<llvm::StandardInstrumentations> instrumentation;
  if (llvm::TimePassesIsEnabled) {
    instrumentation.emplace(module.getContext(), false);
    instrumentation->registerCallbacks(callbacks, &mam);
  }
  llvm::PassBuilder pb(&target, llvm::PipelineTuningOptions(), std::nullopt,
                       instrumentation ? &callbacks : nullptr);
  pb.registerModuleAnalyses(mam);
  pb.registerCGSCCAnalyses(cgam);
  pb.registerFunctionAnalyses(fam);
  pb.registerLoopAnalyses(lam);
  pb.crossRegisterProxies(lam, fam, cgam, mam);
  llvm::ModulePassManager mpm;
  switch (level) {
    case OptLevel::O0:
      mpm = pb.buildO0DefaultPipeline(llvm::OptimizationLevel::O0);
      break;
    case OptLevel::O1:
      mpm = jit_pipeline();
      break;
    case OptLevel::O2:
      mpm = pb.buildPerModuleDefaultPipeline(llvm::OptimizationLevel::O2);
      break;
  }
  mpm.run(module, mam);
}

}  // namespace frist::codegen
