// The `frist` command line: the only place that sequences the phases.
#include <CLI/CLI.hpp>

#include <iostream>
#include <map>

#include "driver/commands.h"

namespace {

constexpr const char* kExitCodes =
    "Exit codes:\n"
    "  0  success (warnings allowed)\n"
    "  1  the rulebook has errors, or tests failed\n"
    "  2  bad command-line use, or some cases were error records (`frist run`)\n";

}  // namespace

int main(int argc, char** argv) {
  using namespace frist::driver;
  CLI::App app{"Frist: procedural law as code. Check, test, run and build rulebooks.", "frist"};
  app.footer(kExitCodes);
  app.require_subcommand(1);
  app.set_version_flag("--version", "frist 0.1.0");
  std::map<std::string, Runner> runners;
  runners["check"] = add_check_command(app);
  runners["run"] = add_run_command(app);
  runners["test"] = add_test_command(app);
  runners["build"] = add_build_command(app);
  runners["holidays"] = add_holidays_command(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitCaseErrors;
  }
  for (CLI::App* sub : app.get_subcommands()) return runners.at(sub->get_name())();
  return kExitCaseErrors;
}
