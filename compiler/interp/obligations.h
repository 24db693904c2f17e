// Evaluation of one case, requirement by requirement in dependency order:
// version selection, applicability, trial resolution, trigger, window,
// calendar policy and fulfilment, each step leaving a line in the trace.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "interp/expr_eval.h"

namespace frist::interp {

// Whether a trial covers the case: true, false or unknown (with why).
struct Membership {
  Value covers;
  Missing missing;
  std::string why;
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
  void undetermined(Obligation o, const Missing& missing, const std::string& why);
  void emit(Obligation o);
  void note(Obligation& o, std::string text) const;
  std::string date(int64_t day) const;

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
