// The engine behind `frist run` and `frist test`, and the phase timings.
#include "driver/engine.h"

#include <fmt/format.h>

#include <iostream>

#include "native/record.h"

namespace frist::driver {

void add_engine_options(CLI::App* cmd, EngineOptions& options) {
  cmd->add_option("--engine", options.engine,
                  "`native` (default: compiled through LLVM) or `interp` (the reference "
                  "interpreter)")
      ->check(CLI::IsMember({"native", "interp"}));
  cmd->add_flag("--timings", options.timings,
                "Print the time of each phase (parse, check, lower, optimise, JIT-link, "
                "evaluate) to standard error");
  cmd->add_flag("--debug", options.debug,
                "Native code without optimisation and with debug info that maps it to the rule "
                "source lines (for gdb or lldb attached to frist)");
}

std::unique_ptr<Engine> Engine::create(const Compiled& compiled, const EngineOptions& options) {
  std::unique_ptr<Engine> engine(new Engine(compiled));
  if (options.engine == "interp") return engine;
  codegen::NativeOptions native_options;
  native_options.use_cache = true;
  native_options.debug = options.debug;
  auto native = codegen::NativeRulebook::create(compiled.module, native_options);
  if (!native) {
    std::cerr << "frist: warning: using the interpreter, native code is not available: "
              << llvm::toString(native.takeError()) << '\n';
    return engine;
  }
  engine->native_ = std::move(*native);
  return engine;
}

eval::Result Engine::evaluate(const cases::Case& c, const interp::Options& options) const {
  if (!native_) return compiled_.interpreter->evaluate(c, options);
  eval::Result result = native_->evaluate(c, options.as_of, options.trials_on);
  if (!options.trace) return result;
  eval::Result explained = compiled_.interpreter->evaluate(c, options);
  bool same = explained.obligations.size() == result.obligations.size();
  for (size_t i = 0; same && i < result.obligations.size(); ++i) {
    same = result.obligations[i].same_decision(explained.obligations[i]);
  }
  if (!same) {
    std::cerr << "frist: internal error: native code and the interpreter disagree on case `" << c.id
              << "`; the interpreter's result is used\n";
  }
  return explained;
}

void Engine::print_timings(std::ostream& out) const {
  auto ms = [](auto d) { return std::chrono::duration<double, std::milli>(d).count(); };
  const Frontend& fe = *compiled_.frontend;
  std::string line = fmt::format("timings (ms): parse {:.1f}, check {:.1f}, lower {:.1f}",
                                 fe.parse_ms, fe.check_ms, compiled_.lower_ms);
  if (native_) {
    const codegen::NativeTimings& t = native_->timings();
    line += fmt::format(" + LLVM IR {:.1f}, optimise {:.1f}, JIT-link {:.1f}{}", t.lower,
                        t.optimise, t.jit_link, t.cached ? " (cached machine code)" : "");
  }
  line += fmt::format(", evaluate {:.1f} ({} case{}, {})", ms(evaluate_), cases_,
                      cases_ == 1 ? "" : "s", native_ ? "native" : "interpreter");
  out << line << '\n';
}

}  // namespace frist::driver
