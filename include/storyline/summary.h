// Summarize: from a story's articles to a short, cited, non-redundant summary.
//
// Thread-safety: Summarize() keeps no shared mutable state; several stories
// may be summarized at once from different threads.
#ifndef STORYLINE_SUMMARY_H_
#define STORYLINE_SUMMARY_H_

#include <string>
#include <vector>

#include <memory>

#include "storyline/article.h"
#include "storyline/background.h"
#include "storyline/facts.h"
#include "storyline/status.h"

namespace storyline {

// The parts of the engine that can be switched off, one at a time, to measure
// what each brings (docs/benchmarks.md, "Ablation"). All on by default; users
// have no reason to switch any off.
struct SummaryParts {
  bool cleaning = true;     // page furniture, embedded posts, captions, datelines
  bool copies = true;       // wire copy collapsed into one statement
  bool position = true;     // earlier sentences of an article favoured
  bool redundancy = true;   // no two sentences saying the same thing
  bool trimming = true;     // asides and closing speech tags cut
  bool unigrams = true;     // single content words count as concepts, beside word pairs
  bool openers = true;      // sentences opening with a pronoun ("He", "This") held back
  bool fill = true;         // words left once shared concepts are covered go to what is said once
  bool fade = true;         // later sentences fade, the faster the less the sources corroborate each other
};

// Names accepted by SetPart(), in SummaryParts order.
std::vector<std::string> SummaryPartNames();
// Switches the named part on or off; false if there is no such part.
bool SetPart(SummaryParts& parts, const std::string& name, bool on);

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
  SummaryParts parts;
  // How fast later sentences fade when the sources do not corroborate each
  // other (part `fade`): a sentence at position p in its article is weighed
  // exp(-p x (1 - corroboration) / fade_sentences), where corroboration is
  // the share of the story's concept weight that more than one article
  // states. What one outlet alone reports is best ranked by that outlet's own
  // order (the inverted pyramid); ten reports that agree say for themselves
  // what matters, and then nothing fades. Chosen on Multi-News, checked on
  // DUC 2004 and on DUC 2004 with fewer articles a story (docs/benchmarks.md).
  double fade_sentences = 10;
  // Optional background word statistics (storyline/background.h); null: none.
  std::shared_ptr<const BackgroundStats> background;
  // Extract who said what, figures and disagreements (Summary::facts).
  bool facts = true;
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
  bool trimmed = false;             // an aside or closing speech tag of the source sentence was cut
  std::vector<int> quotes;          // indices into Summary::facts.quotes standing in this sentence
  std::vector<int> figures;         // indices into Summary::facts.figures standing in this sentence
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
  Facts facts;                             // empty unless SummaryOptions::facts
  bool facts_extracted = false;
};

// Names of the selection methods SummaryOptions::method accepts.
std::vector<std::string> SelectorNames();

// Summarizes one story. Fails only when no article holds usable text or an
// option is invalid.
Result<Summary> Summarize(const std::vector<Article>& articles, const SummaryOptions& options = {});

enum class OutputFormat { kText, kMarkdown, kJson };

// Renders a summary. Text and Markdown give the numbered list of sources and
// then, when facts were extracted, the names the articles share and the
// sections "Who said what", "Figures" and "Where sources disagree"; JSON
// follows docs/summary-json.md.
std::string Render(const Summary& summary, OutputFormat format);

}  // namespace storyline

#endif  // STORYLINE_SUMMARY_H_
