// The "concept" selector, Storyline's default: budgeted coverage of the
// story's concepts (summarize/concepts.h), built one sentence at a time.
//
// A summary is worth the weight of the concepts it covers, each counted once,
// so repeating a covered fact gains nothing. Sentences are added by gain per
// word^kLengthExponent, times a prior favouring the first sentences of each
// article (the more so the less the sources corroborate each other), and held back (x kLeansBackFactor) when the sentence opens with a
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
  explicit ConceptSelector(const SummaryOptions& options)
      : parts_(options.parts), fade_sentences_(options.fade_sentences), background_(options.background) {}

  std::vector<int> Select(const StoryDocument& doc, const std::vector<int>& candidates, int budget) const override {
    const ConceptModel m = BuildConceptModel(doc, parts_.unigrams, background_.get());
    return GreedyConceptSelect(doc, m, candidates, budget, parts_, PositionDecay(m, parts_, fade_sentences_));
  }

 private:
  SummaryParts parts_;
  double fade_sentences_;
  std::shared_ptr<const BackgroundStats> background_;
};

}  // namespace

std::vector<int> GreedyConceptSelect(const StoryDocument& doc, const ConceptModel& m,
                                     const std::vector<int>& candidates, int budget, const SummaryParts& parts,
                                     double decay) {
  const double lead = parts.position ? kLeadBonus : 0.0;
  std::vector<char> taken(doc.units.size(), 0);
  std::vector<int> chosen;
  int left = budget;
  // Adds, while one fits, the candidate with the best gain per word^kLengthExponent
  // times its priors, where `gain` gives a unit's uncovered weight and `cover`
  // marks a chosen unit's concepts covered.
  auto fill = [&](auto&& gain, auto&& cover) {
    while (true) {
      int best = -1;
      double best_score = 0;
      for (int u : candidates) {
        const SentenceUnit& unit = doc.units[u];
        if (taken[u] || unit.words > left || unit.words <= 0) continue;
        const double g = gain(u);
        if (g <= 0) continue;
        double score = g / std::pow(unit.words, kLengthExponent) * LeadPrior(unit, lead, decay);
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
      if (best < 0) return;
      taken[best] = 1;
      chosen.push_back(best);
      left -= doc.units[best].words;
      cover(best);
    }
  };
  std::vector<char> covered(m.weight.size(), 0);
  fill(
      [&](int u) {
        double g = 0;
        for (int c : m.unit_concepts[u]) g += covered[c] ? 0 : m.weight[c];
        return g;
      },
      [&](int u) {
        for (int c : m.unit_concepts[u]) covered[c] = 1;
      });
  if (!parts.fill) return chosen;
  // The concepts several statements share are all covered and words are left:
  // fill them with what the story states once, one new content word a point.
  std::vector<char> said(m.content_stems, 0);
  for (int v : chosen) {
    for (int s : m.content[v]) said[s] = 1;
  }
  fill(
      [&](int u) {
        double g = 0;
        for (int s : m.content[u]) g += said[s] ? 0 : 1;
        return g;
      },
      [&](int u) {
        for (int s : m.content[u]) said[s] = 1;
      });
  return chosen;
}

std::unique_ptr<Selector> MakeConceptSelector(const SummaryOptions& options) {
  return std::make_unique<ConceptSelector>(options);
}

}  // namespace storyline
