// Story corpora in JSONL: one story per line,
//   {"id": "d30001t", "documents": ["article text", ...], "summaries": ["reference", ...]}
// the format of the evaluation sets.
#ifndef STORYLINE_CORPUS_H_
#define STORYLINE_CORPUS_H_

#include <string>
#include <vector>

#include "storyline/article.h"
#include "storyline/status.h"

namespace storyline {

struct CorpusStory {
  std::string id;
  std::vector<Article> articles;        // one per document, named "<id>#<n>"
  std::vector<std::string> summaries;   // reference summaries, as given
};

struct CorpusReport {
  std::vector<CorpusStory> stories;
  std::vector<Status> errors;  // one per bad line or unusable document, naming the line
};

struct CorpusOptions {
  IngestOptions ingest;
  size_t max_line_bytes = 64u << 20;  // a longer line is refused (and skipped), not kept
};

// Reads a JSONL corpus. A malformed line is reported and skipped; the other
// stories are still read. Fails only when the file cannot be opened.
Result<CorpusReport> ReadCorpus(const std::string& path, const CorpusOptions& options = {});

}  // namespace storyline

#endif  // STORYLINE_CORPUS_H_
