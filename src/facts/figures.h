// Figures: numbers that count people, things, money or shares, with what they
// count, where, when, and who gives them.
#ifndef STORYLINE_FACTS_FIGURES_H_
#define STORYLINE_FACTS_FIGURES_H_

#include <vector>

#include "facts/passages.h"
#include "facts/quotes.h"
#include "storyline/facts.h"

namespace storyline {

std::vector<Figure> FindFigures(int article, const Article& a, const std::vector<Paragraph>& paragraphs,
                                const std::vector<PersonMention>& people);

// Figures from different sources for the same count (same kind, place and
// time span, the same people counted) that differ.
std::vector<Disagreement> FindDisagreements(const std::vector<Figure>& figures);

// Parses the number expression starting at words[i]: digits ("50,000",
// "2.4 million"), words ("two", "twenty-one", "a quarter-million", "half a
// million") or vague amounts ("dozens", "tens of thousands"). Returns the
// number of words used (0: none) and sets *value and *vague.
size_t ParseNumber(const std::vector<Word>& words, size_t i, size_t end, double* value, bool* vague);

}  // namespace storyline

#endif  // STORYLINE_FACTS_FIGURES_H_
