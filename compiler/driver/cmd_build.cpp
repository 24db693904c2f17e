// `frist build RULEBOOK -o DIR/NAME`: the rulebook compiled ahead of time
// into DIR/NAME.o (position-independent, for a static link), DIR/libNAME.so
// (linked from that object by the system C compiler, which also brings the
// compiler runtime the object may need) and DIR/NAME.h (the generated C
// header). The C compiler is $CC, else the first of cc, gcc, clang found.
#include <fmt/format.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/Path.h>
#include <llvm/Support/Program.h>

#include <cstdlib>
#include <fstream>
#include <iostream>

#include "codegen/aot.h"
#include "codegen/c_header.h"
#include "driver/commands.h"
#include "driver/compile.h"

namespace frist::driver {

namespace {

struct BuildOptions {
  std::string rulebook;
  std::string output;
  std::string prefix;
  std::string cpu = "generic";
  bool debug = false;
  bool timings = false;
};

// Usage and file-system problems: the rulebook itself was fine.
int fail(const std::string& message) {
  std::cerr << "frist build: " << message << '\n';
  return kExitCaseErrors;
}

bool write_file(const std::string& path, llvm::StringRef bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return static_cast<bool>(out);
}

std::optional<std::string> find_c_compiler() {
  if (const char* cc = std::getenv("CC"); cc && *cc) {
    if (auto found = llvm::sys::findProgramByName(cc)) return *found;
    return std::nullopt;
  }
  for (const char* name : {"cc", "gcc", "clang", "clang-19"}) {
    if (auto found = llvm::sys::findProgramByName(name)) return *found;
  }
  return std::nullopt;
}

// The shared library, linked by the C compiler driver so libc and the
// compiler runtime resolve as for any C library.
std::optional<std::string> link_shared(const std::string& object, const std::string& library) {
  std::optional<std::string> cc = find_c_compiler();
  if (!cc) return "no C compiler to link the shared library (set CC, or install gcc)";
  std::string soname = "-Wl,-soname," + llvm::sys::path::filename(library).str();
  llvm::StringRef args[] = {*cc, "-shared", "-o", library, object, soname};
  std::string error;
  int rc = llvm::sys::ExecuteAndWait(*cc, args, std::nullopt, {}, 0, 0, &error);
  if (rc != 0) {
    return fmt::format("linking {} with {} failed{}{}", library, *cc, error.empty() ? "" : ": ",
                       error);
  }
  return std::nullopt;
}

int build(const BuildOptions& opt) {
  std::string name = llvm::sys::path::filename(opt.output).str();
  if (name.empty() || codegen::c_identifier(name) != name) {
    return fail(
        "-o must end in a NAME made of letters, digits and `_` (not starting with a "
        "digit), not `" +
        name + "`");
  }
  std::string prefix = opt.prefix.empty() ? name + "_" : opt.prefix;
  if (codegen::c_identifier(prefix) != prefix) {
    return fail("--prefix must be a C identifier, not `" + prefix + "`");
  }
  std::unique_ptr<Compiled> compiled = compile(opt.rulebook);
  if (!compiled) return kExitRuleErrors;

  std::string dir = llvm::sys::path::parent_path(opt.output).str();
  if (!dir.empty()) {
    if (std::error_code ec = llvm::sys::fs::create_directories(dir)) {
      return fail("cannot create `" + dir + "`: " + ec.message());
    }
  }
  codegen::AotOptions aot{name, prefix, opt.debug, opt.cpu};
  codegen::AotTimings timings;
  auto object = codegen::compile_object(compiled->module, aot, &timings);
  if (!object) {
    // Beyond the ABI's limits: the rulebook cannot be compiled.
    std::cerr << "frist build: " << llvm::toString(object.takeError()) << '\n';
    return kExitRuleErrors;
  }
  std::string object_path = opt.output + ".o";
  std::string header_path = opt.output + ".h";
  std::string library_path = (dir.empty() ? std::string() : dir + "/") + "lib" + name + ".so";
  if (!write_file(object_path, (*object)->getBuffer())) {
    return fail("cannot write `" + object_path + "`");
  }
  std::string header = codegen::c_header(compiled->module, {name, prefix, opt.rulebook});
  if (!write_file(header_path, header)) return fail("cannot write `" + header_path + "`");
  if (auto problem = link_shared(object_path, library_path)) return fail(*problem);
  if (opt.timings) {
    const Frontend& fe = *compiled->frontend;
    std::cerr << fmt::format(
        "timings (ms): parse {:.1f}, check {:.1f}, lower {:.1f} + LLVM IR {:.1f}, optimise "
        "{:.1f}, machine code {:.1f}\n",
        fe.parse_ms, fe.check_ms, compiled->lower_ms, timings.lower, timings.optimise,
        timings.codegen);
  }
  return kExitOk;
}

}  // namespace

Runner add_build_command(CLI::App& app) {
  auto opt = std::make_shared<BuildOptions>();
  CLI::App* cmd = app.add_subcommand(
      "build", "Compile a rulebook ahead of time: NAME.o, libNAME.so and the C header NAME.h");
  cmd->add_option("rulebook", opt->rulebook, "Rulebook file or folder")->required();
  cmd->add_option("-o,--output", opt->output, "DIR/NAME: where the files go and their name")
      ->required();
  cmd->add_option("--prefix", opt->prefix, "Symbol prefix of the entry points (default: NAME_)");
  cmd->add_option("--cpu", opt->cpu,
                  "`generic` (default: any machine of this architecture) or `native` (this "
                  "machine's CPU)")
      ->check(CLI::IsMember({"generic", "native"}));
  cmd->add_flag("--debug", opt->debug, "No optimisation, and debug info for the rule source");
  cmd->add_flag("--timings", opt->timings, "Print the time of each phase to standard error");
  return [opt] { return build(*opt); };
}

}  // namespace frist::driver
