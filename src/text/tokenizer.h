// Words of a sentence, lowercased and stemmed, for weighing content.
#ifndef STORYLINE_TEXT_TOKENIZER_H_
#define STORYLINE_TEXT_TOKENIZER_H_

#include <string>
#include <string_view>
#include <vector>

namespace storyline {

struct Token {
  std::string lower;  // lowercased word (ASCII letters lowered; other letters kept)
  std::string stem;   // Snowball English stem of `lower`
  bool stopword = false;
};

// Splits `sentence` into word tokens. Letters and digits (any non-ASCII code
// point outside the punctuation blocks counts as a letter) make words;
// apostrophes inside a word are kept ("Assad’s" -> "assad's"), hyphens and
// everything else separate words.
std::vector<Token> Tokenize(std::string_view sentence);

// Number of white-space separated words, as ROUGE and word budgets count them.
int CountWords(std::string_view text);

}  // namespace storyline

#endif  // STORYLINE_TEXT_TOKENIZER_H_
