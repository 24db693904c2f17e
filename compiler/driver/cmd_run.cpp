// `frist run RULEBOOK --cases FILE`: evaluates every case of a JSON Lines
// file (or standard input) and writes one result per input line, in order.
#include <chrono>
#include <fstream>
#include <iostream>

#include "cases/load.h"
#include "driver/commands.h"
#include "driver/compile.h"
#include "driver/engine.h"
#include "results/writers.h"

namespace frist::driver {

namespace {

struct RunOptions {
  std::string rulebook;
  std::string cases = "-";
  std::string as_of = "today";
  std::string format = "json";
  std::string output = "-";
  std::vector<std::string> trials;
  bool no_explanation = false;
  EngineOptions engine;
};

int evaluate_stream(const Compiled& c, Engine& engine, const RunOptions& opt, int32_t as_of,
                    const std::vector<ir::Index>& trials, std::istream& in, std::ostream& out) {
  interp::Options options{as_of, trials, !opt.no_explanation && opt.format != "table"};
  bool table = opt.format == "table";
  size_t errors = 0;
  cases::for_each_case(in, c.catalog, [&](cases::LoadedLine&& line) {
    if (auto* error = std::get_if<cases::LoadError>(&line.result)) {
      ++errors;
      table ? results::write_table_error(out, *error) : results::write_json_error(out, *error);
      return;
    }
    const cases::Case& the_case = std::get<cases::Case>(line.result);
    auto t0 = std::chrono::steady_clock::now();
    eval::Result result = engine.evaluate(the_case, options);
    engine.add_evaluation(std::chrono::steady_clock::now() - t0, 1);
    results::CaseReport report{c.info, c.catalog, the_case, as_of, result};
    table ? results::write_table(out, report)
          : results::write_json(out, report, !opt.no_explanation);
  });
  return errors > 0 ? kExitCaseErrors : kExitOk;
}

int run(const RunOptions& opt) {
  auto as_of = parse_as_of(opt.as_of);
  if (!as_of) {
    std::cerr << "frist run: --as-of must be a date YYYY-MM-DD or `today`, not `" << opt.as_of
              << "`\n";
    return kExitCaseErrors;
  }
  std::unique_ptr<Compiled> compiled = compile(opt.rulebook);
  if (!compiled) return kExitRuleErrors;
  std::vector<ir::Index> trials;
  std::string error;
  if (!resolve_trials(compiled->module, opt.trials, trials, error)) {
    std::cerr << "frist run: " << error << '\n';
    return kExitCaseErrors;
  }
  std::ifstream file;
  if (opt.cases != "-") {
    file.open(opt.cases, std::ios::binary);
    if (!file) {
      std::cerr << "frist run: cannot read cases from `" << opt.cases << "`\n";
      return kExitCaseErrors;
    }
  }
  std::ofstream out_file;
  if (opt.output != "-") {
    out_file.open(opt.output, std::ios::binary);
    if (!out_file) {
      std::cerr << "frist run: cannot write `" << opt.output << "`\n";
      return kExitCaseErrors;
    }
  }
  std::istream& in = opt.cases == "-" ? std::cin : file;
  std::ostream& out = opt.output == "-" ? std::cout : out_file;
  std::unique_ptr<Engine> engine = Engine::create(*compiled, opt.engine);
  int status = evaluate_stream(*compiled, *engine, opt, *as_of, trials, in, out);
  if (opt.engine.timings) engine->print_timings(std::cerr);
  return status;
}

}  // namespace

Runner add_run_command(CLI::App& app) {
  auto opt = std::make_shared<RunOptions>();
  CLI::App* cmd = app.add_subcommand("run", "Evaluate cases against a rulebook");
  cmd->add_option("rulebook", opt->rulebook, "Rulebook file or folder")->required();
  cmd->add_option("--cases", opt->cases, "JSON Lines file of cases (`-`: standard input)");
  cmd->add_option("--as-of", opt->as_of, "Evaluation date YYYY-MM-DD (default: today)");
  cmd->add_option("--format", opt->format, "`json` (one line per case) or `table`")
      ->check(CLI::IsMember({"json", "table"}));
  cmd->add_option("-o,--output", opt->output, "Write results to this file (`-`: standard output)");
  cmd->add_option("--trial", opt->trials, "Switch on an off-by-default trial (repeatable)");
  cmd->add_flag("--no-explanation", opt->no_explanation,
                "Leave the explanation out of JSON (native code then runs alone; explanations "
                "come from the interpreter)");
  add_engine_options(cmd, opt->engine);
  return [opt] { return run(*opt); };
}

}  // namespace frist::driver
