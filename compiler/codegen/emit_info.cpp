// The rulebook's self-description (frist_rulebook_info in frist/frist.h) as
// constant data behind `<prefix>info()`: an embedding program that loads a
// library it has no header for can still fill cases by name and report
// obligations with their titles and legal basis. Built only from the IR, so
// it names exactly what the evaluation code indexes.
#include <llvm/IR/Constants.h>
#include <llvm/IR/IRBuilder.h>

#include <map>

#include "codegen/codegen.h"
#include "frist/frist.h"
#include "ir/describe.h"

namespace frist::codegen {

namespace {

class InfoEmitter {
 public:
  InfoEmitter(llvm::Module& m) : m_(m), b_(m.getContext()) {}

  llvm::Constant* rulebook(const ir::Module& rules, const std::string& name);

 private:
  llvm::Constant* str(const std::string& s);
  llvm::Constant* array(const std::string& name, llvm::Type* element,
                        const std::vector<llvm::Constant*>& rows);
  llvm::Constant* strings(const std::vector<std::string>& list);
  llvm::Constant* field(const ir::FieldLayout& f);
  llvm::Constant* fields(const std::vector<ir::FieldLayout>& list);
  llvm::Constant* requirement(const ir::Requirement& r, const eval::RequirementInfo& names);
  llvm::Constant* trial(const ir::Trial& t);
  llvm::ConstantInt* u32(size_t v) { return b_.getInt32(static_cast<uint32_t>(v)); }
  llvm::ConstantInt* i64(int64_t v) { return b_.getInt64(static_cast<uint64_t>(v)); }
  llvm::PointerType* ptr() { return b_.getPtrTy(); }
  llvm::IntegerType* i32() { return b_.getInt32Ty(); }

  llvm::Module& m_;
  llvm::IRBuilder<> b_;
  std::map<std::string, llvm::Constant*> strings_;
  // Struct types in the field order of frist.h; padding falls out of the
  // data layout exactly as the C compiler lays the structs out.
  llvm::StructType* field_t_ =
      llvm::StructType::get(ptr(), i32(), i32(), i32(), i32(), b_.getInt64Ty(), b_.getInt64Ty());
  llvm::StructType* named_list_t_ = llvm::StructType::get(ptr(), i32(), ptr());
  llvm::StructType* enum_t_ = named_list_t_;
  llvm::StructType* version_t_ = named_list_t_;
  llvm::StructType* requirement_t_ =
      llvm::StructType::get(ptr(), ptr(), ptr(), ptr(), i32(), i32(), i32(), ptr());
  llvm::StructType* trial_t_ = llvm::StructType::get(ptr(), ptr(), i32(), i32(), ptr());
};

llvm::Constant* InfoEmitter::str(const std::string& s) {
  if (auto it = strings_.find(s); it != strings_.end()) return it->second;
  llvm::Constant* c = b_.CreateGlobalString(s, "info_str", 0, &m_);
  strings_[s] = c;
  return c;
}

llvm::Constant* InfoEmitter::array(const std::string& name, llvm::Type* element,
                                   const std::vector<llvm::Constant*>& rows) {
  if (rows.empty()) return llvm::ConstantPointerNull::get(ptr());
  auto* type = llvm::ArrayType::get(element, rows.size());
  return new llvm::GlobalVariable(m_, type, true, llvm::GlobalValue::PrivateLinkage,
                                  llvm::ConstantArray::get(type, rows), name);
}

llvm::Constant* InfoEmitter::strings(const std::vector<std::string>& list) {
  std::vector<llvm::Constant*> rows;
  for (const std::string& s : list) rows.push_back(str(s));
  return array("info_strings", ptr(), rows);
}

uint32_t abi_type(ir::Type t) {
  switch (t) {
    case ir::Type::Bool:
      return FRIST_TYPE_BOOL;
    case ir::Type::Int:
      return FRIST_TYPE_INTEGER;
    case ir::Type::Decimal:
      return FRIST_TYPE_DECIMAL;
    case ir::Type::Money:
      return FRIST_TYPE_MONEY;
    case ir::Type::Date:
      return FRIST_TYPE_DATE;
    case ir::Type::Text:
      return FRIST_TYPE_TEXT;
    case ir::Type::Enum:
      return FRIST_TYPE_ENUM;
    case ir::Type::Set:
      return FRIST_TYPE_SET;
  }
  return FRIST_TYPE_INTEGER;
}

llvm::Constant* InfoEmitter::field(const ir::FieldLayout& f) {
  return llvm::ConstantStruct::get(
      field_t_, {str(f.name), u32(abi_type(f.type)), u32(f.enum_id), u32(f.optional ? 1 : 0),
                 u32(f.range ? 1 : 0), i64(f.range ? f.range->first : 0),
                 i64(f.range ? f.range->second : 0)});
}

llvm::Constant* InfoEmitter::fields(const std::vector<ir::FieldLayout>& list) {
  std::vector<llvm::Constant*> rows;
  for (const ir::FieldLayout& f : list) rows.push_back(field(f));
  return array("info_fields", field_t_, rows);
}

// Names, action and versions as `frist run` reports them (ir::rulebook_info),
// so a program reading the library sees the same words.
llvm::Constant* InfoEmitter::requirement(const ir::Requirement& r,
                                         const eval::RequirementInfo& names) {
  std::vector<llvm::Constant*> versions;
  for (const eval::VersionInfo& v : names.versions) {
    versions.push_back(llvm::ConstantStruct::get(
        version_t_, {str(v.label), u32(v.citations.size()), strings(v.citations)}));
  }
  return llvm::ConstantStruct::get(
      requirement_t_, {str(names.name), str(names.title), str(names.action_verb),
                       str(names.action_text), u32(r.schema), u32(names.is_duty ? 1 : 0),
                       u32(versions.size()), array("info_versions", version_t_, versions)});
}

llvm::Constant* InfoEmitter::trial(const ir::Trial& t) {
  return llvm::ConstantStruct::get(
      trial_t_, {str(t.name), str(t.title), u32(t.off_by_default ? 1 : 0), u32(t.citations.size()),
                 strings(t.citations)});
}

llvm::Constant* InfoEmitter::rulebook(const ir::Module& rules, const std::string& name) {
  std::vector<llvm::Constant*> schemas, events, enums, requirements, trials;
  for (const ir::SchemaLayout& s : rules.schemas) {
    schemas.push_back(llvm::ConstantStruct::get(
        named_list_t_, {str(s.name), u32(s.facts.size()), fields(s.facts)}));
  }
  for (const ir::EventLayout& e : rules.events) {
    events.push_back(llvm::ConstantStruct::get(
        named_list_t_, {str(e.name), u32(e.fields.size()), fields(e.fields)}));
  }
  for (size_t i = 0; i < rules.enums.size(); ++i) {
    const std::string& enum_name = i < rules.enum_names.size() ? rules.enum_names[i] : "";
    enums.push_back(llvm::ConstantStruct::get(
        enum_t_, {str(enum_name), u32(rules.enums[i].size()), strings(rules.enums[i])}));
  }
  eval::RulebookInfo names = ir::rulebook_info(rules);
  for (size_t r = 0; r < rules.requirements.size(); ++r) {
    requirements.push_back(requirement(rules.requirements[r], names.requirements[r]));
  }
  for (const ir::Trial& t : rules.trials) trials.push_back(trial(t));
  auto* type = llvm::StructType::get(i32(), ptr(), i32(), ptr(), i32(), ptr(), i32(), ptr(), i32(),
                                     ptr(), i32(), ptr());
  auto* init = llvm::ConstantStruct::get(
      type, {u32(FRIST_ABI_VERSION), str(name), u32(schemas.size()),
             array("info_schemas", named_list_t_, schemas), u32(events.size()),
             array("info_events", named_list_t_, events), u32(enums.size()),
             array("info_enums", enum_t_, enums), u32(requirements.size()),
             array("info_requirements", requirement_t_, requirements), u32(trials.size()),
             array("info_trials", trial_t_, trials)});
  return new llvm::GlobalVariable(m_, type, true, llvm::GlobalValue::PrivateLinkage, init,
                                  "rulebook_info");
}

}  // namespace

void emit_info(llvm::Module& module, const ir::Module& rules, const std::string& function,
               const std::string& rulebook_name) {
  InfoEmitter info(module);
  llvm::Constant* data = info.rulebook(rules, rulebook_name);
  llvm::IRBuilder<> b(module.getContext());
  auto* f = llvm::Function::Create(llvm::FunctionType::get(b.getPtrTy(), false),
                                   llvm::GlobalValue::ExternalLinkage, function, module);
  f->addFnAttr(llvm::Attribute::NoUnwind);
  b.SetInsertPoint(llvm::BasicBlock::Create(module.getContext(), "entry", f));
  b.CreateRet(data);
}

}  // namespace frist::codegen
