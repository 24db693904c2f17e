// The subcommands of `frist`. Each registers its options on the CLI11 app
// and runs after parsing; the returned value is the process exit code.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>

namespace frist::driver {

// Exit codes shared by every command (documented in `frist --help`).
inline constexpr int kExitOk = 0;
inline constexpr int kExitRuleErrors = 1;  // the rulebook does not check, or tests failed
inline constexpr int kExitCaseErrors = 2;  // some cases were error records; or bad usage

using Runner = std::function<int()>;

Runner add_build_command(CLI::App& app);
Runner add_check_command(CLI::App& app);
Runner add_holidays_command(CLI::App& app);
Runner add_run_command(CLI::App& app);
Runner add_test_command(CLI::App& app);

}  // namespace frist::driver
