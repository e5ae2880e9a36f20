// Words of an article's text with their byte offsets, as the fact extractor
// reads them: words (letters, digits and the marks inside them: "al-Assad",
// "50,000", "U.S."), quotation marks classified as opening or closing, and
// other punctuation one mark at a time.
#ifndef STORYLINE_FACTS_WORDS_H_
#define STORYLINE_FACTS_WORDS_H_

#include <cstdint>
#include <memory>
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

// 48 bytes: the facts passes read every word several times.
struct Word {
  // Byte offsets in the text given to SplitWords (plus `base`); 32 bits hold
  // them, as ingest refuses a text over kMaxArticleTextBytes.
  uint32_t begin = 0, end = 0;
  std::string_view text;      // as written (a view into the text given to SplitWords)
  std::string_view lower;     // ASCII-lowercased, typographic apostrophes made ' (a view into LoweredCopy)
  WordType type = WordType::kWord;
  bool capitalized = false;   // starts with an upper-case ASCII letter (or is all-caps)
  bool single_mark = false;   // for quotes: a single mark (‘ ’)
  bool plural_owner = false;  // a plural's possessive apostrophe follows ("ABC News' Diane Sawyer")
  uint32_t classes = 0;       // Lexicon WordClass bits of `lower` (words only)
};

inline bool IsAsciiDigit(unsigned char c) { return c >= '0' && c <= '9'; }

// A copy of `text`, made once for all the words split from it, that
// AppendWords lowercases word by word: their `lower` views point into it (and
// keep pointing there when it is moved).
std::unique_ptr<char[]> LoweredCopy(std::string_view text);

// Splits `text`, appending to `out`; offsets are `base` + position in `text`.
// `lowered` is LoweredCopy of `text` (or of a text holding it at the same
// positions); each word's bytes there are lowercased, typographic apostrophes
// made ' ("Assad’s" read "assad's").
// Straight double quotes stay kStraightQuote until PairStraightQuotes.
void AppendWords(std::string_view text, char* lowered, size_t base, std::vector<Word>* out);

// One text split alone: its words and the copy they view.
struct SplitText {
  std::unique_ptr<char[]> lowered;
  std::vector<Word> words;
};
SplitText SplitWords(std::string_view text, size_t base = 0);

// Pairs straight double quotes left to right: odd ones open, even ones close;
// one after a typographic opening mark left open closes it. A lone grave
// accent (a single opening mark) that a double mark closes opens a double quote.
void PairStraightQuotes(std::vector<Word>& words);

}  // namespace storyline

#endif  // STORYLINE_FACTS_WORDS_H_
