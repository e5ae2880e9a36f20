// A sentence splitter made for news English.
//
// It knows abbreviations and titles ("Maj. Gen. Igor Konashenkov", "Dr. Nott",
// "the U.S. embassy", "Jan. 5"), initials ("J. R. Smith"), decimals and
// thousands ("3.5", "50,000"), quotations whose final stop sits inside the
// quote ('...silent." He said'), runs of terminators ("?!", "..."), and the
// missing space scraped text often has after a full stop ("he said.Launching").
// Abbreviations and sentence starters are data (data/abbreviations.txt,
// data/sentence_starters.txt).
#ifndef STORYLINE_TEXT_SENTENCE_SPLITTER_H_
#define STORYLINE_TEXT_SENTENCE_SPLITTER_H_

#include <string_view>
#include <vector>

#include "storyline/article.h"

namespace storyline {

// Splits `text` into sentences: spans relative to `text`, trimmed of white
// space, never empty, in order. Text without a final stop (a headline) is
// one sentence.
std::vector<Span> SplitSentences(std::string_view text);

}  // namespace storyline

#endif  // STORYLINE_TEXT_SENTENCE_SPLITTER_H_
