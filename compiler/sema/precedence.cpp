// The priority order of trials. `takes precedence over X` names another trial
// and puts the trial before X in the program, which is how later phases
// resolve two trials touching the same requirement. The order is computed
// from the AST before trial bodies are checked so that every trial index is
// final from the start; a precedence cycle is reported once with its path.
#include <fmt/format.h>

#include "sema/graph.h"
#include "sema/passes.h"

namespace frist::sema {
namespace {

Index trial_named(Context& ctx, const ast::Name& name) {
  auto it = ctx.scope.obligations.find(name.text);
  if (it != ctx.scope.obligations.end() && it->second.kind == Obligation::Kind::Trial)
    return it->second.index;
  ctx.diags.report(Kind::UnknownTrial, name.span, name.text)
      .hint(diag::did_you_mean(name.text, names_of(ctx.program.trials)));
  return kNone;
}

Graph precedence_graph(Context& ctx) {
  Graph over(ctx.trial_decls.size());
  for (Index t = 0; t < ctx.trial_decls.size(); ++t) {
    for (const ast::Name& name : ctx.trial_decls[t]->precedes) {
      Index other = trial_named(ctx, name);
      if (other != kNone) over[t].push_back({other, name.span});
    }
  }
  return over;
}

void report_cycles(Context& ctx, const Graph& over) {
  for (const std::vector<Index>& cycle : find_cycles(over)) {
    std::vector<std::string> names;
    for (Index t : cycle) names.push_back(ctx.program.trials[t].name);
    auto report = ctx.diags.report(Kind::PrecedenceCycle, edge_span(over, cycle[0], cycle[1]),
                                   fmt::join(names, " → "));
    for (size_t i = 1; i + 1 < cycle.size(); ++i)
      report.note(edge_span(over, cycle[i], cycle[i + 1]),
                  fmt::format("`{}` takes precedence over `{}` here", names[i], names[i + 1]));
  }
}

}  // namespace

void order_trials(Context& ctx) {
  Graph over = precedence_graph(ctx);
  report_cycles(ctx, over);
  std::vector<Index> order = topological_order(over);

  std::vector<Index> position(order.size());
  for (Index i = 0; i < order.size(); ++i) position[order[i]] = i;
  std::vector<Trial> trials;
  std::vector<const ast::TrialDecl*> decls;
  std::vector<bool> failed;
  ctx.trial_over.assign(order.size(), {});
  ctx.trial_rank = order;
  for (Index old : order) {
    for (const Edge& e : over[old]) ctx.trial_over[position[old]].push_back(position[e.to]);
    trials.push_back(std::move(ctx.program.trials[old]));
    decls.push_back(ctx.trial_decls[old]);
    failed.push_back(ctx.trial_schema_failed[old]);
  }
  ctx.program.trials = std::move(trials);
  ctx.trial_decls = std::move(decls);
  ctx.trial_schema_failed = std::move(failed);
  for (auto& [name, what] : ctx.scope.obligations)
    if (what.kind != Obligation::Kind::Requirement) what.index = position[what.index];
}

bool precedes(const Context& ctx, Index a, Index b) {
  std::vector<bool> seen(ctx.trial_over.size(), false);
  std::vector<Index> todo{a};
  while (!todo.empty()) {
    Index t = todo.back();
    todo.pop_back();
    for (Index next : ctx.trial_over[t]) {
      if (next == b) return true;
      if (!seen[next]) {
        seen[next] = true;
        todo.push_back(next);
      }
    }
  }
  return false;
}

}  // namespace frist::sema
