// A small directed graph over declaration indices, for the two orderings the
// checker computes: requirements after the requirements they depend on, and
// trials before the trials they take precedence over. Ties keep declaration
// order so that the program is deterministic.
#pragma once

#include <vector>

#include "sema/program.h"

namespace frist::sema {

struct Edge {
  Index to = kNone;
  Span span;  // where the edge was written, for cycle messages
};
using Graph = std::vector<std::vector<Edge>>;

// One shortest cycle per strongly connected component that has one, as the
// node path a, b, ..., a starting at the component's lowest index.
std::vector<std::vector<Index>> find_cycles(const Graph& graph);

// Every node once, each edge's source before its target where possible, ties
// by lowest index; nodes on cycles are placed in index order once nothing
// else can go.
std::vector<Index> topological_order(const Graph& graph);

// The span of the edge from → to (the first one written).
Span edge_span(const Graph& graph, Index from, Index to);

}  // namespace frist::sema
