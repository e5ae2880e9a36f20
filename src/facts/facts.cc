#include "storyline/facts.h"

#include <algorithm>
#include <map>
#include <set>

#include "facts/figures.h"
#include "facts/names.h"
#include "facts/passages.h"
#include "facts/quotes.h"

namespace storyline {

namespace {

// Entities named by fewer articles than this are left out of the list when
// the story has several articles (one-off names are rarely what it is about).
constexpr int kMinEntityArticles = 2;

}  // namespace

Facts ExtractFacts(const std::vector<Article>& articles, const std::vector<std::vector<Span>>* sentences) {
  Facts facts;
  NameIndex names;
  std::vector<std::vector<NameMention>> named(articles.size());
  for (size_t ai = 0; ai < articles.size(); ++ai) {
    const Article& a = articles[ai];
    const std::vector<Paragraph> paragraphs =
        sentences && ai < sentences->size() ? ParagraphsFromSentences(a, (*sentences)[ai]) : ReadParagraphs(a);
    const std::vector<PersonMention> people = PersonMentions(paragraphs, &named[ai]);
    // (People the text makes subjects only: a name in a list, "Al Gore,
    // Hillary Rodham Clinton and ...", does not say who a bare "Clinton" is.)
    for (const PersonMention& p : people) {
      if (p.subject) names.Add(p.name);
    }
    for (const NameMention& n : named[ai]) {
      if (n.type == "organisation" && n.name.find(' ') != std::string::npos) names.AddOrganisation(n.name);
    }
    std::vector<Quote> quotes = FindQuotes(static_cast<int>(ai), a, paragraphs, people);
    for (const Quote& q : quotes) {
      if (!q.speaker.empty()) names.Add(q.speaker);
    }
    facts.quotes.insert(facts.quotes.end(), quotes.begin(), quotes.end());
    std::vector<Figure> figures = FindFigures(static_cast<int>(ai), a, paragraphs, people);
    facts.figures.insert(facts.figures.end(), figures.begin(), figures.end());
  }
  std::set<std::string> speakers;
  for (Quote& q : facts.quotes) {
    if (!q.speaker.empty()) q.speaker = names.Canonical(q.speaker);
    speakers.insert(q.speaker);
  }
  for (Figure& f : facts.figures) {
    if (!f.reporter.empty()) f.reporter = names.Canonical(f.reporter);
  }
  facts.disagreements = FindDisagreements(facts.figures);

  // Entities: canonical person names; the same name typed the way most
  // mentions type it; counted per article.
  std::map<std::string, std::map<std::string, int>> types;
  std::map<std::string, std::set<size_t>> in_articles;
  std::map<std::string, int> mentions;
  for (size_t ai = 0; ai < named.size(); ++ai) {
    for (const NameMention& n : named[ai]) {
      // An untyped name that is the short form of a person's ("Voss") is that person.
      std::string type = n.type;
      if (type.empty() || type == "person") {
        const std::string full = names.Canonical(n.name);
        if (type.empty() && full == n.name) continue;
        type = "person";
      }
      // ("ANC" is the African National Congress the story names.)
      const std::string name = type == "person" || type == "organisation" ? names.Canonical(n.name) : n.name;
      ++types[name][type];
      in_articles[name].insert(ai);
      ++mentions[name];
    }
  }
  const int min_articles = articles.size() > 1 ? kMinEntityArticles : 1;
  for (const auto& [name, by_type] : types) {
    const int count = static_cast<int>(in_articles[name].size());
    if (count < min_articles) continue;
    Entity e;
    e.name = name;
    e.articles = count;
    e.mentions = mentions[name];
    int best = 0;
    for (const auto& [type, c] : by_type) {
      if (c > best) {
        best = c;
        e.type = type;
      }
    }
    // A name once placed ("in Masaken Hanano") and never a speaker is a place.
    if (e.type == "person" && by_type.count("place") && !speakers.count(name)) e.type = "place";
    if (e.name.find("War") != std::string::npos) continue;  // "World War II": an event
    facts.entities.push_back(std::move(e));
  }
  std::stable_sort(facts.entities.begin(), facts.entities.end(), [](const Entity& a, const Entity& b) {
    return std::tie(b.articles, b.mentions) < std::tie(a.articles, a.mentions);
  });
  return facts;
}

}  // namespace storyline
