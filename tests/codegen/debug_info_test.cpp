// Debug info for native code (`--debug`): the generated module verifies with
// DWARF attached; each requirement's and trial's function is declared at the
// line of its declaration, found here by reading the rule source as text,
// not through the parser; every instruction of those functions maps to a
// line of a real file; an object file carries .debug_info and .debug_line;
// debug builds never come from the cache of optimised code; and debug code
// decides every generated case as the interpreter does.
#include <catch2/catch.hpp>

#include <llvm/IR/DebugInfoMetadata.h>
#include <llvm/IR/InstIterator.h>
#include <llvm/IR/Verifier.h>
#include <llvm/Object/ObjectFile.h>
#include <llvm/Support/raw_ostream.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "case_gen.h"
#include "codegen/jit.h"
#include "codegen/object_file.h"
#include "engines.h"
#include "ir_gen.h"

using namespace frist;
namespace fs = std::filesystem;

namespace {

struct Declared {
  fs::path file;
  uint32_t line = 0;
};

std::string trimmed(const std::string& line) {
  size_t start = line.find_first_not_of(" \t");
  return start == std::string::npos ? std::string() : line.substr(start);
}

// `requirement NAME`, `requires NAME` (a trial's duty) and `trial NAME` at
// the start of a line of any rule file of `dir`, by keyword then name.
std::map<std::string, std::map<std::string, Declared>> scan_declarations(const fs::path& dir) {
  std::map<std::string, std::map<std::string, Declared>> out;
  for (const fs::directory_entry& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() != ".frist") continue;
    std::ifstream in(entry.path());
    uint32_t number = 0;
    for (std::string line; std::getline(in, line);) {
      ++number;
      std::istringstream words(trimmed(line));
      std::string keyword, name;
      words >> keyword >> name;
      if (keyword != "requirement" && keyword != "requires" && keyword != "trial") continue;
      CHECK(out[keyword].count(name) == 0);
      out[keyword][name] = {entry.path().lexically_normal(), number};
    }
  }
  return out;
}

uint32_t line_count(const fs::path& file) {
  std::ifstream in(file);
  uint32_t n = 0;
  for (std::string line; std::getline(in, line);) ++n;
  return n;
}

fs::path file_of(const llvm::DIScope& scope) {
  return (fs::path(scope.getDirectory().str()) / scope.getFilename().str()).lexically_normal();
}

struct Generated {
  std::unique_ptr<driver::Compiled> compiled;
  std::unique_ptr<llvm::LLVMContext> context = std::make_unique<llvm::LLVMContext>();
  std::unique_ptr<llvm::Module> module;
};

Generated generate(const std::string& rulebook, bool debug_info) {
  Generated g;
  g.compiled = driver::compile(std::string(FRIST_SOURCE_DIR) + "/" + rulebook);
  REQUIRE(g.compiled);
  codegen::Options options;
  options.debug_info = debug_info;
  auto module = codegen::generate(g.compiled->module, *g.context, options);
  REQUIRE(static_cast<bool>(module));
  g.module = std::move(*module);
  return g;
}

bool generated_function(const llvm::Function& f) {
  return f.getName().starts_with("frist.") || f.getName() == "frist_evaluate";
}

void check_declaration(const llvm::Function* f, const std::string& name, const Declared& where) {
  REQUIRE(f != nullptr);
  const llvm::DISubprogram* sp = f->getSubprogram();
  INFO(name << " declared at " << where.file << ":" << where.line);
  REQUIRE(sp != nullptr);
  CHECK(sp->getLine() == where.line);
  CHECK(file_of(*sp) == where.file);
}

// Every instruction is at a line of the file its scope names, in its own
// function's subprogram; returns the number of distinct lines.
size_t check_locations(const llvm::Function& f) {
  std::map<fs::path, uint32_t> lines;
  std::set<std::pair<fs::path, uint32_t>> seen;
  for (const llvm::Instruction& inst : llvm::instructions(f)) {
    const llvm::DILocation* loc = inst.getDebugLoc().get();
    INFO(f.getName().str() << ": " << inst.getOpcodeName());
    REQUIRE(loc != nullptr);
    CHECK(loc->getScope()->getSubprogram() == f.getSubprogram());
    fs::path file = file_of(*loc->getScope());
    if (!lines.count(file)) lines[file] = line_count(file);
    CHECK(lines[file] > 0);
    CHECK(loc->getLine() >= 1);
    CHECK(loc->getLine() <= lines[file]);
    seen.insert({file, loc->getLine()});
  }
  return seen.size();
}

bool has_location(const llvm::Function& f, const fs::path& file, const ir::SourceLoc& at) {
  for (const llvm::Instruction& inst : llvm::instructions(f)) {
    const llvm::DILocation* loc = inst.getDebugLoc().get();
    if (loc && loc->getLine() == at.line && loc->getColumn() == at.column &&
        file_of(*loc->getScope()) == file) {
      return true;
    }
  }
  return false;
}

void check_verifies_with_dwarf(const llvm::Module& m) {
  std::string problems;
  llvm::raw_string_ostream out(problems);
  bool broken_debug_info = false;
  bool broken = llvm::verifyModule(m, &out, &broken_debug_info);
  INFO(problems);
  CHECK_FALSE(broken);
  CHECK_FALSE(broken_debug_info);
  auto* version =
      llvm::mdconst::extract_or_null<llvm::ConstantInt>(m.getModuleFlag("Dwarf Version"));
  REQUIRE(version != nullptr);
  CHECK(version->getZExtValue() == 5);
  CHECK(m.getModuleFlag("Debug Info Version") != nullptr);
}

// Requirements (and trial duties) and trials are declared where the text
// says; the date that selects a version, and a trial's effect written in
// another file, are located in the requirement's code.
void check_declarations(const Generated& g, const std::string& rulebook) {
  const ir::Module& rules = g.compiled->module;
  auto declared = scan_declarations(fs::path(FRIST_SOURCE_DIR) / rulebook);
  for (ir::Index r = 0; r < rules.requirements.size(); ++r) {
    const ir::Requirement& req = rules.requirements[r];
    const auto& table = declared[req.is_duty ? "requires" : "requirement"];
    REQUIRE(table.count(req.name) == 1);
    const Declared& where = table.at(req.name);
    llvm::Function* f = g.module->getFunction("frist.req." + std::to_string(r));
    check_declaration(f, req.name, where);
    if (req.selector) CHECK(has_location(*f, where.file, req.selector->loc));
    for (const ir::EffectRef& e : req.effects) {
      fs::path file = fs::path(rules.files.at(e.loc.file)).lexically_normal();
      INFO(req.name << ": effect at " << file << ":" << e.loc.line);
      CHECK(has_location(*f, file, e.loc));
    }
  }
  for (ir::Index t = 0; t < rules.trials.size(); ++t) {
    const std::string& name = rules.trials[t].name;
    REQUIRE(declared["trial"].count(name) == 1);
    check_declaration(g.module->getFunction("frist.trial." + std::to_string(t)), name,
                      declared["trial"].at(name));
  }
}

void check_module(const std::string& rulebook) {
  Generated g = generate(rulebook, true);
  check_verifies_with_dwarf(*g.module);
  check_declarations(g, rulebook);
  size_t functions = 0, lines = 0;
  for (const llvm::Function& f : *g.module) {
    if (f.isDeclaration() || !generated_function(f)) continue;
    INFO(f.getName().str());
    CHECK(f.getSubprogram() != nullptr);
    if (!f.getSubprogram()) continue;
    ++functions;
    lines += check_locations(f);
  }
  // Expressions are located, not only declarations.
  CHECK(lines > 2 * functions);
}

}  // namespace

TEST_CASE("debug info maps native code to rule lines: sygedagpenge", "[codegen][debug]") {
  check_module("examples/sygedagpenge");
}

TEST_CASE("debug info maps native code to rule lines: nordjylland", "[codegen][debug]") {
  check_module("examples/nordjylland");
}

TEST_CASE("without debug info nothing carries a location", "[codegen][debug]") {
  Generated g = generate("examples/sygedagpenge", false);
  for (const llvm::Function& f : *g.module) {
    CHECK(f.getSubprogram() == nullptr);
    for (const llvm::Instruction& inst : llvm::instructions(f)) CHECK(!inst.getDebugLoc());
  }
}

// Modules made without the front end have no source files and no locations:
// debug info then says "line 0", and the module still verifies.
TEST_CASE("debug info for IR without locations verifies", "[codegen][debug]") {
  for (uint64_t seed = 1; seed <= 40; ++seed) {
    INFO("random module " << seed);
    ir::Module rules = testing::random_module(seed);
    llvm::LLVMContext context;
    codegen::Options options;
    options.debug_info = true;
    auto module = codegen::generate(rules, context, options);
    REQUIRE(static_cast<bool>(module));
    bool broken_debug_info = false;
    CHECK_FALSE(llvm::verifyModule(**module, &llvm::errs(), &broken_debug_info));
    CHECK_FALSE(broken_debug_info);
    const llvm::Function* evaluate = (*module)->getFunction("frist_evaluate");
    REQUIRE(evaluate != nullptr);
    CHECK(evaluate->getSubprogram() != nullptr);
  }
}

TEST_CASE("debug objects carry DWARF sections", "[codegen][debug]") {
  for (const char* rulebook : {"examples/sygedagpenge", "examples/nordjylland"}) {
    INFO(rulebook);
    Generated g = generate(rulebook, true);
    auto jit = codegen::Jit::Create(true);
    REQUIRE(static_cast<bool>(jit));
    codegen::optimize(*g.module, (*jit)->target_machine(), codegen::OptLevel::O0);
    auto object = codegen::emit_object(*g.module, (*jit)->target_machine());
    REQUIRE(static_cast<bool>(object));
    if (const char* path = std::getenv("FRIST_DUMP_DEBUG_OBJECT")) {
      std::ofstream(std::string(path) + "." + fs::path(rulebook).filename().string() + ".o",
                    std::ios::binary)
          << (*object)->getBuffer().str();
    }
    auto file = llvm::object::ObjectFile::createObjectFile((*object)->getMemBufferRef());
    REQUIRE(static_cast<bool>(file));
    std::set<std::string> sections;
    for (const llvm::object::SectionRef& s : (*file)->sections()) {
      if (auto name = s.getName()) {
        sections.insert(name->str());
      } else {
        llvm::consumeError(name.takeError());
      }
    }
    CHECK(sections.count(".debug_info") == 1);
    CHECK(sections.count(".debug_line") == 1);
  }
}

TEST_CASE("debug code is never served from the cache of optimised code", "[codegen][debug]") {
  auto compiled = driver::compile(std::string(FRIST_SOURCE_DIR) + "/examples/sygedagpenge");
  REQUIRE(compiled);
  fs::path dir = fs::temp_directory_path() / "frist-debug-cache-test";
  fs::remove_all(dir);
  ::setenv("FRIST_CACHE_DIR", dir.c_str(), 1);
  auto create = [&](bool debug) {
    codegen::NativeOptions options;
    options.use_cache = true;
    options.debug = debug;
    auto native = codegen::NativeRulebook::create(compiled->module, options);
    REQUIRE(static_cast<bool>(native));
    return (*native)->timings().cached;
  };
  bool optimised = create(false);
  bool first_debug = create(true);
  bool second_debug = create(true);
  ::unsetenv("FRIST_CACHE_DIR");
  fs::remove_all(dir);
  CHECK_FALSE(optimised);
  CHECK_FALSE(first_debug);
  CHECK(second_debug);
}

TEST_CASE("debug native code agrees with the interpreter", "[codegen][debug]") {
  for (const char* rulebook : {"examples/sygedagpenge", "examples/nordjylland"}) {
    INFO(rulebook);
    testing::Engines e;
    e.compiled = driver::compile(std::string(FRIST_SOURCE_DIR) + "/" + rulebook);
    REQUIRE(e.compiled);
    auto native =
        codegen::NativeRulebook::create(e.module(), codegen::NativeOptions{.debug = true});
    REQUIRE(static_cast<bool>(native));
    e.native = std::move(*native);
    testing::CaseGenerator gen(e.module(), 20240917);
    size_t failures = 0, obligations = 0;
    for (int i = 0; i < 3000; ++i) {
      testing::GeneratedCase c = gen.next();
      eval::Result interpreted = e.interpret(c.c, c.as_of, c.trials_on);
      obligations += interpreted.obligations.size();
      std::string diff =
          testing::differences(interpreted, e.native->evaluate(c.c, c.as_of, c.trials_on));
      if (diff.empty()) continue;
      if (++failures <= 3)
        FAIL_CHECK("case " << i << "\n" << testing::case_json(e.module(), c.c) << "\n" << diff);
    }
    CHECK(failures == 0);
    CHECK(obligations > 3000);
  }
}
