// ROUGE, computed exactly as the official ROUGE-1.5.5 Perl script does.
//
// Every detail that moves a printed figure is reproduced: ASCII-only
// lowercasing, the byte-level tokenizer (any byte outside a-z0-9 separates
// words, so a UTF-8 character splits a word), the `-l`/`-b` cut applied to
// peers and models alike, ROUGE's modified Porter stemmer with the WordNet
// 2.0 exception list (words of more than 3 letters only), the summary-level
// union LCS with unigram clipping, ROUGE-SU's skipped last unigram, per-story
// figures rounded to 5 decimals before averaging, and the bootstrap average
// and confidence interval (resample i drawn after srand48(i)).
// Tests check all of it against the official output in ../shared.
//
// Thread-safety: a Scorer is immutable after construction; Score() may be
// called from several threads at once.
#ifndef STORYLINE_ROUGE_H_
#define STORYLINE_ROUGE_H_

#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "storyline/status.h"

namespace storyline::rouge {

// The ROUGE-1.5.5 command-line flags this mirrors are given for each field.
struct Options {
  int max_ngram = 2;             // -n N: ROUGE-1 .. ROUGE-N
  bool stem = true;              // -m
  bool remove_stopwords = false; // -s
  int word_limit = 0;            // -l N (0: no cut)
  int byte_limit = 0;            // -b N (0: no cut)
  bool lcs = true;               // ROUGE-L unless -x
  bool skip_bigram = true;       // -2 given
  int skip_distance = 4;         // -2 N (< 0: no gap limit)
  bool skip_unigrams = true;     // -u
  double alpha = 0.5;            // -p
  char score_mode = 'A';         // -f A (average over models) or B (best model)
  int resamples = 1000;          // -r
  double confidence = 95;        // -c
};

// The data ROUGE-1.5.5 reads from its data folder.
struct Resources {
  std::unordered_map<std::string, std::string> exceptions;  // WordNet inflected -> base
  std::unordered_set<std::string> stopwords;                // SMART list, for -s
  // Loads `dir`/wordnet_key_value.txt and `dir`/smart_common_words.txt.
  static Result<Resources> Load(const std::string& dir);
};

// One figure as ROUGE-1.5.5 keeps it: rounded to 5 decimals ("%7.5f").
struct Prf {
  double r = 0, p = 0, f = 0;
};

// Per-story scores for every metric, keyed "ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE-SU4".
using StoryScores = std::map<std::string, Prf>;

struct Interval {
  double low = 0, high = 0;
};
struct Average {
  Prf mean;                    // the bootstrap mean ROUGE-1.5.5 prints as Average_X
  Interval r, p, f;            // the confidence interval bounds
  double plain_r = 0, plain_p = 0, plain_f = 0;  // plain mean over stories
};

class Scorer {
 public:
  Scorer(Resources resources, Options options);
  ~Scorer();
  Scorer(Scorer&&) noexcept;
  Scorer& operator=(Scorer&&) noexcept;

  const Options& options() const;
  // Names of the metrics Score() fills, in ROUGE-1.5.5's print order.
  std::vector<std::string> MetricNames() const;

  // Scores one peer summary against its models. Each text is in SPL form: one
  // sentence per line; empty lines are ignored.
  StoryScores Score(const std::string& peer, const std::vector<std::string>& models) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Averages per-story scores of one metric as ROUGE-1.5.5 does. The ids
// name the stories; they are sorted as strings (ROUGE's instance order) before
// resampling.
Average Aggregate(const std::vector<std::pair<std::string, Prf>>& per_story, const Options& options);

// ROUGE's modified Porter stemmer (the Perl `stem` routine of ROUGE-1.5.5,
// including its changed step 4), exposed for tests.
std::string RougePorterStem(const std::string& word);

}  // namespace storyline::rouge

#endif  // STORYLINE_ROUGE_H_
