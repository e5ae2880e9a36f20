// Facts: who said what, which figures each source gives, where sources
// disagree, and who and what the articles name.
//
// Extraction is rule-based and runs on the same cleaned text the summary
// uses (page furniture and embedded posts are skipped). Every quote and
// figure carries the article it comes from and its byte span there, in the
// article's text and in its raw input.
//
// Thread-safety: ExtractFacts keeps no shared mutable state.
#ifndef STORYLINE_FACTS_H_
#define STORYLINE_FACTS_H_

#include <string>
#include <vector>

#include "storyline/article.h"

namespace storyline {

struct Quote {
  int article = 0;
  Span text;            // the quoted words, marks excluded, in Article::text
  Span raw;             // the same in the raw input
  Span marked;          // the quote with its marks, in Article::text
  std::string words;    // the quoted words, white space collapsed
  std::string speaker;  // canonical name ("Francois Delattre"); empty when the text does not say
  std::string speaker_as_written;  // "he", "the spokesman", "Delattre", ...
  bool partial = false;            // a phrase quoted inside the writer's own sentence
};

struct Figure {
  int article = 0;
  Span text;              // the number with its qualifier ("more than 50,000")
  Span raw;
  Span sentence;          // the sentence it stands in (Article::text)
  std::string as_written; // "more than 50,000"
  double value = 0;       // 50000; for vague numbers ("dozens") a conventional low bound
  bool vague = false;     // "dozens", "tens of thousands", "thousands"
  bool range = false;     // one end of a range or alternative ("20 or 30", "$125 to $225 million")
  bool charged = false;   // what someone is charged with or convicted of ("convicted of killing three")
  bool part = false;      // a part of a whole named after it ("18 of the dead", "161 of them")
  std::string qualifier;  // "at least", "more than", "about", "up to", ... or empty
  std::string kind;       // killed, wounded, displaced, trapped, evacuated, arrested, missing, money, percent, count
  std::string counts;     // what is counted, as written ("civilians", "people", "households")
  std::string place;      // where, when the sentence says ("east Aleppo")
  std::string time;       // when, when the sentence says ("Wednesday", "over the past four days")
  std::string reporter;   // who gives the figure ("the Syrian Observatory for Human Rights")
};

// Sources giving different figures for the same count: same kind, same place
// (or none given) and no conflicting time.
struct Disagreement {
  std::string kind;
  std::string place;
  std::vector<int> figures;  // indices into Facts::figures, one or more per side, from 2+ sources (articles or named reporters)
};

struct Entity {
  std::string name;      // longest form used ("Francois Delattre")
  std::string type;      // person, organisation, place
  int articles = 0;      // how many articles name it
  int mentions = 0;
};

struct Facts {
  std::vector<Quote> quotes;
  std::vector<Figure> figures;
  std::vector<Disagreement> disagreements;
  std::vector<Entity> entities;  // named by most articles first
};

// `sentences`, when given, holds each article's sentences already cleaned of
// page furniture (spans in Article::text, in text order), as the summarizer
// has them; otherwise the articles are cleaned and split here.
Facts ExtractFacts(const std::vector<Article>& articles,
                   const std::vector<std::vector<Span>>* sentences = nullptr);

}  // namespace storyline

#endif  // STORYLINE_FACTS_H_
