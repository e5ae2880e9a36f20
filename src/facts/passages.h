// What the fact extractor reads of an article: its paragraphs after the same
// cleaning the summary gets (page tail, furniture paragraphs, datelines and
// embedded posts skipped), as words with offsets and sentence bounds.
#ifndef STORYLINE_FACTS_PASSAGES_H_
#define STORYLINE_FACTS_PASSAGES_H_

#include <memory>
#include <vector>

#include "facts/words.h"
#include "storyline/article.h"

namespace storyline {

struct Paragraph {
  Span span;                       // in Article::text
  std::vector<Word> words;
  std::vector<size_t> sentence_starts;  // indices into words where a sentence begins (first is 0)
};

// An article's paragraphs as read, with the lowered copy of its text their
// words' `lower` views point into (see LoweredCopy).
struct Passages {
  std::unique_ptr<char[]> lowered;
  std::vector<Paragraph> paragraphs;
};

Passages ReadParagraphs(const Article& article);
// The same from sentences already cleaned of boilerplate and page furniture
// and split (spans in text order).
Passages ParagraphsFromSentences(const Article& article, const std::vector<Span>& sentences);

// Index of the sentence holding word `i`, and that sentence's word range.
size_t SentenceOf(const Paragraph& p, size_t i);
void SentenceRange(const Paragraph& p, size_t sentence, size_t* begin, size_t* end);

}  // namespace storyline

#endif  // STORYLINE_FACTS_PASSAGES_H_
