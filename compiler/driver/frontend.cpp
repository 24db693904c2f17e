// The checker runs even when parsing reported errors, so an analyst sees
// name and type errors from the parts that did parse in the same run.
#include "driver/frontend.h"

#include <chrono>
#include <exception>

#include "driver/big_stack.h"
#include "parse/parse.h"
#include "sema/check.h"

namespace frist::driver {

std::unique_ptr<Frontend> run_frontend(const std::vector<std::string>& paths, StopAfter stop) {
  auto fe = std::make_unique<Frontend>();
  run_with_big_stack([&] {
    try {
      auto t0 = std::chrono::steady_clock::now();
      fe->rulebook = parse::parse_rulebook(paths, fe->sources, fe->diags);
      auto t1 = std::chrono::steady_clock::now();
      if (stop == StopAfter::Check) fe->program = sema::check(fe->rulebook, fe->diags);
      auto t2 = std::chrono::steady_clock::now();
      fe->parse_ms = std::chrono::duration<double, std::milli>(t1 - t0).count();
      fe->check_ms = std::chrono::duration<double, std::milli>(t2 - t1).count();
    } catch (const std::exception&) {
      // A phase that throws has a bug; the user still gets a clean error.
      fe->diags.report(diag::Kind::InternalError, diag::Span{},
                       "the checker stopped unexpectedly on this input");
    }
  });
  return fe;
}

}  // namespace frist::driver
