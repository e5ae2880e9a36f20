#include "summarize/concepts.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

namespace storyline {

namespace {

// Weight of each statement of a concept beyond the first in each article.
constexpr double kRepeatWeight = 0.5;
// A concept stated fewer times than this carries no weight: what one source
// says once is not what the story is about.
constexpr double kMinStatements = 2;
// Weight = (articles + kRepeatWeight x further statements) ^ kWeightPower.
constexpr double kWeightPower = 1.5;

void SortUnique(std::vector<int>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

}  // namespace

ConceptModel BuildConceptModel(const StoryDocument& doc, bool unigrams, const BackgroundStats* background) {
  const size_t n = doc.units.size();
  ConceptModel m;
  m.unit_concepts.resize(n);
  m.content.resize(n);
  // Concepts are keyed by word ids, each token's stem looked up once: a pair
  // of ids for a bigram, kUnigram plus the id for a single word.
  constexpr uint64_t kUnigram = uint64_t{0xFFFFFFFF} << 32;
  std::unordered_map<uint64_t, int> ids;           // concept key -> concept id
  std::unordered_map<std::string_view, int> word;  // stem -> word id
  std::vector<int> content_id;                     // word id -> content stem id (-1: none yet)
  std::vector<std::vector<int>> all(n);
  std::vector<double> info;  // per concept, with background statistics only
  std::vector<uint32_t> wid;
  for (size_t u = 0; u < n; ++u) {
    const SentenceUnit& unit = doc.units[u];
    if (unit.boilerplate) continue;
    const auto& t = unit.tokens;
    wid.clear();
    for (const Token& tok : t) {
      auto [it, fresh] = word.emplace(tok.stem, static_cast<int>(word.size()));
      if (fresh) content_id.push_back(-1);
      wid.push_back(static_cast<uint32_t>(it->second));
    }
    for (size_t i = 0; i + 1 < t.size(); ++i) {
      if (t[i].stopword && t[i + 1].stopword) continue;
      const uint64_t key = (uint64_t{wid[i]} << 32) | wid[i + 1];
      auto [it, fresh] = ids.emplace(key, static_cast<int>(ids.size()));
      all[u].push_back(it->second);
      if (fresh && background) {  // mean over the pair's content words
        double sum = 0;
        int words = 0;
        for (const Token* w : {&t[i], &t[i + 1]}) {
          if (w->stopword) continue;
          sum += background->Informativeness(w->stem);
          ++words;
        }
        info.push_back(sum / words);
      }
    }
    for (size_t i = 0; i < t.size(); ++i) {
      const Token& tok = t[i];
      if (tok.stopword) continue;
      int& content = content_id[wid[i]];
      if (content < 0) content = static_cast<int>(m.content_stems++);
      m.content[u].push_back(content);
      if (!unigrams) continue;
      auto [it, fresh] = ids.emplace(kUnigram | wid[i], static_cast<int>(ids.size()));
      all[u].push_back(it->second);
      if (fresh && background) info.push_back(background->Informativeness(tok.stem));
    }
    SortUnique(all[u]);
    SortUnique(m.content[u]);
  }

  // Statements of each concept, and the distinct articles that make them.
  const size_t c_count = ids.size();
  std::vector<double> statements(c_count, 0), articles(c_count, 0);
  for (size_t u = 0; u < n; ++u) {
    for (int c : all[u]) statements[c] += static_cast<double>(doc.units[u].occurrences.size());
  }
  // Which articles state a concept: a bit each while there are at most 64
  // of them, as in every story the evaluation sets hold; else sorted pairs.
  if (doc.num_articles <= 64) {
    std::vector<uint64_t> stated_by(c_count, 0);
    for (size_t u = 0; u < n; ++u) {
      uint64_t by = 0;
      for (const Occurrence& o : doc.units[u].occurrences) by |= uint64_t{1} << o.article;
      for (int c : all[u]) stated_by[c] |= by;
    }
    for (size_t c = 0; c < c_count; ++c) articles[c] = std::popcount(stated_by[c]);
  } else {
    std::vector<std::pair<int, int>> said;  // (concept, article)
    for (size_t u = 0; u < n; ++u) {
      for (int c : all[u]) {
        for (const Occurrence& o : doc.units[u].occurrences) said.emplace_back(c, o.article);
      }
    }
    std::sort(said.begin(), said.end());
    said.erase(std::unique(said.begin(), said.end()), said.end());
    for (const auto& [c, a] : said) articles[c] += 1;
  }

  std::vector<int> kept(c_count, -1);
  double total = 0, corroborated = 0;
  for (size_t c = 0; c < c_count; ++c) {
    if (statements[c] < kMinStatements) continue;
    kept[c] = static_cast<int>(m.weight.size());
    const double w = std::pow(articles[c] + kRepeatWeight * (statements[c] - articles[c]), kWeightPower);
    m.weight.push_back(background ? w * info[c] : w);
    total += m.weight.back();
    if (articles[c] > 1) corroborated += m.weight.back();
  }
  m.corroboration = total > 0 ? corroborated / total : 0;
  for (size_t u = 0; u < n; ++u) {
    for (int c : all[u]) {
      if (kept[c] >= 0) m.unit_concepts[u].push_back(kept[c]);
    }
  }
  return m;
}

bool SameContent(const std::vector<int>& a, const std::vector<int>& b, double max_share) {
  const size_t smaller = std::min(a.size(), b.size());
  if (smaller == 0) return false;
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
  return static_cast<double>(common) / static_cast<double>(smaller) > max_share;
}

double LeadPrior(const SentenceUnit& unit, double lead, double decay) {
  const int position = unit.occurrences.front().position;
  const double prior = 1 + lead / (1 + position);
  return decay > 0 ? prior * std::exp(-decay * position) : prior;
}

double PositionDecay(const ConceptModel& m, const SummaryParts& parts, double fade_sentences) {
  if (!parts.position || !parts.fade || fade_sentences <= 0) return 0;
  return (1 - m.corroboration) / fade_sentences;
}

}  // namespace storyline
