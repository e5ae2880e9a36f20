#include "summarize/vectors.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_map>

#include "base/sparse.h"

namespace storyline {

SentenceVectors BuildSentenceVectors(const StoryDocument& doc) {
  const size_t n = doc.units.size();
  SentenceVectors v;
  v.rows.resize(n);
  std::unordered_map<std::string, int> ids;
  std::vector<int> holders;  // per term: units holding it
  size_t live = 0;
  for (size_t u = 0; u < n; ++u) {
    if (doc.units[u].boilerplate) continue;
    ++live;
    SparseVector& row = v.rows[u];
    for (const Token& t : doc.units[u].tokens) {
      if (t.stopword) continue;
      const int id = ids.emplace(t.stem, static_cast<int>(ids.size())).first->second;
      if (static_cast<size_t>(id) == holders.size()) holders.push_back(0);
      row.emplace_back(id, 1.0f);
    }
    std::sort(row.begin(), row.end());
    size_t k = 0;  // merge repeated terms into counts
    for (size_t i = 0; i < row.size(); ++i) {
      if (k > 0 && row[k - 1].first == row[i].first) {
        row[k - 1].second += 1.0f;
      } else {
        row[k++] = row[i];
      }
    }
    row.resize(k);
    for (const auto& [id, tf] : row) ++holders[id];
  }
  v.terms = static_cast<int>(ids.size());
  for (SparseVector& row : v.rows) {
    double norm = 0;
    for (auto& [id, w] : row) {
      w *= static_cast<float>(std::log(static_cast<double>(live) / holders[id]) + 1.0);
      norm += static_cast<double>(w) * w;
    }
    if (norm <= 0) continue;
    const float inv = static_cast<float>(1.0 / std::sqrt(norm));
    for (auto& [id, w] : row) w *= inv;
  }
  return v;
}

float Dot(const SparseVector& a, const SparseVector& b) { return SparseDot(a, b); }

bool SameTerms(const SparseVector& a, const SparseVector& b, double max_share) {
  const size_t smaller = std::min(a.size(), b.size());
  if (smaller == 0) return false;
  return static_cast<double>(SharedTerms(a, b)) / static_cast<double>(smaller) > max_share;
}

SparseVector Centroid(const SentenceVectors& v, size_t max_terms) {
  std::vector<float> sum(v.terms, 0.0f);
  for (const SparseVector& row : v.rows) {
    for (const auto& [id, w] : row) sum[id] += w;
  }
  std::vector<std::pair<float, int>> terms;
  for (int t = 0; t < v.terms; ++t) terms.emplace_back(sum[t], t);
  const size_t keep = std::min(max_terms, terms.size());
  std::partial_sort(terms.begin(), terms.begin() + keep, terms.end(), std::greater<>());
  SparseVector centroid;
  double norm = 0;
  for (size_t i = 0; i < keep; ++i) {
    centroid.emplace_back(terms[i].second, terms[i].first);
    norm += static_cast<double>(terms[i].first) * terms[i].first;
  }
  std::sort(centroid.begin(), centroid.end());
  if (norm > 0) {
    for (auto& [id, w] : centroid) w = static_cast<float>(w / std::sqrt(norm));
  }
  return centroid;
}

}  // namespace storyline
