// The "submodular" selector: Lin & Bilmes's (2011) coverage-plus-diversity
// objective over TF-IDF sentence similarities,
//
//   F(S) = sum_i min(C_i(S), alpha * C_i(V))  +  lambda * sum_k sqrt(sum_{j in S, P_k} r_j)
//
// where C_i(S) is how much of sentence i the summary S covers (the sum of
// cosine similarities of i to S's sentences), the P_k are clusters of the
// story's sentences (spherical k-means), and r_j is sentence j's mean
// similarity to the story, times the lead prior. Both terms are monotone
// submodular, so greedy selection by gain per word^r, checked against the
// best single sentence, is within a constant factor of the optimum. As in
// the other methods, a sentence saying what a chosen one says is skipped.
#include <algorithm>
#include <cmath>

#include "summarize/concepts.h"
#include "summarize/selector.h"
#include "summarize/vectors.h"

namespace storyline {

namespace {

// The story's sentences the objective covers are capped, most central first
// (cosine to the centroid): the similarity matrix is quadratic.
constexpr size_t kMaxSentences = 1000;
constexpr size_t kCentroidTerms = 50;
// Coverage saturates at this share of what the whole story covers.
constexpr double kAlpha = 0.15;
// Weight of the diversity reward.
constexpr double kLambda = 6.0;
// One cluster per this many sentences.
constexpr size_t kSentencesPerCluster = 5;
constexpr int kKMeansRounds = 5;
// Gain is divided by words^kCostExponent.
constexpr double kCostExponent = 0.3;

// Spherical k-means, seeded with evenly spaced sentences; returns each
// sentence's cluster.
std::vector<int> Cluster(const std::vector<const SparseVector*>& rows, int terms, size_t k) {
  const size_t n = rows.size();
  std::vector<int> of(n, 0);
  if (k <= 1) return of;
  std::vector<std::vector<float>> centre(k, std::vector<float>(terms, 0.0f));
  for (size_t c = 0; c < k; ++c) {
    for (const auto& [id, w] : *rows[c * n / k]) centre[c][id] = w;
  }
  for (int round = 0; round < kKMeansRounds; ++round) {
    for (size_t i = 0; i < n; ++i) {
      float best = -1;
      for (size_t c = 0; c < k; ++c) {
        float s = 0;
        for (const auto& [id, w] : *rows[i]) s += w * centre[c][id];
        if (s > best) {
          best = s;
          of[i] = static_cast<int>(c);
        }
      }
    }
    for (auto& c : centre) std::fill(c.begin(), c.end(), 0.0f);
    for (size_t i = 0; i < n; ++i) {
      for (const auto& [id, w] : *rows[i]) centre[of[i]][id] += w;
    }
    for (auto& c : centre) {
      double norm = 0;
      for (float w : c) norm += static_cast<double>(w) * w;
      if (norm > 0) {
        for (float& w : c) w = static_cast<float>(w / std::sqrt(norm));
      }
    }
  }
  return of;
}

class SubmodularSelector final : public Selector {
 public:
  explicit SubmodularSelector(const SummaryOptions& options) : parts_(options.parts), background_(options.background) {}

  std::vector<int> Select(const StoryDocument& doc, const std::vector<int>& candidates, int budget) const override {
    const SentenceVectors v = BuildSentenceVectors(doc);
    const SparseVector centroid = Centroid(v, kCentroidTerms);
    std::vector<std::pair<float, int>> central;
    for (int u : candidates) {
      if (!v.rows[u].empty()) central.emplace_back(Dot(v.rows[u], centroid), u);
    }
    if (central.size() > kMaxSentences) {
      std::partial_sort(central.begin(), central.begin() + kMaxSentences, central.end(), std::greater<>());
      central.resize(kMaxSentences);
    }
    const size_t n = central.size();
    if (n == 0) return {};
    std::vector<int> unit(n);
    std::vector<const SparseVector*> rows(n);
    for (size_t i = 0; i < n; ++i) {
      unit[i] = central[i].second;
      rows[i] = &v.rows[unit[i]];
    }
    std::vector<float> sim(n * n);
    for (size_t i = 0; i < n; ++i) {
      for (size_t j = i; j < n; ++j) sim[i * n + j] = sim[j * n + i] = Dot(*rows[i], *rows[j]);
    }
    std::vector<double> cap(n, 0), reward(n, 0);
    const double lead = parts_.position ? kLeadBonus : 0.0;
    for (size_t i = 0; i < n; ++i) {
      double total = 0;
      for (size_t j = 0; j < n; ++j) total += sim[i * n + j];
      cap[i] = kAlpha * total;
      reward[i] = total / static_cast<double>(n) * LeadPrior(doc.units[unit[i]], lead);
    }
    const std::vector<int> cluster =
        parts_.redundancy ? Cluster(rows, v.terms, std::max<size_t>(1, n / kSentencesPerCluster))
                          : std::vector<int>(n, 0);
    const double lambda = parts_.redundancy ? kLambda : 0.0;

    std::vector<double> cover(n, 0), in_cluster(n, 0);
    std::vector<char> taken(n, 0);
    std::vector<int> chosen;
    double value = 0;
    int left = budget;
    auto gain_of = [&](size_t j) {
      double g = 0;
      for (size_t i = 0; i < n; ++i) {
        g += std::min(cover[i] + sim[i * n + j], cap[i]) - std::min(cover[i], cap[i]);
      }
      const double before = in_cluster[cluster[j]];
      return g + lambda * (std::sqrt(before + reward[j]) - std::sqrt(before));
    };
    while (true) {
      int best = -1;
      double best_score = 0;
      for (size_t j = 0; j < n; ++j) {
        const int words = doc.units[unit[j]].words;
        if (taken[j] || words > left) continue;
        if (parts_.redundancy) {
          bool redundant = false;
          for (int c : chosen) redundant = redundant || SameTerms(*rows[j], v.rows[c], kMaxContentOverlap);
          if (redundant) continue;
        }
        const double score = gain_of(j) / std::pow(words, kCostExponent);
        if (score > best_score) {
          best_score = score;
          best = static_cast<int>(j);
        }
      }
      if (best < 0) break;
      value += gain_of(best);
      taken[best] = 1;
      for (size_t i = 0; i < n; ++i) cover[i] += sim[i * n + best];
      in_cluster[cluster[best]] += reward[best];
      chosen.push_back(unit[best]);
      left -= doc.units[unit[best]].words;
    }
    // The guarantee needs the better of the greedy set and the best single
    // sentence that fits.
    int single = -1;
    double single_value = value;
    std::fill(cover.begin(), cover.end(), 0.0);
    std::fill(in_cluster.begin(), in_cluster.end(), 0.0);
    for (size_t j = 0; j < n; ++j) {
      if (doc.units[unit[j]].words > budget) continue;
      const double g = gain_of(j);
      if (g > single_value) {
        single_value = g;
        single = static_cast<int>(j);
      }
    }
    if (single >= 0) return {unit[single]};
    return chosen;
  }

 private:
  SummaryParts parts_;
  std::shared_ptr<const BackgroundStats> background_;
};

}  // namespace

std::unique_ptr<Selector> MakeSubmodularSelector(const SummaryOptions& options) {
  return std::make_unique<SubmodularSelector>(options);
}

}  // namespace storyline
