// Article: one news article as read from a file, standard input or a corpus,
// with its raw bytes kept and a valid UTF-8 body the pipeline reads.
//
// Every span Storyline reports (a summary sentence, later a quote or a figure)
// is a byte range of `text`; ToRaw() maps it back to a byte range of the raw
// input, so a reader can jump to the passage in the file as it was given.
#ifndef STORYLINE_ARTICLE_H_
#define STORYLINE_ARTICLE_H_

#include <cstddef>
#include <string>
#include <vector>

#include "storyline/status.h"

namespace storyline {

enum class ArticleFormat { kText, kHtml };

// A half-open byte range [begin, end).
struct Span {
  size_t begin = 0;
  size_t end = 0;
  size_t size() const { return end - begin; }
};

// One stretch of `text` and the raw bytes it came from. An exact run is a
// byte-for-byte copy; an inexact one (a decoded entity, a repaired byte) maps
// as a whole.
struct OffsetRun {
  size_t text_begin = 0, text_size = 0;
  size_t raw_begin = 0, raw_size = 0;
  bool exact = true;
};

struct Article {
  std::string name;      // what citations show: the file name, "stdin" or a corpus id
  std::string path;      // as given on the command line ("-" for standard input)
  ArticleFormat format = ArticleFormat::kText;
  std::string raw;       // the input bytes, untouched
  std::string text;      // valid UTF-8 body text
  std::vector<OffsetRun> runs;   // text -> raw, sorted by text_begin
  std::string headline;          // empty when the input has none
  std::vector<Span> paragraphs;  // spans of `text`, in reading order
  std::vector<std::string> warnings;  // repairs made while reading

  // Maps a span of `text` to the raw bytes it came from.
  Span ToRaw(Span text_span) const;
};

// The longest article text Storyline reads, in bytes (after decoding), whatever
// max_article_bytes allows: the facts reader addresses words by 32-bit offsets.
inline constexpr size_t kMaxArticleTextBytes = 0xFFFFFFFFu;

// Limits for untrusted input.
struct IngestOptions {
  // Larger inputs are refused with an error naming the limit (and so is a
  // text over kMaxArticleTextBytes once decoded).
  size_t max_article_bytes = 16u << 20;
  // A file whose first 64 KiB hold more than this share of control bytes
  // (other than tab, newline, carriage return, form feed) is taken as binary.
  double max_control_byte_ratio = 0.02;
};

// What reading a list of paths produced: the usable articles, and one error
// per input that could not be used (each naming the input and what is wrong).
struct IngestReport {
  std::vector<Article> articles;
  std::vector<Status> errors;
};

// Reads every path: an article file (.txt, .html, .htm, or anything else read
// as text), a folder (its .txt, .html and .htm files in name order) or "-"
// (standard input). One bad input never stops the others.
IngestReport LoadArticles(const std::vector<std::string>& paths, const IngestOptions& options = {});

// Builds an article from bytes already in memory. `name` is used in messages
// and citations. Fails when the bytes are empty, binary or hold no text.
Result<Article> ParseArticle(std::string name, std::string path, std::string raw, ArticleFormat format,
                             const IngestOptions& options = {});

// Guesses the format from the file name and, failing that, the content.
ArticleFormat DetectFormat(const std::string& path, const std::string& raw);

}  // namespace storyline

#endif  // STORYLINE_ARTICLE_H_
