// Scoring the facts (who said what, figures, disagreements) against a gold
// set annotated by hand: tests/facts_gold/gold.jsonl, described in
// tests/facts_gold/README.md. The stories are read from the evaluation data
// (../shared) and the bundled example; the gold set holds only ids and byte
// offsets.
#ifndef STORYLINE_FACTS_EVALUATION_H_
#define STORYLINE_FACTS_EVALUATION_H_

#include <string>
#include <vector>

#include "storyline/status.h"

namespace storyline {

struct PrecisionRecall {
  int system = 0;          // system items considered
  int system_correct = 0;  // of those, correct
  int gold = 0;            // gold items
  int gold_found = 0;      // of those, found correctly
  double precision() const { return system ? static_cast<double>(system_correct) / system : 0; }
  double recall() const { return gold ? static_cast<double>(gold_found) / gold : 0; }
};

struct FactsEvaluation {
  int stories = 0;
  PrecisionRecall quote_speakers;  // attributed quotes: span overlaps a gold quote and the speaker is the gold one
  PrecisionRecall quotes;          // quote spans only
  PrecisionRecall figures;         // span overlaps a gold figure, same kind, same value
  PrecisionRecall disagreements;   // same kind, figures on two different gold sides; a system one is judged
                                   // only when the annotated documents hold two of its values
  std::vector<std::string> mistakes;  // one line per error, for whoever improves the extractor
  std::vector<Status> errors;         // unreadable gold lines or stories
};

struct FactsEvaluationOptions {
  std::string shared_dir;   // the evaluation data; empty: ../shared
  std::string example_dir;  // the bundled example story; empty: examples/marrowby-bridge
  std::string external_dir;  // corpora "reuters", "reuters_weka" (scripts/reuters_corpus.sh); empty: build/external
};

Result<FactsEvaluation> EvaluateFacts(const std::string& gold_path, const FactsEvaluationOptions& options = {});

// Whether two names are the same person as the gold set counts it: equal
// after lowercasing (dots and "al-" ignored), or one is the other's surname,
// or the initials of the other's words ("ANC"), or the same company's name
// with or without its legal form ("Physio Technology", "Physio Technology Inc").
bool SameSpeaker(const std::string& a, const std::string& b);

}  // namespace storyline

#endif  // STORYLINE_FACTS_EVALUATION_H_
