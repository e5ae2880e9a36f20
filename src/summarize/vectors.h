// Sentences as TF-IDF vectors over content-word stems, for the selectors that
// reason about similarity (centroid, submodular).
#ifndef STORYLINE_SUMMARIZE_VECTORS_H_
#define STORYLINE_SUMMARIZE_VECTORS_H_

#include <utility>
#include <vector>

#include "summarize/story_document.h"

namespace storyline {

// Sorted by term id, unit length (or empty).
using SparseVector = std::vector<std::pair<int, float>>;

struct SentenceVectors {
  std::vector<SparseVector> rows;  // per unit
  int terms = 0;                   // number of distinct term ids
};

// Term frequency x log(units / units holding the term); boilerplate units
// get empty vectors and count for nothing.
SentenceVectors BuildSentenceVectors(const StoryDocument& doc);

float Dot(const SparseVector& a, const SparseVector& b);

// Whether more than `max_share` of the smaller row's terms are in the other
// (the rows' terms are content-word stems: SameContent of concepts.h).
bool SameTerms(const SparseVector& a, const SparseVector& b, double max_share);

// The story's topic: the sum of every row, cut to its `max_terms` heaviest
// terms (the long tail of one-off words is noise), unit length.
SparseVector Centroid(const SentenceVectors& v, size_t max_terms);

}  // namespace storyline

#endif  // STORYLINE_SUMMARIZE_VECTORS_H_
