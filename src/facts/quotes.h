// Direct quotes and their speakers.
#ifndef STORYLINE_FACTS_QUOTES_H_
#define STORYLINE_FACTS_QUOTES_H_

#include <vector>

#include "facts/passages.h"
#include "storyline/facts.h"

namespace storyline {

struct PersonMention {
  size_t offset = 0;  // in Article::text
  std::string name;   // full name (a surname alone is resolved to the person named before)
  std::string title;  // lowercase role words before the name
  bool subject = false;  // opens its sentence or clause, or says something: "he" most likely means them
  bool first_name = false;  // written as the first name alone ("Vanellope" for Vanellope Hope Wilkins)
  bool shared_surname = false;  // a bare surname two people share, left as written ("Obama")
  char sex = 0;  // 'f' or 'm' when the text tells ("his mother, Judy Dugar", "Mr. Smith"), for "she"/"he"
};

struct NameMention {
  std::string name;
  std::string type;  // person, organisation, place, or empty when the text does not tell
};

// A short form the text gives in brackets right after a body's name: "FAO"
// of "The U.N. Food and Agriculture Organisation (FAO)", the name joined across
// an "and" inside it.
struct ShortForm {
  std::string short_form, name;
};

// Every person named outside quotation marks, in text order; with `names`,
// every name there too, typed by its shape and context; with `short_forms`,
// the short forms the text defines.
std::vector<PersonMention> PersonMentions(const std::vector<Paragraph>& paragraphs,
                                          std::vector<NameMention>* names = nullptr,
                                          std::vector<ShortForm>* short_forms = nullptr);

// The full name a surname or first name alone stands for: the last person
// named before offset `before` with that word first or last ("Yao" -> "Yao Zhenxian").
std::string ResolveShortName(const std::vector<PersonMention>& people, const std::string& name, size_t before);

// Quotes of one article, speakers as written and resolved within the article
// (canonical names across articles are set by ExtractFacts).
std::vector<Quote> FindQuotes(int article, const Article& a, const std::vector<Paragraph>& paragraphs,
                              const std::vector<PersonMention>& people);

// The speaker a sentence's own words name for a statement in it: "X said",
// "said X", "according to X" within words [begin, end). Used for figures too.
// Returns the name as written ("" if none) and sets *resolved to the person
// it stands for (the name itself, or who "he" / "the spokesman" is).
std::string SpeakerIn(const std::vector<Word>& words, size_t begin, size_t end, size_t anchor,
                      const std::vector<PersonMention>& people, std::string* resolved);

}  // namespace storyline

#endif  // STORYLINE_FACTS_QUOTES_H_
