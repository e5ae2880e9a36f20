// Evaluation: summarize every story of a JSONL corpus with the same engine as
// `storyline summarize` and score the summaries with ROUGE-1.5.5's figures.
#ifndef STORYLINE_EVALUATION_H_
#define STORYLINE_EVALUATION_H_

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "storyline/rouge.h"
#include "storyline/status.h"
#include "storyline/summary.h"

namespace storyline {

struct EvaluationOptions {
  SummaryOptions summary;
  rouge::Options rouge;           // word_limit follows summary.max_words unless set
  std::string rouge_data;         // folder with ROUGE's WordNet exceptions and stopwords
  std::string summaries_out;      // when set, each summary goes to <dir>/<id>.txt
  // When > 0, each story is summarized from its first max_articles articles
  // only (against the same references): how the engine does with fewer sources.
  int max_articles = 0;
  // Called after each story with (done, total); for progress display.
  std::function<void(size_t, size_t)> progress;
};

struct EvaluationResult {
  int stories = 0;
  double summarize_seconds = 0;  // time spent summarizing, not scoring
  size_t article_bytes = 0;      // article text summarized
  std::vector<std::string> metrics;                // print order
  std::map<std::string, rouge::Average> averages;  // by metric name
  // Each scored story's figures, in corpus order: ROUGE-1.5.5's per-story
  // ("_pertopic") lines, for finding where a change wins or loses.
  struct StoryScores {
    std::string id;
    std::map<std::string, rouge::Prf> scores;  // by metric name
  };
  std::vector<StoryScores> per_story;
  std::vector<Status> errors;                      // bad lines, unusable articles
};

Result<EvaluationResult> EvaluateCorpus(const std::string& corpus_path, const EvaluationOptions& options);

// The default ROUGE data folder: $STORYLINE_ROUGE_DATA, else the evaluation
// data's rouge_resources next to the project (../shared/eval/rouge_resources).
std::string DefaultRougeDataDir();

}  // namespace storyline

#endif  // STORYLINE_EVALUATION_H_
