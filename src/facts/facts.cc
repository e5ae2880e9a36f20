#include "storyline/facts.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

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
    const Passages read =
        sentences && ai < sentences->size() ? ParagraphsFromSentences(a, (*sentences)[ai]) : ReadParagraphs(a);
    const std::vector<Paragraph>& paragraphs = read.paragraphs;
    std::vector<ShortForm> short_forms;
    const std::vector<PersonMention> people = PersonMentions(paragraphs, &named[ai], &short_forms);
    // (People the text makes subjects only: a name in a list, "Al Gore,
    // Hillary Rodham Clinton and ...", does not say who a bare "Clinton" is.)
    for (const PersonMention& p : people) {
      if (p.subject && !p.name.empty()) names.Add(p.name);
    }
    for (const NameMention& n : named[ai]) {
      if (n.type == "organisation" && n.name.find(' ') != std::string::npos) names.AddOrganisation(n.name);
      if (n.type == "person") names.AddBystander(n.name);
    }
    for (const ShortForm& s : short_forms) {
      if (s.name.find(' ') == std::string::npos) continue;
      names.AddOrganisation(s.name);
      names.AddShortForm(s.short_form, s.name);
    }
    std::vector<Quote> quotes = FindQuotes(static_cast<int>(ai), a, paragraphs, people);
    for (const Quote& q : quotes) {
      if (!q.speaker.empty()) names.Add(q.speaker);
    }
    facts.quotes.insert(facts.quotes.end(), std::make_move_iterator(quotes.begin()), std::make_move_iterator(quotes.end()));
    std::vector<Figure> figures = FindFigures(static_cast<int>(ai), a, paragraphs, people);
    facts.figures.insert(facts.figures.end(), std::make_move_iterator(figures.begin()),
                         std::make_move_iterator(figures.end()));
  }
  // The index is complete: a name's canonical form no longer changes, and a
  // story names the same people many times over.
  std::unordered_map<std::string, std::string> canonical_of;
  auto canonical = [&](const std::string& name) -> const std::string& {
    auto it = canonical_of.find(name);
    if (it == canonical_of.end()) it = canonical_of.emplace(name, names.Canonical(name)).first;
    return it->second;
  };
  std::unordered_set<std::string> speakers;
  for (Quote& q : facts.quotes) {
    if (!q.speaker.empty()) q.speaker = canonical(q.speaker);
    speakers.insert(q.speaker);
  }
  for (Figure& f : facts.figures) {
    if (!f.reporter.empty()) f.reporter = canonical(f.reporter);
  }
  facts.disagreements = FindDisagreements(facts.figures);

  // Entities: canonical person names; the same name typed the way most
  // mentions type it; counted per article.
  struct Tally {
    std::map<std::string_view, int> types;  // type -> mentions typed so
    size_t last_article = SIZE_MAX;
    int articles = 0, mentions = 0;
  };
  std::unordered_map<std::string, Tally> tallies;
  for (size_t ai = 0; ai < named.size(); ++ai) {
    for (const NameMention& n : named[ai]) {
      // An untyped name that is the short form of a person's ("Voss") is that person.
      std::string_view type = n.type;
      if (type.empty() || type == "person") {
        if (type.empty() && canonical(n.name) == n.name) continue;
        type = "person";
      }
      // ("ANC" is the African National Congress the story names.)
      const std::string& name = type == "person" || type == "organisation" ? canonical(n.name) : n.name;
      Tally& t = tallies[name];
      ++t.types[type];
      if (t.last_article != ai) {
        t.last_article = ai;
        ++t.articles;
      }
      ++t.mentions;
    }
  }
  const int min_articles = articles.size() > 1 ? kMinEntityArticles : 1;
  for (const auto& [name, t] : tallies) {
    if (t.articles < min_articles) continue;
    Entity e;
    e.name = name;
    e.articles = t.articles;
    e.mentions = t.mentions;
    int best = 0;
    for (const auto& [type, c] : t.types) {
      if (c > best) {
        best = c;
        e.type = type;
      }
    }
    // A name once placed ("in Masaken Hanano") and never a speaker is a place.
    if (e.type == "person" && t.types.count("place") && !speakers.count(name)) e.type = "place";
    if (e.name.find("War") != std::string::npos) continue;  // "World War II": an event
    facts.entities.push_back(std::move(e));
  }
  // Most articles first, then most mentions, then by name.
  std::sort(facts.entities.begin(), facts.entities.end(), [](const Entity& a, const Entity& b) {
    return std::tie(b.articles, b.mentions, a.name) < std::tie(a.articles, a.mentions, b.name);
  });
  return facts;
}

}  // namespace storyline
