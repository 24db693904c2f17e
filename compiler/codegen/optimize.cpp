// Optimisation with the new pass manager: the default O2 pipeline, which
// inlines the support code into the rulebook's functions and folds the
// constant tables; O0 keeps the code as generated for debugging.
#include <llvm/Analysis/CGSCCPassManager.h>
#include <llvm/Analysis/LoopAnalysisManager.h>
#include <llvm/IR/PassManager.h>
#include <llvm/Passes/PassBuilder.h>

#include "codegen/codegen.h"

namespace frist::codegen {

void optimize(llvm::Module& module, llvm::TargetMachine& target, OptLevel level) {
  module.setDataLayout(target.createDataLayout());
  module.setTargetTriple(target.getTargetTriple().str());
  llvm::LoopAnalysisManager lam;
  llvm::FunctionAnalysisManager fam;
  llvm::CGSCCAnalysisManager cgam;
  llvm::ModuleAnalysisManager mam;
  llvm::PassBuilder pb(&target);
  pb.registerModuleAnalyses(mam);
  pb.registerCGSCCAnalyses(cgam);
  pb.registerFunctionAnalyses(fam);
  pb.registerLoopAnalyses(lam);
  pb.crossRegisterProxies(lam, fam, cgam, mam);
  llvm::ModulePassManager mpm = level == OptLevel::O2
                                    ? pb.buildPerModuleDefaultPipeline(llvm::OptimizationLevel::O2)
                                    : pb.buildO0DefaultPipeline(llvm::OptimizationLevel::O0);
  mpm.run(module, mam);
}

}  // namespace frist::codegen
