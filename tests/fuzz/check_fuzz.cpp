// Feeds the checker 1,000 files of random bytes and 1,000 randomly truncated
// or mutated copies of the example rulebook, with a fixed seed. Every input
// must come back as our own diagnostics: no crash (the process would die),
// no exception, no internal error, no ANTLR wording in any message.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "diag/render.h"
#include "driver/frontend.h"

namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string random_bytes(std::mt19937& rng) {
  std::uniform_int_distribution<int> len(0, 2048), byte(0, 255);
  std::string out(static_cast<size_t>(len(rng)), '\0');
  for (char& c : out) c = static_cast<char>(byte(rng));
  return out;
}

// Truncates, deletes, duplicates or overwrites spans of a valid rulebook, so
// most inputs are almost right: the hardest case for error recovery.
std::string mutate(const std::string& base, std::mt19937& rng) {
  std::string s = base;
  std::uniform_int_distribution<int> kind(0, 4), count(1, 8), byte(0, 255);
  for (int n = count(rng); n > 0 && !s.empty(); --n) {
    std::uniform_int_distribution<size_t> pos(0, s.size() - 1);
    size_t at = pos(rng);
    switch (kind(rng)) {
      case 0:
        s.resize(at);
        break;
      case 1:
        s.erase(at, std::min<size_t>(s.size() - at, 1 + at % 40));
        break;
      case 2:
        s.insert(at, s.substr(pos(rng) % s.size(), 30));
        break;
      case 3:
        s[at] = static_cast<char>(byte(rng));
        break;
      default:
        s.insert(at, std::string(1 + at % 5, "(){}\"§½#"[at % 8]));
        break;
    }
  }
  return s;
}

void check_one(const fs::path& file, const std::string& text) {
  std::ofstream(file, std::ios::binary) << text;
  auto fe = frist::driver::run_frontend({file.string()});
  std::ostringstream rendered;
  frist::diag::render_text(rendered, fe->sources, fe->diags.sorted());
  frist::diag::render_json(rendered, fe->sources, fe->diags.sorted());
  std::string out = rendered.str();
  INFO("input: " << file.string());
  for (const frist::diag::Diagnostic& d : fe->diags.all()) {
    REQUIRE(d.kind != frist::diag::Kind::InternalError);
  }
  REQUIRE(out.find("antlr") == std::string::npos);
  REQUIRE(out.find("mismatched input") == std::string::npos);
  REQUIRE(out.find("extraneous input") == std::string::npos);
  REQUIRE(out.find("no viable alternative") == std::string::npos);
  REQUIRE(out.find("token recognition error") == std::string::npos);
}

}  // namespace

TEST_CASE("the checker survives 1000 random files and 1000 mutated rulebooks") {
  // Mutated copies sit where the original's import of the municipalities
  // still resolves, so the checker, not just the parser, sees them.
  fs::path dir = fs::temp_directory_path() / "frist-fuzz";
  fs::create_directories(dir / "sygedagpenge");
  fs::create_directories(dir / "danmark");
  fs::copy_file(fs::path(FRIST_SOURCE_DIR) / "examples/danmark/kommuner.frist",
                dir / "danmark/kommuner.frist", fs::copy_options::overwrite_existing);
  std::mt19937 rng(20261124);
  for (int i = 0; i < 1000; ++i) check_one(dir / "random.frist", random_bytes(rng));
  std::string base = read(fs::path(FRIST_SOURCE_DIR) / "examples/sygedagpenge/sygedagpenge.frist");
  base += read(fs::path(FRIST_SOURCE_DIR) / "examples/sygedagpenge/tests.frist");
  REQUIRE(base.size() > 1000);
  for (int i = 0; i < 1000; ++i) check_one(dir / "sygedagpenge/mutated.frist", mutate(base, rng));
  fs::remove_all(dir);
}
