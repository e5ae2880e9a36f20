// The "centroid" selector: Radev et al.'s MEAD scoring. A sentence's score is
// its cosine similarity to the story's centroid (the sum of every sentence's
// TF-IDF vector), times the lead prior; sentences are taken best first,
// skipping any too similar to one already taken, until the budget is full.
// No coverage bookkeeping: a fast, transparent baseline.
#include <algorithm>
#include <cmath>

#include "summarize/concepts.h"
#include "summarize/selector.h"
#include "summarize/vectors.h"

namespace storyline {

namespace {

// Terms kept in the centroid (MEAD keeps a few dozen).
constexpr size_t kCentroidTerms = 50;
// Two sentences with a TF-IDF cosine above this say the same thing.
constexpr float kMaxCosine = 0.5f;

class CentroidSelector final : public Selector {
 public:
  explicit CentroidSelector(const SummaryOptions& options) : parts_(options.parts), background_(options.background) {}

  std::vector<int> Select(const StoryDocument& doc, const std::vector<int>& candidates, int budget) const override {
    const SentenceVectors v = BuildSentenceVectors(doc);
    const SparseVector centroid = Centroid(v, kCentroidTerms);

    const double lead = parts_.position ? kLeadBonus : 0.0;
    std::vector<std::pair<double, int>> ranked;
    for (int u : candidates) {
      const SentenceUnit& unit = doc.units[u];
      if (unit.words <= 0 || unit.words > budget) continue;
      const double score = Dot(v.rows[u], centroid) * LeadPrior(unit, lead);
      if (score > 0) ranked.emplace_back(score, u);
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<int> chosen;
    int left = budget;
    for (const auto& [score, u] : ranked) {
      if (doc.units[u].words > left) continue;
      bool redundant = false;
      for (int c : chosen) {
        redundant = redundant || (parts_.redundancy && (Dot(v.rows[u], v.rows[c]) > kMaxCosine ||
                                                        SameTerms(v.rows[u], v.rows[c], kMaxContentOverlap)));
      }
      if (redundant) continue;
      chosen.push_back(u);
      left -= doc.units[u].words;
    }
    return chosen;
  }

 private:
  SummaryParts parts_;
  std::shared_ptr<const BackgroundStats> background_;
};

}  // namespace

std::unique_ptr<Selector> MakeCentroidSelector(const SummaryOptions& options) {
  return std::make_unique<CentroidSelector>(options);
}

}  // namespace storyline
