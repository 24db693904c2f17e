// Golden tests for the checker: each folder under tests/golden/check holds a
// rulebook (its .frist files) and `expected.diag`, the exact diagnostics
// `frist check` prints for it. With FRIST_UPDATE_GOLDEN=1 the expectation is
// rewritten instead, to be reviewed in the diff. A folder named `fail_*`
// must produce errors; any other must produce none.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "diag/render.h"
#include "driver/frontend.h"

namespace fs = std::filesystem;

namespace {

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// The diagnostics as `frist check .` prints them from inside the folder, so
// the expectation holds no machine-specific paths.
std::string diagnostics_of(const fs::path& dir, bool& has_errors) {
  fs::current_path(dir);
  auto fe = frist::driver::run_frontend({"."});
  has_errors = fe->diags.has_errors();
  std::ostringstream out;
  frist::diag::render_text(out, fe->sources, fe->diags.sorted());
  return out.str();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: golden_check CASE_DIR\n";
    return 2;
  }
  fs::path dir = fs::absolute(argv[1]);
  fs::path expected_path = dir / "expected.diag";
  bool has_errors = false;
  std::string actual = diagnostics_of(dir, has_errors);
  const char* update = std::getenv("FRIST_UPDATE_GOLDEN");
  if (update && std::string(update) == "1") {
    std::ofstream(expected_path, std::ios::binary) << actual;
    std::cout << "updated " << expected_path.string() << '\n';
    return 0;
  }
  bool expect_errors = dir.filename().string().rfind("fail_", 0) == 0;
  if (has_errors != expect_errors) {
    std::cerr << dir.filename().string() << ": "
              << (expect_errors ? "expected errors, got none" : "expected no errors, got:\n")
              << actual;
    return 1;
  }
  std::string expected = read_file(expected_path);
  if (actual != expected) {
    std::cerr << "diagnostics differ from " << expected_path.string() << "\n--- expected\n"
              << expected << "--- actual\n"
              << actual << "(run with FRIST_UPDATE_GOLDEN=1 to accept)\n";
    return 1;
  }
  return 0;
}
