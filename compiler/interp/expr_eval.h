// Evaluates IR expressions against one case. Also names what an unknown
// result depended on: the unknown facts and the absent events among its
// leaves, which is what `undetermined` results report.
#pragma once

#include <set>

#include "cases/case.h"
#include "interp/interp.h"
#include "interp/value.h"

namespace frist::interp {

struct Missing {
  std::set<uint32_t> facts;
  std::set<uint32_t> events;
  void merge(const Missing& other) {
    facts.insert(other.facts.begin(), other.facts.end());
    events.insert(other.events.begin(), other.events.end());
  }
};

class ExprEval {
 public:
  ExprEval(const Interpreter& interp, const cases::Case& c, int32_t as_of)
      : interp_(interp), case_(c), as_of_(as_of) {}

  Value eval(const ir::Expr& e, const cases::Event* bound = nullptr) const;
  // The facts and events that made `e` unknown (call when eval gave unknown).
  Missing missing(const ir::Expr& e) const;
  // Whether the event satisfies an optional predicate; unknown counts as no.
  bool matches(const std::optional<ir::Expr>& predicate, const cases::Event& ev) const;

  // The date that triggered the obligation under evaluation, if any.
  void set_trigger(std::optional<int64_t> day) { trigger_ = day; }

  const cases::Case& the_case() const { return case_; }
  int32_t as_of() const { return as_of_; }

 private:
  Value eval_node(const ir::Expr& e, const cases::Event* bound) const;
  Value arith(const ir::Expr& e, const cases::Event* bound) const;
  Value compare(const ir::Expr& e, const cases::Event* bound) const;
  Value logic(const ir::Expr& e, const cases::Event* bound) const;
  Value dates(const ir::Expr& e, const cases::Event* bound) const;
  Value scan(const ir::Expr& e) const;
  Value param(const ir::Expr& e, const cases::Event* bound) const;
  Value load(const cases::Value& v) const;

  const Interpreter& interp_;
  const cases::Case& case_;
  int32_t as_of_;
  std::optional<int64_t> trigger_;
};

}  // namespace frist::interp
