// Paragraphs and headline of a plain-text article.
#ifndef STORYLINE_INGEST_PLAIN_TEXT_H_
#define STORYLINE_INGEST_PLAIN_TEXT_H_

#include "storyline/article.h"

namespace storyline {

// Fills article->paragraphs and article->headline from article->text.
//
// Two layouts occur in news text. Hard-wrapped wire copy (most lines of
// similar length, under about 90 bytes; or, with six lines or more, hardly a
// line over 90 bytes and most lines that run on into an unindented one stopping
// mid-sentence, as in wire stories of two-line paragraphs) breaks paragraphs
// only at blank lines or indented lines; everything else is one paragraph per
// line. The first line
// is the headline when it is short, ends without a full stop and is followed by
// more text (and, in wrapped text, by a blank line).
void SplitPlainText(Article* article);

}  // namespace storyline

#endif  // STORYLINE_INGEST_PLAIN_TEXT_H_
