// Words of an article's text with their byte offsets, as the fact extractor
// reads them: words (letters, digits and the marks inside them: "al-Assad",
// "50,000", "U.S."), quotation marks classified as opening or closing, and
// other punctuation one mark at a time.
#ifndef STORYLINE_FACTS_WORDS_H_
#define STORYLINE_FACTS_WORDS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace storyline {

enum class WordType : uint8_t {
  kWord,        // letters (and digits) — "Aleppo", "al-Assad", "U.S.", "2nd"
  kNumber,      // digits with , . inside — "50,000", "2.4", "1998"
  kOpenQuote,   // “ ‘ `` or a straight " that opens
  kCloseQuote,  // ” ’ '' or a straight " that closes
  kStraightQuote,  // a straight " not yet classified (see PairStraightQuotes)
  kPunct,       // anything else, one character
};

// 64 bytes, one cache line: the facts passes read every word several times.
struct Word {
  // Byte offsets in the text given to SplitWords (plus `base`); 32 bits hold
  // them, as ingest refuses a text over kMaxArticleTextBytes.
  uint32_t begin = 0, end = 0;
  std::string_view text;      // as written (a view into the text given to SplitWords)
  std::string lower;          // ASCII-lowercased, typographic apostrophes made '
  WordType type = WordType::kWord;
  bool capitalized = false;   // starts with an upper-case ASCII letter (or is all-caps)
  bool single_mark = false;   // for quotes: a single mark (‘ ’)
  bool plural_owner = false;  // a plural's possessive apostrophe follows ("ABC News' Diane Sawyer")
  uint32_t classes = 0;       // Lexicon WordClass bits of `lower` (words only)
};

inline bool IsAsciiDigit(unsigned char c) { return c >= '0' && c <= '9'; }

// Splits `text`; offsets are `base` + position in `text`. Straight double
// quotes stay kStraightQuote until PairStraightQuotes.
std::vector<Word> SplitWords(std::string_view text, size_t base = 0);
// The same, appended to `out` (no temporary vector).
void AppendWords(std::string_view text, size_t base, std::vector<Word>* out);

// Pairs straight double quotes left to right: odd ones open, even ones close;
// one after a typographic opening mark left open closes it. A lone grave
// accent (a single opening mark) that a double mark closes opens a double quote.
void PairStraightQuotes(std::vector<Word>& words);

}  // namespace storyline

#endif  // STORYLINE_FACTS_WORDS_H_
