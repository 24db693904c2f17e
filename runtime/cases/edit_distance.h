// Levenshtein distance over code points, the one measure behind every "did
// you mean" in Frist: misspelt names in rulebooks (compiler/diag) and in
// case files (cases/names.h). Over code points, "Hjorring" is one edit from
// "Hjørring"; over bytes it would be two.
#pragma once

#include <algorithm>
#include <cstddef>
#include <numeric>
#include <string>
#include <vector>

namespace frist {

// Two-row dynamic programming: O(|a|·|b|) time, O(|b|) space.
inline size_t edit_distance(const std::u32string& a, const std::u32string& b) {
  std::vector<size_t> row(b.size() + 1);
  std::iota(row.begin(), row.end(), size_t{0});
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

}  // namespace frist
