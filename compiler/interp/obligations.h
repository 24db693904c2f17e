// Evaluation of one case, requirement by requirement in dependency order:
// version selection, applicability, trial resolution, trigger, window,
// calendar policy and fulfilment, each step leaving a line in the trace.
#pragma once

#include <fmt/format.h>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dates/date.h"
#include "interp/expr_eval.h"

namespace frist::interp {

// A day that the trace prints as YYYY-MM-DD. Trace lines take the day number
// and format it only when the line is built, so that evaluation without a
// trace never formats a date.
struct TraceDate {
  int64_t day;
};

// Whether a trial covers the case: true, false or unknown.
struct Membership {
  Value covers;
  Missing missing;
  std::string why;  // for the trace, so empty unless tracing
};

// The trial effects that apply to one requirement for this case.
struct Resolution {
  ir::Index trial = ir::kNone;
  bool exempt = false;
  int64_t saving = 0;
  const ir::WindowPlan* window = nullptr;
  std::vector<const ir::Fulfil*> alternatives;
  bool undetermined = false;
  Missing missing;
};

class CaseEval {
 public:
  CaseEval(const Interpreter& interp, const cases::Case& c, const Options& options);
  eval::Result run();

 private:
  using Obligation = eval::Obligation;

  void requirement(ir::Index index);
  void duty(ir::Index index);
  // Produces the obligations of one version once the trials are resolved.
  void obligations(ir::Index index, const ir::Version& v, const Resolution& res, Obligation base);
  void fixed(const ir::Version& v, const ir::WindowPlan& w, const Resolution& res, int64_t start,
             Obligation o);
  void dependency(const ir::WindowPlan& w, const Resolution& res, const ir::Version& v,
                  int64_t start, Obligation o);
  void cadence(const ir::Version& v, const ir::WindowPlan& w, const Resolution& res, Obligation o);
  Resolution resolve_trials(const ir::Requirement& r, Obligation& o);
  const Membership& membership(ir::Index trial);
  bool trial_enabled(ir::Index trial) const;

  // Fulfilment and status for a window [earliest, latest] counted from `from`.
  void settle(Obligation& o, const ir::Version& v, const Resolution& res, int64_t from,
              int64_t after_event = INT64_MIN);
  int32_t roll(const ir::WindowPlan& w, int32_t latest, Obligation& o) const;
  // The trace says why the obligation is undetermined.
  template <class... Args>
  void undetermined(Obligation o, const Missing& missing, fmt::format_string<Args...> why,
                    Args&&... args) {
    note(o, why, std::forward<Args>(args)...);
    emit_undetermined(std::move(o), missing);
  }
  void emit_undetermined(Obligation o, const Missing& missing);
  void emit(Obligation o);

  // Formatting the trace costs more than the evaluation itself does, so
  // the text is built only when tracing. That only pays if the arguments are
  // cheap to pass: names by reference and dates as date(day), never text
  // built in advance.
  template <class... Args>
  void note(Obligation& o, fmt::format_string<Args...> text, Args&&... args) const {
    if (options_.trace) o.trace.push_back({fmt::format(text, std::forward<Args>(args)...)});
  }
  static TraceDate date(int64_t day) { return {day}; }

  const Interpreter& interp_;
  const cases::Case& case_;
  const Options& options_;
  ExprEval ex_;
  eval::Result result_;
  std::vector<std::optional<Obligation>> primary_;  // first obligation per requirement
  std::vector<std::optional<Membership>> membership_;
  std::vector<bool> trial_used_;
};

}  // namespace frist::interp

template <>
struct fmt::formatter<frist::interp::TraceDate> : fmt::formatter<std::string_view> {
  auto format(frist::interp::TraceDate d, fmt::format_context& ctx) const {
    std::string iso = frist::dates::format_iso(frist::dates::Date{static_cast<int32_t>(d.day)});
    return fmt::formatter<std::string_view>::format(iso, ctx);
  }
};
