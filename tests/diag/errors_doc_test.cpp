// The examples of docs/errors.md are real: each section's first `frist`
// block, checked as a rulebook of its own, gives the section's code and
// every line of the section's first `text` block (the message and hint the
// page shows). A block may hold several files, each starting at a comment
// line `# file: NAME`. Sections marked `<!-- not checked: reason -->` are
// skipped: an invalid byte cannot be written in the page, an internal error
// has no rulebook that causes it.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "diag/render.h"
#include "driver/frontend.h"

namespace fs = std::filesystem;

namespace {

const fs::path kSourceDir = FRIST_SOURCE_DIR;

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

struct Section {
  std::string heading;  // "E0201 UnknownName"
  std::string code;     // "E0201"
  std::string body;
};

std::vector<Section> sections_of(const std::string& text) {
  std::vector<Section> out;
  std::istringstream in(text);
  bool in_code_block = false;
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("```", 0) == 0) in_code_block = !in_code_block;
    if (!in_code_block && line.rfind("## ", 0) == 0) {
      std::string heading = line.substr(3);
      out.push_back({heading, heading.substr(0, heading.find(' ')), ""});
      continue;
    }
    if (!out.empty()) out.back().body += line + "\n";
  }
  return out;
}

// The content of the first fenced block of `language`, if any.
bool first_block(const std::string& body, const std::string& language, std::string& content) {
  std::istringstream in(body);
  bool inside = false;
  for (std::string line; std::getline(in, line);) {
    if (!inside && line == "```" + language) {
      inside = true;
      content.clear();
    } else if (inside && line == "```") {
      return true;
    } else if (inside) {
      content += line + "\n";
    }
  }
  return false;
}

// Splits a block at `# file: NAME` lines; text before the first is
// `example.frist`.
std::map<std::string, std::string> files_of(const std::string& block) {
  std::map<std::string, std::string> files;
  std::string current = "example.frist";
  bool named = false;
  std::istringstream in(block);
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("# file: ", 0) == 0) {
      current = line.substr(8);
      named = true;
      files[current];
      continue;
    }
    if (!named || !line.empty() || files.count(current)) files[current] += line + "\n";
  }
  return files;
}

std::string trimmed(const std::string& s) {
  size_t b = s.find_first_not_of(' ');
  size_t e = s.find_last_not_of(' ');
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

// Checks the files as `frist check .` does from inside their folder.
std::string check_in_folder(const std::map<std::string, std::string>& files,
                            const std::string& code) {
  fs::path dir = fs::temp_directory_path() / ("frist_errors_doc_" + code);
  fs::remove_all(dir);
  fs::create_directories(dir);
  for (const auto& [name, text] : files) {
    fs::path path = dir / fs::u8path(name);
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
  }
  fs::path before = fs::current_path();
  fs::current_path(dir);
  auto fe = frist::driver::run_frontend({"."});
  std::ostringstream out;
  frist::diag::render_text(out, fe->sources, fe->diags.sorted());
  fs::current_path(before);
  fs::remove_all(dir);
  return out.str();
}

}  // namespace

TEST_CASE("the examples of docs/errors.md give the codes and messages shown",
          "[diag][docs][examples]") {
  std::vector<Section> sections = sections_of(read_file(kSourceDir / "docs" / "errors.md"));
  REQUIRE(sections.size() > 50);
  for (const Section& s : sections) {
    DYNAMIC_SECTION(s.heading) {
      std::string example, shown;
      bool has_example = first_block(s.body, "frist", example);
      if (s.body.find("<!-- not checked") != std::string::npos) {
        SUCCEED("not checked");
        continue;
      }
      REQUIRE(has_example);
      REQUIRE(first_block(s.body, "text", shown));
      std::string output = check_in_folder(files_of(example), s.code);
      INFO("example:\n" << example << "\noutput:\n" << output);
      CHECK(output.find("[" + s.code + "]") != std::string::npos);
      std::istringstream lines(shown);
      for (std::string line; std::getline(lines, line);) {
        if (trimmed(line).empty()) continue;
        INFO("line shown in the page: " << trimmed(line));
        CHECK(output.find(trimmed(line)) != std::string::npos);
      }
    }
  }
}
