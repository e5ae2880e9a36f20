// A story's articles turned into sentence units: cleaned of page furniture,
// split into sentences, with passages repeated verbatim across outlets (wire
// copy) collapsed into one unit that remembers every place it appears.
#ifndef STORYLINE_SUMMARIZE_STORY_DOCUMENT_H_
#define STORYLINE_SUMMARIZE_STORY_DOCUMENT_H_

#include <string>
#include <vector>

#include "storyline/article.h"
#include "text/tokenizer.h"

namespace storyline {

struct Occurrence {
  int article = 0;
  Span text;         // in the article's text
  int position = 0;  // sentence index within the article's kept sentences
};

struct SentenceUnit {
  std::string display;                 // white space collapsed, `` '' made “ ”
  std::vector<Occurrence> occurrences; // first one is where it was first seen
  std::vector<Token> tokens;
  int words = 0;             // white-space words of `display`
  bool complete = false;     // ends like a sentence (stop, question or exclamation)
  bool boilerplate = false;  // social-media embed, link, share prompt, editor's note
  // Boilerplate for the summary but read for facts: an editor's note, or a
  // sentence cut off by an ellipsis that the paragraph goes on from (“... what
  // you're doing... So for you to deny ...”: a quote's words, not a teaser).
  bool read_for_facts = false;
  bool trimmed = false;      // `display` is shorter than the source sentence
  bool leans_back = false;   // opens with a pronoun or demonstrative (Rules::LeansOnContext)
};

// What BuildStoryDocument does beyond splitting; each can be switched off to
// measure what it brings (storyline eval --without).
struct DocumentOptions {
  bool clean = true;            // drop page furniture, embeds, captions, datelines
  bool collapse_copies = true;  // one unit per statement repeated across outlets
  bool trim = true;             // cut asides and closing speech tags (Rules::TrimSentence)
};

struct StoryDocument {
  std::vector<SentenceUnit> units;
  int num_articles = 0;
};

// Builds the story's units. Articles keep their order.
StoryDocument BuildStoryDocument(const std::vector<Article>& articles, const DocumentOptions& options = {});

}  // namespace storyline

#endif  // STORYLINE_SUMMARIZE_STORY_DOCUMENT_H_
