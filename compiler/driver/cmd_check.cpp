// `frist check PATH...`: each path is a rulebook (a file with its imports, or
// a folder of .frist files); all diagnostics of all of them are reported.
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "ast/dump.h"
#include "diag/render.h"
#include "driver/commands.h"
#include "driver/frontend.h"
#include "ir/ir.h"
#include "sema/dump.h"

namespace frist::driver {

namespace {

struct CheckOptions {
  std::vector<std::string> paths;
  std::string format = "text";
  std::string dump;
};

void print_dump(const Frontend& fe, const std::string& what) {
  if (what == "ast") std::cout << ast::dump(fe.rulebook, fe.sources);
  if (!fe.program || fe.diags.has_errors()) return;
  if (what == "program") std::cout << sema::dump(*fe.program);
  if (what == "ir") std::cout << ir::dump(ir::lower(*fe.program));
}

int run_check(const CheckOptions& opt) {
  size_t errors = 0;
  std::vector<std::unique_ptr<Frontend>> runs;
  for (const std::string& path : opt.paths) {
    auto fe = run_frontend({path}, opt.dump == "ast" ? StopAfter::Parse : StopAfter::Check);
    errors += fe->diags.error_count();
    if (opt.format == "json") {
      diag::render_json(std::cout, fe->sources, fe->diags.sorted());
    } else {
      diag::render_text(std::cerr, fe->sources, fe->diags.sorted());
    }
    if (!opt.dump.empty()) print_dump(*fe, opt.dump);
    runs.push_back(std::move(fe));
  }
  return errors > 0 ? kExitRuleErrors : kExitOk;
}

}  // namespace

Runner add_check_command(CLI::App& app) {
  auto opt = std::make_shared<CheckOptions>();
  CLI::App* cmd = app.add_subcommand("check", "Check rulebooks and report every problem");
  cmd->add_option("paths", opt->paths, "Rulebook files or folders (each path is one rulebook)")
      ->required();
  cmd->add_option("--format", opt->format, "Diagnostics as `text` (stderr) or `json` (stdout)")
      ->check(CLI::IsMember({"text", "json"}));
  cmd->add_option("--dump", opt->dump, "Print a phase's result: `ast`, `program` or `ir`")
      ->check(CLI::IsMember({"ast", "program", "ir"}));
  return [opt] { return run_check(*opt); };
}

}  // namespace frist::driver
