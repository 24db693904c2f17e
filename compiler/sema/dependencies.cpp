// The dependency graph between requirements: `due before R` and `due no
// later than R` make a requirement wait for R, in its own versions and in
// any trial's replacement window (a trial may switch on, so its windows must
// not create a cycle either). The graph is read from the AST before bodies
// are checked, so that the program's requirement table is laid out in
// dependency order from the start and every index written afterwards is
// final. A cycle is reported once, naming its path.
#include <fmt/format.h>

#include "sema/graph.h"
#include "sema/passes.h"

namespace frist::sema {
namespace {

Index requirement_named(const Context& ctx, const std::string& name) {
  auto it = ctx.scope.obligations.find(name);
  if (it == ctx.scope.obligations.end() || it->second.kind != Obligation::Kind::Requirement)
    return kNone;
  return it->second.index;
}

void add_window_edge(const Context& ctx, Graph& depends, Index from, const ast::Window& w) {
  if (from == kNone) return;
  if (w.kind != ast::WindowKind::BeforeReq && w.kind != ast::WindowKind::NoLaterThan) return;
  Index to = requirement_named(ctx, w.requirement.text);
  if (to != kNone) depends[from].push_back({to, w.requirement.span});
}

// R → D when a window of R names D.
Graph dependency_graph(const Context& ctx) {
  Graph depends(ctx.requirement_decls.size());
  for (Index r = 0; r < ctx.requirement_decls.size(); ++r) {
    const ast::RequirementDecl& d = *ctx.requirement_decls[r];
    if (d.clauses.due) add_window_edge(ctx, depends, r, *d.clauses.due);
    for (const ast::VersionDecl& v : d.versions)
      if (v.clauses.due) add_window_edge(ctx, depends, r, *v.clauses.due);
  }
  for (const ast::TrialDecl* trial : ctx.trial_decls)
    for (const ast::TrialEffect& effect : trial->effects)
      if (effect.kind == ast::EffectKind::ReplaceWindow && effect.window)
        add_window_edge(ctx, depends, requirement_named(ctx, effect.target.text), *effect.window);
  return depends;
}

void report_cycles(Context& ctx, const Graph& depends) {
  for (const std::vector<Index>& cycle : find_cycles(depends)) {
    std::vector<std::string> names;
    for (Index r : cycle) names.push_back(ctx.program.requirements[r].name);
    Span at = edge_span(depends, cycle[0], cycle[1]);
    auto report = ctx.diags.report(Kind::DependencyCycle, at, fmt::join(names, " → "));
    for (size_t i = 1; i + 1 < cycle.size(); ++i)
      report.note(edge_span(depends, cycle[i], cycle[i + 1]),
                  fmt::format("`{}` waits for `{}` here", names[i], names[i + 1]));
    report.hint("a requirement cannot be due before a requirement that is due after it");
  }
}

}  // namespace

void order_requirements(Context& ctx) {
  Graph depends = dependency_graph(ctx);
  report_cycles(ctx, depends);
  Graph first(depends.size());  // D → R: D must come first
  for (Index r = 0; r < depends.size(); ++r)
    for (const Edge& e : depends[r]) first[e.to].push_back({r, e.span});
  std::vector<Index> order = topological_order(first);

  std::vector<Index> position(order.size());
  std::vector<Requirement> requirements;
  std::vector<const ast::RequirementDecl*> decls;
  std::vector<bool> failed;
  for (Index old : order) {
    position[old] = static_cast<Index>(requirements.size());
    requirements.push_back(std::move(ctx.program.requirements[old]));
    decls.push_back(ctx.requirement_decls[old]);
    failed.push_back(ctx.requirement_schema_failed[old]);
  }
  ctx.program.requirements = std::move(requirements);
  ctx.requirement_decls = std::move(decls);
  ctx.requirement_schema_failed = std::move(failed);
  for (auto& [name, what] : ctx.scope.obligations)
    if (what.kind == Obligation::Kind::Requirement) what.index = position[what.index];
}

}  // namespace frist::sema
