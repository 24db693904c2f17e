// Tarjan's strongly connected components to find cycles (a breadth-first
// search inside each component then gives its shortest cycle, which makes
// the clearest message), and Kahn's algorithm with a min-heap for a
// deterministic topological order. Graphs are the size of a rulebook, so
// recursion depth is no concern.
#include "sema/graph.h"

#include <algorithm>
#include <functional>
#include <queue>

namespace frist::sema {
namespace {

struct Tarjan {
  const Graph& graph;
  std::vector<int> index, low;
  std::vector<bool> on_stack;
  std::vector<Index> stack;
  std::vector<std::vector<Index>> components;
  int counter = 0;

  explicit Tarjan(const Graph& g)
      : graph(g), index(g.size(), -1), low(g.size(), 0), on_stack(g.size(), false) {}

  void visit(Index v) {
    index[v] = low[v] = counter++;
    stack.push_back(v);
    on_stack[v] = true;
    for (const Edge& e : graph[v]) {
      if (index[e.to] < 0) {
        visit(e.to);
        low[v] = std::min(low[v], low[e.to]);
      } else if (on_stack[e.to]) {
        low[v] = std::min(low[v], index[e.to]);
      }
    }
    if (low[v] != index[v]) return;
    std::vector<Index> component;
    Index w;
    do {
      w = stack.back();
      stack.pop_back();
      on_stack[w] = false;
      component.push_back(w);
    } while (w != v);
    components.push_back(std::move(component));
  }
};

// Shortest path start → ... → start using only nodes of the component.
std::vector<Index> shortest_cycle(const Graph& graph, const std::vector<bool>& in_component,
                                  Index start) {
  std::vector<Index> parent(graph.size(), kNone);
  std::queue<Index> queue;
  queue.push(start);
  while (!queue.empty()) {
    Index v = queue.front();
    queue.pop();
    for (const Edge& e : graph[v]) {
      if (!in_component[e.to]) continue;
      if (e.to == start) {
        std::vector<Index> path{start};
        for (Index u = v; u != start; u = parent[u]) path.insert(path.begin() + 1, u);
        path.push_back(start);
        return path;
      }
      if (parent[e.to] != kNone) continue;
      parent[e.to] = v;
      queue.push(e.to);
    }
  }
  return {};
}

bool has_self_loop(const Graph& graph, Index v) {
  return std::any_of(graph[v].begin(), graph[v].end(), [&](const Edge& e) { return e.to == v; });
}

}  // namespace

std::vector<std::vector<Index>> find_cycles(const Graph& graph) {
  Tarjan tarjan(graph);
  for (Index v = 0; v < graph.size(); ++v)
    if (tarjan.index[v] < 0) tarjan.visit(v);
  std::vector<std::vector<Index>> cycles;
  for (const std::vector<Index>& component : tarjan.components) {
    if (component.size() == 1 && !has_self_loop(graph, component[0])) continue;
    std::vector<bool> in_component(graph.size(), false);
    for (Index v : component) in_component[v] = true;
    Index start = *std::min_element(component.begin(), component.end());
    cycles.push_back(shortest_cycle(graph, in_component, start));
  }
  std::sort(cycles.begin(), cycles.end());
  return cycles;
}

std::vector<Index> topological_order(const Graph& graph) {
  std::vector<size_t> incoming(graph.size(), 0);
  for (const std::vector<Edge>& edges : graph)
    for (const Edge& e : edges) ++incoming[e.to];
  std::priority_queue<Index, std::vector<Index>, std::greater<Index>> ready;
  for (Index v = 0; v < graph.size(); ++v)
    if (incoming[v] == 0) ready.push(v);
  std::vector<Index> order;
  std::vector<bool> placed(graph.size(), false);
  while (order.size() < graph.size()) {
    if (ready.empty()) {  // only cycles remain: break one at its lowest node
      Index v = 0;
      while (placed[v]) ++v;
      incoming[v] = 0;
      ready.push(v);
    }
    Index v = ready.top();
    ready.pop();
    if (placed[v]) continue;
    placed[v] = true;
    order.push_back(v);
    for (const Edge& e : graph[v])
      if (!placed[e.to] && --incoming[e.to] == 0) ready.push(e.to);
  }
  return order;
}

Span edge_span(const Graph& graph, Index from, Index to) {
  for (const Edge& e : graph[from])
    if (e.to == to) return e.span;
  return {};
}

}  // namespace frist::sema
