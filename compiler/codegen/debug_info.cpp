// The DIBuilder side of debug info. Files are split into a directory and a
// name as compilers do, relative paths against the working directory, so a
// debugger finds the rule source from wherever it runs.
#include "codegen/debug_info.h"

#include <llvm/BinaryFormat/Dwarf.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/Path.h>

namespace frist::codegen {

namespace {

llvm::DIFile* make_file(llvm::DIBuilder& builder, const std::string& path) {
  llvm::SmallString<256> absolute(path);
  llvm::sys::fs::make_absolute(absolute);
  llvm::sys::path::remove_dots(absolute, true);
  return builder.createFile(llvm::sys::path::filename(absolute),
                            llvm::sys::path::parent_path(absolute));
}

}  // namespace

DebugInfo::DebugInfo(llvm::Module& module, const ir::Module& rules)
    : module_(module), rules_(rules), builder_(module) {
  files_.resize(rules.files.size(), nullptr);
  llvm::DIFile* main = rules.files.empty() ? file(ir::kNone) : file(0);
  builder_.createCompileUnit(llvm::dwarf::DW_LANG_C99, main, "frist", false, "", 0);
  type_ = builder_.createSubroutineType(builder_.getOrCreateTypeArray({}));
}

llvm::DIFile* DebugInfo::file(ir::Index index) {
  if (index >= files_.size() || rules_.files[index].empty()) {
    if (!unnamed_) unnamed_ = make_file(builder_, module_.getModuleIdentifier() + ".frist");
    return unnamed_;
  }
  if (!files_[index]) files_[index] = make_file(builder_, rules_.files[index]);
  return files_[index];
}

void DebugInfo::describe(llvm::Function* f, const std::string& name, const ir::SourceLoc& loc,
                         bool artificial) {
  llvm::DIFile* where = file(loc.file);
  auto sp_flags = llvm::DISubprogram::SPFlagDefinition;
  if (f->hasLocalLinkage()) sp_flags |= llvm::DISubprogram::SPFlagLocalToUnit;
  auto flags = artificial ? llvm::DINode::FlagArtificial : llvm::DINode::FlagPrototyped;
  llvm::StringRef linkage = name == f->getName() ? llvm::StringRef() : f->getName();
  f->setSubprogram(builder_.createFunction(where, name, linkage, where, loc.line, type_, loc.line,
                                           flags, sp_flags));
}

llvm::DIScope* DebugInfo::scope(llvm::DISubprogram* sp, ir::Index index) {
  llvm::DIFile* wanted = file(index);
  if (wanted == sp->getFile()) return sp;
  llvm::DILexicalBlockFile*& block = blocks_[{sp, index}];
  if (!block) block = builder_.createLexicalBlockFile(sp, wanted);
  return block;
}

llvm::DebugLoc DebugInfo::at(llvm::Function* f, const ir::SourceLoc& loc) {
  llvm::DISubprogram* sp = f->getSubprogram();
  if (!sp) return {};
  if (!loc.valid()) return llvm::DILocation::get(module_.getContext(), 0, 0, sp);
  return llvm::DILocation::get(module_.getContext(), loc.line, loc.column, scope(sp, loc.file));
}

ir::SourceLoc DebugInfo::entry_location() const {
  for (const ir::Requirement& r : rules_.requirements) {
    if (r.loc.valid()) return r.loc;
  }
  for (const ir::Trial& t : rules_.trials) {
    if (t.loc.valid()) return t.loc;
  }
  return {};
}

void DebugInfo::finish() {
  builder_.finalize();
  module_.addModuleFlag(llvm::Module::Warning, "Debug Info Version", llvm::DEBUG_METADATA_VERSION);
  module_.addModuleFlag(llvm::Module::Warning, "Dwarf Version", 5);
}

}  // namespace frist::codegen
