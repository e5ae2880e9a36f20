// Stories over a stream: articles arrive one by one and are sorted into
// stories as they come (online, one pass, deterministic).
//
// Each article becomes a TF-IDF vector of its content-word stems (document
// frequencies are learnt from the stream itself); it joins the active story
// whose centroid is most similar, when that similarity reaches the threshold,
// or starts a new story. A story untouched for `active_window` articles is
// retired: it keeps its id but leaves memory, so memory is bounded by the
// stories still active, not by the stream's length.
//
// Thread-safety: a StoryClusterer is not thread-safe; callers serialise Add().
#ifndef STORYLINE_STREAM_H_
#define STORYLINE_STREAM_H_

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace storyline {

struct ClusterOptions {
  // Cosine similarity an article needs with a story's centroid to join it.
  double threshold = 0.20;
  // A story not joined by any of the last this-many articles is retired.
  int64_t active_window = 5000;
  // Terms kept per article vector and per story centroid.
  size_t article_terms = 200;
  size_t story_terms = 300;
  // Pseudo-documents added to the stream's count for IDF (see cluster.cc).
  double idf_prior = 100;
};

class StoryClusterer {
 public:
  explicit StoryClusterer(ClusterOptions options = {});
  ~StoryClusterer();
  StoryClusterer(StoryClusterer&&) noexcept;
  StoryClusterer& operator=(StoryClusterer&&) noexcept;

  // Places an article (its title and text) and returns its story id (from 1).
  int64_t Add(std::string_view title, std::string_view text);

  size_t active_stories() const;
  int64_t articles_seen() const { return seen_; }

 private:
  struct Story;
  using Vector = std::vector<std::pair<int, double>>;  // term id, weight; sorted by id
  Vector Vectorize(std::string_view title, std::string_view text);
  void Retire();

  ClusterOptions options_;
  int64_t seen_ = 0;
  int64_t next_story_ = 1;
  std::unordered_map<std::string, int> term_ids_;
  std::vector<int64_t> document_frequency_;  // by term id
  std::map<int64_t, std::unique_ptr<Story>> stories_;             // active stories by id
  std::unordered_map<int, std::vector<int64_t>> postings_;        // term -> active stories with it in their centroid
};

}  // namespace storyline

#endif  // STORYLINE_STREAM_H_
