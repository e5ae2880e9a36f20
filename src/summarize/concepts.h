// The story's concepts: the units of meaning that concept-based selectors
// cover, with a weight for how central each is to the story.
//
// A concept is a pair of adjacent word stems, not both function words (the
// concept unit of Gillick & Favre's ICSI summarizer), or a single content-word
// stem. Its weight grows with how widely the story's sources state it: once
// per article that carries it, plus a fraction for each further statement (so
// wire copy collapsed into one unit still counts for every outlet that ran
// it), raised to a power above 1 so that what most sources report outweighs
// many things each reported by few.
#ifndef STORYLINE_SUMMARIZE_CONCEPTS_H_
#define STORYLINE_SUMMARIZE_CONCEPTS_H_

#include <vector>

#include "storyline/summary.h"
#include "summarize/story_document.h"

namespace storyline {

struct ConceptModel {
  // Per unit: ids of its concepts that carry weight, sorted, each once.
  std::vector<std::vector<int>> unit_concepts;
  // Per concept id: its weight (> 0).
  std::vector<double> weight;
  // Per unit: ids of its content-word stems, sorted, each once (for redundancy).
  std::vector<std::vector<int>> content;
  // Number of distinct content-word stems (ids in `content` are below it).
  size_t content_stems = 0;
  // Share of the concept weight stated by more than one article, in [0, 1]:
  // how far the sources corroborate each other. Near 1 for ten wire reports
  // of one event; low for one real report beside a stub or a page of
  // furniture, where the story's own frequencies say little.
  double corroboration = 0;
};

// `unigrams`: whether single content words are concepts too. `background`
// (may be null) scales each concept's weight by its words' informativeness.
ConceptModel BuildConceptModel(const StoryDocument& doc, bool unigrams, const BackgroundStats* background = nullptr);

// Whether two units say the same thing: more than `max_share` of the smaller
// one's content stems are in the other.
bool SameContent(const std::vector<int>& a, const std::vector<int>& b, double max_share);

// Two sentences sharing more than this share of content stems are redundant.
inline constexpr double kMaxContentOverlap = 0.6;

// News puts the essentials first: a unit's prior from its place in its
// article, (1 + lead / (1 + position)) x exp(-decay x position). The first
// factor is the lede's bonus; the second lets later sentences fade, at a rate
// PositionDecay() sets from how little the sources corroborate each other.
double LeadPrior(const SentenceUnit& unit, double lead, double decay = 0);
inline constexpr double kLeadBonus = 1.0;

// The per-sentence decay for LeadPrior: (1 - corroboration) / fade_sentences
// (SummaryOptions::fade_sentences), 0 with the part `fade` or `position` off.
double PositionDecay(const ConceptModel& m, const SummaryParts& parts, double fade_sentences);

// The default selection ("concept", concept_selector.cc): greedy budgeted
// coverage by gain per word^0.8 times the lead prior with `decay`
// (PositionDecay). Also the ILP's start.
std::vector<int> GreedyConceptSelect(const StoryDocument& doc, const ConceptModel& m,
                                     const std::vector<int>& candidates, int budget, const SummaryParts& parts,
                                     double decay);

}  // namespace storyline

#endif  // STORYLINE_SUMMARIZE_CONCEPTS_H_
