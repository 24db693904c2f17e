// Loading a rulebook from disk: folders, imports relative to the importing
// file, each file once, missing imports, import cycles and unreadable
// paths. Each test works in a fresh temporary folder and runs from inside
// it, so the relative paths users type are what the tests see.
#include <filesystem>
#include <fstream>
#include <random>

#include "parse_helpers.h"

namespace frist::parse::testing {
namespace {

namespace fs = std::filesystem;

class TempDir {
 public:
  TempDir() {
    std::random_device rd;
    root_ = fs::temp_directory_path() / fmt::format("frist_parse_test_{:x}", rd());
    fs::create_directories(root_);
    previous_ = fs::current_path();
    fs::current_path(root_);
  }
  ~TempDir() {
    fs::current_path(previous_);
    std::error_code ec;
    fs::remove_all(root_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  void write(const std::string& path, const std::string& text) const {
    fs::path full = root_ / path;
    fs::create_directories(full.parent_path());
    std::ofstream(full, std::ios::binary) << text;
  }

 private:
  fs::path root_;
  fs::path previous_;
};

struct Loaded {
  diag::SourceManager sources;
  diag::Diagnostics diags;
  ast::Rulebook book;

  std::string listing() const {
    std::string out;
    for (const diag::Diagnostic& d : diags.sorted()) {
      std::string where =
          d.span.file == diag::kNoFile
              ? "-"
              : fmt::format("{}:{}:{}", sources.path(d.span.file), d.span.line, d.span.col);
      out += fmt::format("{} {} {}\n", diag::code_string(d.kind), where, d.message);
    }
    return out;
  }
  std::string files() const {
    std::string out;
    for (const ast::File& f : book.files) out += f.path + ";";
    return out;
  }
};

std::unique_ptr<Loaded> load(const std::vector<std::string>& paths) {
  auto l = std::make_unique<Loaded>();
  l->book = parse_rulebook(paths, l->sources, l->diags);
  return l;
}

TEST_CASE("a folder is its .frist files, sorted, not recursive", "[parse][load]") {
  TempDir dir;
  dir.write("rules/b.frist", "enum B { X }");
  dir.write("rules/a.frist", "enum A { X }");
  dir.write("rules/notes.txt", "not rules");
  dir.write("rules/sub/c.frist", "enum C { X }");
  auto l = load({"rules"});
  CHECK(l->listing().empty());
  CHECK(l->files() == "rules/a.frist;rules/b.frist;");
  CHECK(l->book.files[1].decls.size() == 1);
  CHECK(l->sources.path(l->book.files[0].id) == "rules/a.frist");
}

TEST_CASE("imports are followed depth first, relative to the importing file", "[parse][load]") {
  TempDir dir;
  dir.write("main.frist", "import \"lib/x.frist\"\nimport \"z.frist\"\nenum M { A }");
  dir.write("lib/x.frist", "import \"y.frist\"\nenum X { A }");
  dir.write("lib/y.frist", "enum Y { A }");
  dir.write("z.frist", "enum Z { A }");
  dir.write("other.frist", "import \"z.frist\"");
  auto l = load({"main.frist", "other.frist"});
  CHECK(l->listing().empty());
  CHECK(l->files() == "main.frist;other.frist;lib/x.frist;lib/y.frist;z.frist;");
}

TEST_CASE("a file reached twice is loaded once", "[parse][load]") {
  TempDir dir;
  dir.write("rules/a.frist",
            "import \"b.frist\"\nimport \"./b.frist\"\nimport \"../rules/b.frist\"");
  dir.write("rules/b.frist", "enum B { X }");
  auto l = load({"rules", "rules/b.frist"});
  CHECK(l->listing().empty());
  CHECK(l->files() == "rules/a.frist;rules/b.frist;");
  CHECK(l->sources.file_count() == 2);
}

TEST_CASE("a missing import is reported at the import", "[parse][load]") {
  TempDir dir;
  dir.write("a.frist", "enum A { X }\nimport \"kommuner.frist\"\n");
  auto l = load({"a.frist"});
  CHECK(l->listing() == "E0008 a.frist:2:1 cannot find imported file `kommuner.frist`\n");
  CHECK(l->book.files.size() == 1);
}

TEST_CASE("an import cycle is reported at the import that closes it", "[parse][load]") {
  TempDir dir;
  dir.write("a.frist", "import \"b.frist\"");
  dir.write("b.frist", "enum B { X }\nimport \"a.frist\"");
  dir.write("self.frist", "import \"self.frist\"");
  auto l = load({"a.frist", "self.frist"});
  CHECK(l->listing() ==
        "E0009 self.frist:1:1 files import each other in a cycle: self.frist → self.frist\n"
        "E0009 b.frist:2:1 files import each other in a cycle: a.frist → b.frist → a.frist\n");
  CHECK(l->files() == "a.frist;self.frist;b.frist;");
}

TEST_CASE("unreadable paths and empty folders", "[parse][load]") {
  TempDir dir;
  dir.write("empty/readme.txt", "");
  dir.write("a.frist", "import \"empty\"");
  auto l = load({"nothere.frist", "empty", "a.frist"});
  CHECK(l->listing() ==
        "E0001 a.frist:1:1 cannot read `empty`: it is a folder, not a file\n"
        "E0001 - cannot read `nothere.frist`: no such file or directory\n"
        "E0010 - no `.frist` files in folder `empty`\n");
}

TEST_CASE("syntax errors in one file do not stop the others", "[parse][load]") {
  TempDir dir;
  dir.write("a.frist", "enum A {");
  dir.write("b.frist", "enum B { X }");
  auto l = load({"a.frist", "b.frist"});
  CHECK(l->listing() == "E0004 a.frist:1:9 expected a name, found end of file\n");
  CHECK(l->book.files[0].decls.empty());
  CHECK(l->book.files[1].decls.size() == 1);
}

}  // namespace
}  // namespace frist::parse::testing
