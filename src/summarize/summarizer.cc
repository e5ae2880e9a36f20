#include <algorithm>

#include "storyline/summary.h"
#include "summarize/selector.h"
#include "summarize/story_document.h"
#include "text/rules.h"

namespace storyline {

namespace {

// What the sources list shows for an article without a headline: its
// opening words.
constexpr int kHeadlineFallbackWords = 12;

std::string OpeningWords(const Article& a) {
  if (a.paragraphs.empty()) return a.name;
  std::string_view p = std::string_view(a.text).substr(a.paragraphs[0].begin, a.paragraphs[0].size());
  std::string out;
  int words = 0;
  bool in = false;
  for (char c : p) {
    const bool ws = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (ws) {
      if (in && ++words >= kHeadlineFallbackWords) return out + "…";
      in = false;
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      in = true;
      out += c;
    }
  }
  return out;
}

bool StartsLowercase(const std::string& s) { return !s.empty() && s[0] >= 'a' && s[0] <= 'z'; }

size_t Count(const std::string& s, std::string_view what) {
  size_t n = 0;
  for (size_t i = s.find(what); i != std::string::npos; i = s.find(what, i + what.size())) ++n;
  return n;
}

// A sentence cut out of a longer quotation ('Every minute counts," he said.')
// reads as a fragment: its quotation marks do not pair up.
bool QuotesBalanced(const std::string& s) {
  return Count(s, "\"") % 2 == 0 && Count(s, "\xE2\x80\x9C") == Count(s, "\xE2\x80\x9D");
}

}  // namespace

Result<Summary> Summarize(const std::vector<Article>& articles, const SummaryOptions& options) {
  if (options.max_words <= 0) return Status::InvalidArgument("--words must be a positive number of words");
  STORYLINE_ASSIGN_OR_RETURN(std::unique_ptr<Selector> selector, MakeSelector(options.method, options));
  if (articles.empty()) return Status::FailedPrecondition("no articles to summarize");

  Summary summary;
  for (const Article& a : articles) {
    summary.sources.push_back({a.name, a.path, a.headline.empty() ? OpeningWords(a) : a.headline});
  }
  DocumentOptions doc_options;
  doc_options.clean = options.parts.cleaning;
  doc_options.collapse_copies = options.parts.copies;
  doc_options.trim = options.parts.trimming;
  const StoryDocument doc = BuildStoryDocument(articles, doc_options);
  if (doc.units.empty()) return Status::FailedPrecondition("no article holds usable text");

  std::vector<int> candidates;
  for (size_t u = 0; u < doc.units.size(); ++u) {
    const SentenceUnit& s = doc.units[u];
    if (s.boilerplate || !s.complete || StartsLowercase(s.display) || !QuotesBalanced(s.display)) continue;
    if (s.words < options.min_sentence_words || s.words > options.max_sentence_words) continue;
    candidates.push_back(static_cast<int>(u));
  }
  if (candidates.empty()) {
    // Very short stories (a brief, a list of headlines): take any real sentence.
    for (size_t u = 0; u < doc.units.size(); ++u) {
      if (!doc.units[u].boilerplate) candidates.push_back(static_cast<int>(u));
    }
  }
  std::vector<int> chosen = selector->Select(doc, candidates, options.max_words);

  // Reading order: by the article and place where each sentence first appears.
  std::sort(chosen.begin(), chosen.end(), [&](int a, int b) {
    const Occurrence& x = doc.units[a].occurrences.front();
    const Occurrence& y = doc.units[b].occurrences.front();
    return std::tie(x.article, x.position) < std::tie(y.article, y.position);
  });
  for (int u : chosen) {
    const SentenceUnit& unit = doc.units[u];
    SummarySentence s;
    s.text = unit.display;
    s.trimmed = unit.trimmed;
    std::vector<Occurrence> occ = unit.occurrences;
    std::stable_sort(occ.begin(), occ.end(), [](const Occurrence& a, const Occurrence& b) { return a.article < b.article; });
    for (const Occurrence& o : occ) {
      if (!s.citations.empty() && s.citations.back().source == o.article) continue;
      s.citations.push_back({o.article, o.text, articles[o.article].ToRaw(o.text)});
    }
    summary.words += unit.words;
    summary.sentences.push_back(std::move(s));
  }
  if (options.facts) {
    // The facts read the sentences the summary read: cleaned and split once;
    // page furniture ("Related: ...") is judged once per unit, on its
    // collapsed text. (Without cleaning, the facts read the articles whole.)
    std::vector<std::vector<Span>> kept;
    if (options.parts.cleaning) {
      const Rules& rules = Rules::Get();
      kept.resize(articles.size());
      for (const SentenceUnit& u : doc.units) {
        if (u.boilerplate && !u.read_for_facts) continue;
        if (rules.IsFactsFurniture(u.display)) continue;
        for (const Occurrence& o : u.occurrences) kept[o.article].push_back(o.text);
      }
      for (auto& spans : kept) {
        std::sort(spans.begin(), spans.end(), [](const Span& x, const Span& y) { return x.begin < y.begin; });
      }
    }
    summary.facts = ExtractFacts(articles, options.parts.cleaning ? &kept : nullptr);
    summary.facts_extracted = true;
    // The quotes and figures standing in each summary sentence; a sentence
    // lifted from inside a longer quote belongs to that quote.
    auto inside = [](const Span& inner, const Span& outer) { return inner.begin >= outer.begin && inner.end <= outer.end; };

    for (SummarySentence& s : summary.sentences) {
      for (size_t q = 0; q < summary.facts.quotes.size(); ++q) {
        const Quote& quote = summary.facts.quotes[q];
        for (const Citation& c : s.citations) {
          if (c.source == quote.article && (inside(quote.text, c.text) || inside(c.text, quote.marked))) {
            s.quotes.push_back(static_cast<int>(q));
            break;
          }
        }
      }
      for (size_t f = 0; f < summary.facts.figures.size(); ++f) {
        const Figure& figure = summary.facts.figures[f];
        for (const Citation& c : s.citations) {
          if (c.source == figure.article && inside(figure.text, c.text)) {
            s.figures.push_back(static_cast<int>(f));
            break;
          }
        }
      }
    }
  }
  return summary;
}

std::vector<std::string> SelectorNames() { return storyline::SelectorNamesImpl(); }

namespace {

struct PartField {
  const char* name;
  bool SummaryParts::*field;
};

constexpr PartField kParts[] = {
    {"cleaning", &SummaryParts::cleaning},     {"copies", &SummaryParts::copies},
    {"position", &SummaryParts::position},     {"redundancy", &SummaryParts::redundancy},
    {"trimming", &SummaryParts::trimming},     {"unigrams", &SummaryParts::unigrams},
    {"openers", &SummaryParts::openers},       {"fill", &SummaryParts::fill},
    {"fade", &SummaryParts::fade},
};

}  // namespace

std::vector<std::string> SummaryPartNames() {
  std::vector<std::string> names;
  for (const PartField& p : kParts) names.emplace_back(p.name);
  return names;
}

bool SetPart(SummaryParts& parts, const std::string& name, bool on) {
  for (const PartField& p : kParts) {
    if (name == p.name) {
      parts.*p.field = on;
      return true;
    }
  }
  return false;
}

}  // namespace storyline
