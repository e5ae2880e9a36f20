// Summarize: from a story's articles to a short, cited, non-redundant summary.
//
// Thread-safety: Summarize() keeps no shared mutable state; several stories
// may be summarized at once from different threads.
#ifndef STORYLINE_SUMMARY_H_
#define STORYLINE_SUMMARY_H_

#include <string>
#include <vector>

#include "storyline/article.h"
#include "storyline/status.h"

namespace storyline {

struct SummaryOptions {
  // The summary has at most this many words (white-space separated, as ROUGE
  // counts them). Whole sentences only.
  int max_words = 100;
  // Sentence selection method; see SelectorNames().
  std::string method = "concept";
  // Sentences shorter than this are not summary material (captions, fragments).
  int min_sentence_words = 8;
  // Sentences longer than this are not either (run-ons, lists, scraping joins).
  int max_sentence_words = 60;
};

// Where a summary sentence stands in one source article.
struct Citation {
  int source = 0;   // index into Summary::sources (0-based; shown 1-based)
  Span text;        // byte range in that article's text
  Span raw;         // byte range in the article's raw input
};

struct SummarySentence {
  std::string text;                 // as shown to the reader
  std::vector<Citation> citations;  // every article carrying the sentence, in source order
};

struct SourceInfo {
  std::string name;      // file name or corpus id
  std::string path;      // as given
  std::string headline;  // the article's headline, or its opening words when it has none
};

struct Summary {
  std::vector<SummarySentence> sentences;  // in reading order
  std::vector<SourceInfo> sources;         // every input article, in input order
  int words = 0;
};

// Names of the selection methods SummaryOptions::method accepts.
std::vector<std::string> SelectorNames();

// Summarizes one story. Fails only when no article holds usable text or an
// option is invalid.
Result<Summary> Summarize(const std::vector<Article>& articles, const SummaryOptions& options = {});

enum class OutputFormat { kText, kMarkdown, kJson };

// Renders a summary. Text and Markdown end with the numbered list of sources;
// JSON follows docs/summary-json.md.
std::string Render(const Summary& summary, OutputFormat format);

}  // namespace storyline

#endif  // STORYLINE_SUMMARY_H_
