// The "concept" selector: budgeted coverage of the story's concepts.
//
// A concept is a pair of adjacent word stems, not both function words (the
// concept unit of Gillick & Favre's ICSI summarizer). Its weight is how widely
// the story's sources state it: once per article that carries it, plus a
// fraction for each further statement. A summary is worth the weight of the
// concepts it covers, each counted once, so repeating a covered fact gains
// nothing; sentences are added greedily by gain per word, earlier sentences
// of an article being favoured slightly, as news puts the essentials first.
#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

#include "summarize/selector.h"

namespace storyline {

namespace {

// Weight of each statement of a concept beyond the first in each article.
constexpr double kRepeatWeight = 0.5;
// A concept stated fewer times than this carries no weight: what one source
// says once is not what the story is about.
constexpr double kMinStatements = 2;
// Gain is divided by length^kLengthExponent: below 1 gives longer sentences,
// which carry more context per citation, a fair chance against short ones.
constexpr double kLengthExponent = 0.8;
// Position prior: gain x (1 + kLeadBonus / (1 + position in article)).
constexpr double kLeadBonus = 0.3;
// Two sentences sharing more than this share of content stems say the same thing.
constexpr double kMaxOverlap = 0.6;

class ConceptSelector final : public Selector {
 public:
  std::vector<int> Select(const StoryDocument& doc, const std::vector<int>& candidates, int budget) const override {
    const size_t n = doc.units.size();
    // Concepts per unit.
    std::unordered_map<std::string, int> ids;
    std::vector<std::vector<int>> concepts(n);
    std::vector<std::vector<int>> content(n);
    std::unordered_map<std::string, int> stem_ids;
    for (size_t u = 0; u < n; ++u) {
      const SentenceUnit& unit = doc.units[u];
      if (unit.boilerplate) continue;
      const auto& t = unit.tokens;
      for (size_t i = 0; i + 1 < t.size(); ++i) {
        if (t[i].stopword && t[i + 1].stopword) continue;
        auto [it, fresh] = ids.emplace(t[i].stem + ' ' + t[i + 1].stem, static_cast<int>(ids.size()));
        concepts[u].push_back(it->second);
      }
      std::sort(concepts[u].begin(), concepts[u].end());
      concepts[u].erase(std::unique(concepts[u].begin(), concepts[u].end()), concepts[u].end());
      for (const Token& tok : t) {
        if (tok.stopword) continue;
        auto [it, fresh] = stem_ids.emplace(tok.stem, static_cast<int>(stem_ids.size()));
        content[u].push_back(it->second);
      }
      std::sort(content[u].begin(), content[u].end());
      content[u].erase(std::unique(content[u].begin(), content[u].end()), content[u].end());
    }
    // Weights.
    const size_t c_count = ids.size();
    std::vector<double> statements(c_count, 0);
    std::vector<std::unordered_set<int>> articles(c_count);
    for (size_t u = 0; u < n; ++u) {
      for (int c : concepts[u]) {
        statements[c] += static_cast<double>(doc.units[u].occurrences.size());
        for (const Occurrence& o : doc.units[u].occurrences) articles[c].insert(o.article);
      }
    }
    std::vector<double> weight(c_count, 0);
    for (size_t c = 0; c < c_count; ++c) {
      if (statements[c] < kMinStatements) continue;
      const double df = static_cast<double>(articles[c].size());
      weight[c] = df + kRepeatWeight * (statements[c] - df);
    }

    std::vector<char> covered(c_count, 0), taken(n, 0);
    std::vector<int> chosen;
    int left = budget;
    while (true) {
      int best = -1;
      double best_score = 0;
      for (int u : candidates) {
        const SentenceUnit& unit = doc.units[u];
        if (taken[u] || unit.words > left || unit.words <= 0) continue;
        double gain = 0;
        for (int c : concepts[u]) gain += covered[c] ? 0 : weight[c];
        if (gain <= 0) continue;
        const double lead = 1 + kLeadBonus / (1 + unit.occurrences.front().position);
        const double score = gain / std::pow(unit.words, kLengthExponent) * lead;
        if (score <= best_score) continue;
        if (Redundant(content, chosen, u)) continue;
        best = u;
        best_score = score;
      }
      if (best < 0) break;
      taken[best] = 1;
      chosen.push_back(best);
      left -= doc.units[best].words;
      for (int c : concepts[best]) covered[c] = 1;
    }
    return chosen;
  }

 private:
  static bool Redundant(const std::vector<std::vector<int>>& content, const std::vector<int>& chosen, int u) {
    const auto& a = content[u];
    if (a.empty()) return false;
    for (int v : chosen) {
      const auto& b = content[v];
      size_t i = 0, j = 0, common = 0;
      while (i < a.size() && j < b.size()) {
        if (a[i] == b[j]) {
          ++common;
          ++i;
          ++j;
        } else if (a[i] < b[j]) {
          ++i;
        } else {
          ++j;
        }
      }
      const double denom = static_cast<double>(std::min(a.size(), b.size()));
      if (denom > 0 && common / denom > kMaxOverlap) return true;
    }
    return false;
  }
};

}  // namespace

std::vector<std::string> SelectorNamesImpl() { return {"concept"}; }

Result<std::unique_ptr<Selector>> MakeSelector(const std::string& name) {
  if (name == "concept") return std::unique_ptr<Selector>(new ConceptSelector());
  std::string known;
  for (const std::string& n : SelectorNamesImpl()) known += (known.empty() ? "" : ", ") + n;
  return Status::InvalidArgument("unknown summary method '" + name + "' (known: " + known + ")");
}

}  // namespace storyline
