#include "storyline/stream.h"

#include <algorithm>
#include <cmath>

#include "base/sparse.h"
#include "text/tokenizer.h"

namespace storyline {

namespace {

// Terms used to look up candidate stories.
constexpr size_t kLookupTerms = 20;

}  // namespace

struct StoryClusterer::Story {
  int64_t id = 0;
  int64_t last_seen = 0;                    // arrival number of its newest article
  std::unordered_map<int, double> sum;      // sum of member vectors
  Vector centroid;                          // top terms of `sum`, unit length
  std::vector<int> indexed;                 // terms under which it is in postings_
};

StoryClusterer::StoryClusterer(ClusterOptions options) : options_(options) {}
StoryClusterer::~StoryClusterer() = default;
StoryClusterer::StoryClusterer(StoryClusterer&&) noexcept = default;
StoryClusterer& StoryClusterer::operator=(StoryClusterer&&) noexcept = default;

size_t StoryClusterer::active_stories() const { return stories_.size(); }

StoryClusterer::Vector StoryClusterer::Vectorize(std::string_view title, std::string_view text) {
  std::unordered_map<int, int> tf;
  auto add = [&](std::string_view part, int weight) {
    for (const Token& t : Tokenize(part)) {
      if (t.stopword || t.stem.size() < 2) continue;
      auto [it, fresh] = term_ids_.emplace(t.stem, static_cast<int>(term_ids_.size()));
      if (fresh) document_frequency_.push_back(0);
      tf[it->second] += weight;
    }
  };
  add(title, 2);  // a headline's words say what the story is about
  add(text, 1);
  for (const auto& [term, count] : tf) ++document_frequency_[term];
  const double n = static_cast<double>(seen_ + 1);
  Vector v;
  v.reserve(tf.size());
  for (const auto& [term, count] : tf) {
    // A prior of `idf_prior` documents none of which hold the term keeps a
    // young stream from counting the words its first articles share as common.
    const double idf = std::log((n + options_.idf_prior) / (document_frequency_[term] + 0.5));
    v.emplace_back(term, (1 + std::log(static_cast<double>(count))) * std::max(idf, 0.0));
  }
  KeepHeaviestUnit(&v, options_.article_terms);
  return v;
}

int64_t StoryClusterer::Add(std::string_view title, std::string_view text) {
  Vector v = Vectorize(title, text);
  ++seen_;
  // Candidates: active stories sharing one of the article's heaviest terms.
  std::vector<int64_t> candidates;
  for (size_t i = 0; i < v.size() && i < kLookupTerms; ++i) {
    auto it = postings_.find(v[i].first);
    if (it != postings_.end()) candidates.insert(candidates.end(), it->second.begin(), it->second.end());
  }
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  std::sort(v.begin(), v.end());  // by term id, for the dot products
  int64_t best = 0;
  double best_sim = options_.threshold;
  for (int64_t id : candidates) {
    const double dot = SparseDot(v, stories_.at(id)->centroid);
    if (dot >= best_sim && (dot > best_sim || best == 0)) {
      best_sim = dot;
      best = id;
    }
  }
  Story* story;
  if (best == 0) {
    auto s = std::make_unique<Story>();
    s->id = next_story_++;
    story = s.get();
    stories_.emplace(s->id, std::move(s));
  } else {
    story = stories_.at(best).get();
  }
  story->last_seen = seen_;
  for (const auto& [term, w] : v) story->sum[term] += w;
  // Recompute the centroid and its postings.
  Vector c(story->sum.begin(), story->sum.end());
  KeepHeaviestUnit(&c, options_.story_terms);
  for (int term : story->indexed) {
    auto& list = postings_[term];
    list.erase(std::remove(list.begin(), list.end(), story->id), list.end());
    if (list.empty()) postings_.erase(term);
  }
  story->indexed.clear();
  for (const auto& [term, w] : c) {
    postings_[term].push_back(story->id);
    story->indexed.push_back(term);
  }
  std::sort(c.begin(), c.end());
  story->centroid = std::move(c);
  // Keep `sum` from growing without bound: only terms that can still matter.
  if (story->sum.size() > 4 * options_.story_terms) {
    std::unordered_map<int, double> kept;
    for (const auto& [term, w] : story->centroid) kept[term] = story->sum[term];
    story->sum = std::move(kept);
  }
  const int64_t id = story->id;
  Retire();
  return id;
}

void StoryClusterer::Retire() {
  for (auto it = stories_.begin(); it != stories_.end();) {
    if (seen_ - it->second->last_seen <= options_.active_window) {
      ++it;
      continue;
    }
    for (int term : it->second->indexed) {
      auto& list = postings_[term];
      list.erase(std::remove(list.begin(), list.end(), it->first), list.end());
      if (list.empty()) postings_.erase(term);
    }
    it = stories_.erase(it);
  }
}

}  // namespace storyline
