// Builds both engines and compares their results obligation by obligation.
#include "engines.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <stdexcept>

namespace frist::testing {

eval::Result Engines::interpret(const cases::Case& c, int32_t as_of,
                                const std::vector<uint32_t>& trials_on) const {
  interp::Options options{as_of, trials_on, false};
  return compiled->interpreter->evaluate(c, options);
}

Engines build_engines(const std::string& path, codegen::OptLevel level) {
  Engines e;
  e.compiled = driver::compile(std::string(FRIST_SOURCE_DIR) + "/" + path);
  if (!e.compiled) throw std::runtime_error("rulebook does not compile: " + path);
  codegen::NativeOptions options;
  options.level = level;
  auto native = codegen::NativeRulebook::create(e.compiled->module, options);
  if (!native) throw std::runtime_error(llvm::toString(native.takeError()));
  e.native = std::move(*native);
  return e;
}

std::string describe(const eval::Obligation& o) {
  return fmt::format(
      "req {} occ {} status {} effect {} version {} trial {} earliest {} latest {} "
      "fulfilled_on {} by {} saving {} missing_facts [{}] missing_events [{}]",
      o.requirement, o.occurrence, eval::status_name(o.status), eval::effect_name(o.effect),
      static_cast<int64_t>(o.version == eval::kNoIndex ? -1 : o.version),
      static_cast<int64_t>(o.trial == eval::kNoIndex ? -1 : o.trial), o.earliest, o.latest,
      o.fulfilled_on, static_cast<int64_t>(o.fulfilled_by == eval::kNoIndex ? -1 : o.fulfilled_by),
      o.saving, fmt::join(o.missing_facts, ","), fmt::join(o.missing_events, ","));
}

std::string differences(const eval::Result& a, const eval::Result& b) {
  std::string out;
  size_t n = std::max(a.obligations.size(), b.obligations.size());
  for (size_t i = 0; i < n; ++i) {
    bool has_a = i < a.obligations.size(), has_b = i < b.obligations.size();
    if (has_a && has_b && a.obligations[i].same_decision(b.obligations[i])) continue;
    out += fmt::format("obligation {}:\n  interp: {}\n  native: {}\n", i,
                       has_a ? describe(a.obligations[i]) : "(none)",
                       has_b ? describe(b.obligations[i]) : "(none)");
  }
  return out;
}

}  // namespace frist::testing
