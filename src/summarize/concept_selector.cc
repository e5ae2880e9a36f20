// The "concept" selector, Storyline's default: budgeted coverage of the
// story's concepts (summarize/concepts.h), built one sentence at a time.
//
// A summary is worth the weight of the concepts it covers, each counted once,
// so repeating a covered fact gains nothing. Sentences are added by gain per
// word^kLengthExponent, times a prior favouring the first sentences of each
// article, and held back (x kLeansBackFactor) when the sentence opens with a
// pronoun that points to a sentence the summary may not carry; a sentence
// saying what a chosen one says is skipped. Greedy
// selection by gain per cost is within a constant factor of the best coverage
// (the objective is submodular), and in practice it beats the exact program
// ("ilp"), which overfills the budget with short sentences.
#include <cmath>

#include "summarize/concepts.h"
#include "summarize/selector.h"

namespace storyline {

namespace {

// Gain is divided by length^kLengthExponent: below 1 gives longer sentences,
// which carry more context per citation, a fair chance against short ones.
constexpr double kLengthExponent = 0.8;
constexpr double kLeansBackFactor = 0.8;

class ConceptSelector final : public Selector {
 public:
  explicit ConceptSelector(const SummaryOptions& options) : parts_(options.parts), background_(options.background) {}

  std::vector<int> Select(const StoryDocument& doc, const std::vector<int>& candidates, int budget) const override {
    return GreedyConceptSelect(doc, BuildConceptModel(doc, parts_.unigrams, background_.get()), candidates, budget, parts_);
  }

 private:
  SummaryParts parts_;
  std::shared_ptr<const BackgroundStats> background_;
};

}  // namespace

std::vector<int> GreedyConceptSelect(const StoryDocument& doc, const ConceptModel& m,
                                     const std::vector<int>& candidates, int budget, const SummaryParts& parts) {
  const double lead = parts.position ? kLeadBonus : 0.0;
  std::vector<char> covered(m.weight.size(), 0), taken(doc.units.size(), 0);
  std::vector<int> chosen;
  int left = budget;
  while (true) {
    int best = -1;
    double best_score = 0;
    for (int u : candidates) {
      const SentenceUnit& unit = doc.units[u];
      if (taken[u] || unit.words > left || unit.words <= 0) continue;
      double gain = 0;
      for (int c : m.unit_concepts[u]) gain += covered[c] ? 0 : m.weight[c];
      if (gain <= 0) continue;
      double score = gain / std::pow(unit.words, kLengthExponent) * LeadPrior(unit, lead);
      if (parts.openers && unit.leans_back) score *= kLeansBackFactor;
      if (score <= best_score) continue;
      if (parts.redundancy) {
        bool redundant = false;
        for (int v : chosen) redundant = redundant || SameContent(m.content[u], m.content[v], kMaxContentOverlap);
        if (redundant) continue;
      }
      best = u;
      best_score = score;
    }
    if (best < 0) break;
    taken[best] = 1;
    chosen.push_back(best);
    left -= doc.units[best].words;
    for (int c : m.unit_concepts[best]) covered[c] = 1;
  }
  return chosen;
}

std::unique_ptr<Selector> MakeConceptSelector(const SummaryOptions& options) {
  return std::make_unique<ConceptSelector>(options);
}

}  // namespace storyline
