// Sparse vectors as (term id, weight) pairs sorted by term id: the dot
// product and the count of shared terms, by one merge of the two lists.
#ifndef STORYLINE_BASE_SPARSE_H_
#define STORYLINE_BASE_SPARSE_H_

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <utility>
#include <vector>

namespace storyline {

// Sum of the products of weights of the terms both hold, accumulated in W.
template <typename W>
W SparseDot(const std::vector<std::pair<int, W>>& a, const std::vector<std::pair<int, W>>& b) {
  W sum = 0;
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i].first == b[j].first) {
      sum += a[i++].second * b[j++].second;
    } else if (a[i].first < b[j].first) {
      ++i;
    } else {
      ++j;
    }
  }
  return sum;
}

// Keeps the `terms` heaviest entries of `v` (ties broken by term id, for
// determinism), heaviest first, scaled to unit length (a zero vector stays).
template <typename W>
void KeepHeaviestUnit(std::vector<std::pair<int, W>>* v, size_t terms) {
  std::sort(v->begin(), v->end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  if (v->size() > terms) v->resize(terms);
  W norm = 0;
  for (const auto& [term, w] : *v) norm += w * w;
  norm = std::sqrt(norm);
  if (norm > 0) {
    for (auto& [term, w] : *v) w /= norm;
  }
}

// How many terms both hold.
template <typename W>
size_t SharedTerms(const std::vector<std::pair<int, W>>& a, const std::vector<std::pair<int, W>>& b) {
  size_t common = 0, i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i].first == b[j].first) {
      ++common;
      ++i;
      ++j;
    } else if (a[i].first < b[j].first) {
      ++i;
    } else {
      ++j;
    }
  }
  return common;
}

}  // namespace storyline

#endif  // STORYLINE_BASE_SPARSE_H_
