// DWARF for generated code (codegen::Options::debug_info): a compile unit,
// one file per rulebook source file, a subprogram per generated function at
// the line of what it evaluates, and locations that map instructions back
// to rule source lines, so a debugger can step through a rulebook and a
// profiler can name the rule a sample fell in. Expressions of a trial that
// change a requirement sit in the requirement's function but in the trial's
// file; a lexical block file scope carries that switch of file.
#pragma once

#include <llvm/IR/DIBuilder.h>
#include <llvm/IR/DebugInfoMetadata.h>
#include <llvm/IR/Module.h>

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "ir/ir.h"

namespace frist::codegen {

class DebugInfo {
 public:
  DebugInfo(llvm::Module& module, const ir::Module& rules);

  // Gives `f` a subprogram named `name`, declared at `loc`. Artificial
  // functions (the entry points) are marked so; they exist in no rule.
  void describe(llvm::Function* f, const std::string& name, const ir::SourceLoc& loc,
                bool artificial);
  // `loc` inside `f`'s subprogram; an invalid `loc` is line 0 ("no source
  // line" in DWARF). Empty when `f` has no subprogram.
  llvm::DebugLoc at(llvm::Function* f, const ir::SourceLoc& loc);
  // Where the entry points are said to be: the first rule declaration.
  ir::SourceLoc entry_location() const;
  // Resolves the metadata and marks the module as carrying DWARF 5.
  void finish();

 private:
  llvm::DIFile* file(ir::Index index);
  llvm::DIScope* scope(llvm::DISubprogram* sp, ir::Index file);

  llvm::Module& module_;
  const ir::Module& rules_;
  llvm::DIBuilder builder_;
  std::vector<llvm::DIFile*> files_;
  llvm::DIFile* unnamed_ = nullptr;  // for modules without source files
  llvm::DISubroutineType* type_ = nullptr;
  std::map<std::pair<llvm::DISubprogram*, ir::Index>, llvm::DILexicalBlockFile*> blocks_;
};

}  // namespace frist::codegen
