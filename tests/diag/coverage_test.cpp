// Every diagnostic kind is documented and tested: docs/errors.md has exactly
// one section per kind, headed `## <code> <id>`, in code order, and every
// code appears in some golden expectation under tests/golden/check, except
// the few that no rulebook can trigger (listed below, with the reason).
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "diag/diagnostics.h"

namespace fs = std::filesystem;
using namespace frist::diag;

namespace {

const fs::path kSourceDir = FRIST_SOURCE_DIR;

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE(in);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// Codes that no rulebook text can trigger, so no golden test can show them.
// Keep this list short and honest: the test below fails if one of them does
// appear in a golden expectation, so that it can be removed from here.
const std::map<std::string, std::string> kNotTriggerable = {
    // Declared for a requirement that mixes version-specific clauses with
    // versions, but the checker does not report it: clauses on a requirement
    // with versions are inherited by every version.
    // Reported only when a phase throws: a bug in Frist, not in the rules.
    {"E0901", "internal error"},
    // Declared for a command-line path that does not exist; the loader
    // reports a missing path as E0001 (cannot read), and the golden runner
    // always checks an existing folder.
};

std::vector<std::string> all_codes() {
  std::vector<std::string> codes;
  for (const KindInfo& k : all_kinds()) codes.push_back(code_string(k.kind));
  return codes;
}

}  // namespace

TEST_CASE("each kind has a distinct code of the right severity", "[diag][coverage]") {
  std::set<std::string> seen;
  for (const KindInfo& k : all_kinds()) {
    std::string code = code_string(k.kind);
    INFO(code << " " << k.id);
    CHECK(seen.insert(code).second);
    CHECK(code.size() == 5);
    CHECK(code[0] == (k.severity == Severity::Error ? 'E' : 'W'));
    // Warnings are W07xx, and W07xx are warnings.
    CHECK((k.severity == Severity::Warning) == (k.code >= 700 && k.code < 800));
  }
}

TEST_CASE("docs/errors.md has one section per kind, in code order", "[diag][coverage][docs]") {
  std::string text = read_file(kSourceDir / "docs" / "errors.md");
  std::map<std::string, std::string> id_of_code;
  for (const KindInfo& k : all_kinds()) id_of_code[code_string(k.kind)] = std::string(k.id);

  const std::regex heading(R"(^([EW])(\d{4}) (\w+)$)");
  std::map<std::string, int> count;
  std::vector<std::string> not_kinds;
  std::vector<int> order;
  std::istringstream in(text);
  bool in_code_block = false;
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("```", 0) == 0) in_code_block = !in_code_block;
    if (in_code_block || line.rfind("## ", 0) != 0) continue;
    std::string title = line.substr(3);
    std::smatch m;
    auto known = id_of_code.end();
    if (std::regex_match(title, m, heading)) known = id_of_code.find(m[1].str() + m[2].str());
    if (known == id_of_code.end() || known->second != m[3].str()) {
      not_kinds.push_back(line);
      continue;
    }
    ++count[known->first];
    order.push_back(std::stoi(m[2].str()));
  }

  {
    INFO("headings that name no diagnostic kind (write `## E0201 UnknownName`)");
    for (const std::string& line : not_kinds) UNSCOPED_INFO(line);
    CHECK(not_kinds.empty());
  }

  std::vector<std::string> missing, repeated;
  for (const auto& [code, id] : id_of_code) {
    if (count[code] == 0) missing.push_back("## " + code + " " + id);
    if (count[code] > 1) repeated.push_back("## " + code + " " + id);
  }
  {
    INFO("kinds without a section in docs/errors.md");
    for (const std::string& h : missing) UNSCOPED_INFO(h);
    CHECK(missing.empty());
  }
  {
    INFO("kinds with more than one section");
    for (const std::string& h : repeated) UNSCOPED_INFO(h);
    CHECK(repeated.empty());
  }
  CHECK(std::is_sorted(order.begin(), order.end()));
}

TEST_CASE("every code appears in a golden test of the checker", "[diag][coverage][golden]") {
  fs::path golden = kSourceDir / "tests" / "golden" / "check";
  REQUIRE(fs::is_directory(golden));
  const std::regex code_in_brackets(R"(\[([EW]\d{4})\])");
  std::set<std::string> found;
  size_t files = 0;
  for (const fs::directory_entry& dir : fs::directory_iterator(golden)) {
    fs::path expected = dir.path() / "expected.diag";
    if (!dir.is_directory() || !fs::exists(expected)) continue;
    ++files;
    std::string text = read_file(expected);
    for (std::sregex_iterator it(text.begin(), text.end(), code_in_brackets), end; it != end; ++it)
      found.insert((*it)[1].str());
  }
  REQUIRE(files > 0);

  std::vector<std::string> codes = all_codes();
  std::vector<std::string> uncovered, unknown, listed_but_covered;
  for (const std::string& code : codes) {
    bool allowed = kNotTriggerable.count(code) > 0;
    if (!found.count(code) && !allowed) uncovered.push_back(code);
    if (found.count(code) && allowed) listed_but_covered.push_back(code);
  }
  for (const std::string& code : found)
    if (std::find(codes.begin(), codes.end(), code) == codes.end()) unknown.push_back(code);
  for (const auto& [code, why] : kNotTriggerable)
    if (std::find(codes.begin(), codes.end(), code) == codes.end()) unknown.push_back(code);

  {
    INFO("codes no tests/golden/check/*/expected.diag shows; add a golden folder");
    for (const std::string& code : uncovered) UNSCOPED_INFO(code);
    CHECK(uncovered.empty());
  }
  {
    INFO("codes in golden expectations or the allow-list that are not kinds");
    for (const std::string& code : unknown) UNSCOPED_INFO(code);
    CHECK(unknown.empty());
  }
  {
    INFO(
        "codes on the not-triggerable list that a golden test does show; "
        "remove them from the list");
    for (const std::string& code : listed_but_covered) UNSCOPED_INFO(code);
    CHECK(listed_but_covered.empty());
  }
}
