// The pipeline after checking: lower once, derive the case catalog and the
// result metadata from the same module, build the engine.
#include "driver/compile.h"

#include <chrono>
#include <iostream>

#include "dates/date.h"
#include "diag/render.h"
#include "ir/describe.h"

namespace frist::driver {

std::unique_ptr<Compiled> compile(const std::string& path) {
  auto c = std::make_unique<Compiled>();
  c->frontend = run_frontend({path});
  diag::render_text(std::cerr, c->frontend->sources, c->frontend->diags.sorted());
  if (c->frontend->diags.has_errors() || !c->frontend->program) return nullptr;
  auto t0 = std::chrono::steady_clock::now();
  c->module = ir::lower(*c->frontend->program);
  c->catalog = ir::case_catalog(c->module);
  c->info = ir::rulebook_info(c->module);
  c->lower_ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  c->interpreter = std::make_unique<interp::Interpreter>(c->module);
  return c;
}

std::optional<int32_t> parse_as_of(const std::string& text) {
  if (text == "today") {
    auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    return static_cast<int32_t>(today.time_since_epoch().count());
  }
  auto date = dates::parse_iso(text);
  if (!date) return std::nullopt;
  return date->day;
}

bool resolve_trials(const ir::Module& module, const std::vector<std::string>& names,
                    std::vector<ir::Index>& out, std::string& error) {
  for (const std::string& name : names) {
    bool found = false;
    for (ir::Index t = 0; t < module.trials.size(); ++t) {
      if (module.trials[t].name == name) {
        out.push_back(t);
        found = true;
      }
    }
    if (!found) {
      error = "unknown trial `" + name + "`";
      return false;
    }
  }
  return true;
}

}  // namespace frist::driver
