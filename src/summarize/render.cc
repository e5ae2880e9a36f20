#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "storyline/summary.h"

namespace storyline {

namespace {

// Quotes longer than this are shortened in text and Markdown (JSON has all).
constexpr int kShownQuoteWords = 40;

std::string Shorten(const std::string& s, int max_words) {
  int words = 0;
  bool in = false;
  for (size_t i = 0; i < s.size(); ++i) {
    const bool space = s[i] == ' ';
    if (!space && !in && ++words > max_words) return s.substr(0, i > 0 ? i - 1 : 0) + " \xE2\x80\xA6";
    in = !space;
  }
  return s;
}

std::string Refs(const std::set<int>& articles) {
  std::string out;
  for (int a : articles) out.append("[").append(std::to_string(a + 1)).append("]");
  return out;
}

// Who a summary sentence's quotes and figures come from, when the sentence
// does not say it itself.
std::vector<std::string> AccordingTo(const Summary& sm, const SummarySentence& s) {
  std::vector<std::string> who;
  auto add = [&](const std::string& name) {
    if (name.empty() || s.text.find(name) != std::string::npos) return;
    if (std::find(who.begin(), who.end(), name) == who.end()) who.push_back(name);
  };
  for (int q : s.quotes) add(sm.facts.quotes[q].speaker);
  for (int f : s.figures) add(sm.facts.figures[f].reporter);
  return who;
}

std::string Attribution(const Summary& sm, const SummarySentence& s) {
  std::string out;
  const std::vector<std::string> who = AccordingTo(sm, s);
  for (const std::string& w : who) out.append(out.empty() ? " (according to " : "; ").append(w);
  return out.empty() ? out : out + ")";
}

struct QuoteLine {
  std::string speaker, words;
  std::set<int> articles;
};

// Quotes grouped by speaker (named first, in order of first appearance),
// copies of one quote across outlets merged.
std::vector<std::pair<std::string, std::vector<QuoteLine>>> GroupQuotes(const Facts& facts) {
  std::vector<std::pair<std::string, std::vector<QuoteLine>>> groups;
  auto group_of = [&](const std::string& speaker) -> std::vector<QuoteLine>& {
    for (auto& g : groups) {
      if (g.first == speaker) return g.second;
    }
    groups.emplace_back(speaker, std::vector<QuoteLine>{});
    return groups.back().second;
  };
  for (const Quote& q : facts.quotes) {
    const std::string speaker = q.speaker.empty() ? "" : q.speaker;
    std::vector<QuoteLine>& lines = group_of(speaker);
    bool merged = false;
    for (QuoteLine& l : lines) {
      if (l.words == q.words) {
        l.articles.insert(q.article);
        merged = true;
      }
    }
    if (!merged) lines.push_back({q.speaker.empty() ? q.speaker_as_written : q.speaker, q.words, {q.article}});
  }
  std::stable_partition(groups.begin(), groups.end(), [](const auto& g) { return !g.first.empty(); });
  return groups;
}

std::string FigureText(const Figure& f) {
  std::string out = f.as_written;
  if (!f.counts.empty()) out += (f.vague ? " of " : " ") + f.counts;
  std::vector<std::string> where;
  if (!f.place.empty()) where.push_back(f.place);
  if (!f.time.empty()) where.push_back(f.time);
  for (size_t i = 0; i < where.size(); ++i) out += (i == 0 ? " (" : ", ") + where[i] + (i + 1 == where.size() ? ")" : "");
  if (!f.reporter.empty()) out += ", according to " + f.reporter;
  return out;
}

std::string RenderFacts(const Summary& sm, bool markdown) {
  const Facts& facts = sm.facts;
  std::string out;
  auto heading = [&](const char* title) {
    out.append(markdown ? "\n## " : "\n").append(title).append(markdown ? "\n\n" : "\n");
  };
  const char* item = markdown ? "- " : "  ";
  if (!facts.entities.empty()) {
    // (A single article's names are all listed; several articles', those two or more share.)
    heading(sm.sources.size() > 1 ? "Named in several articles" : "Named");
    std::string line;
    for (const Entity& e : facts.entities) {
      line.append(line.empty() ? "" : "; ").append(e.name).append(" (").append(e.type);
      if (sm.sources.size() > 1) line.append(", ").append(std::to_string(e.articles)).append(" articles");
      line.append(")");
    }
    out.append(markdown ? "" : "  ").append(line).append("\n");
  }
  heading("Who said what");
  if (facts.quotes.empty()) out.append(item).append("no quotes\n");
  for (const auto& [speaker, lines] : GroupQuotes(facts)) {
    if (!speaker.empty()) {
      out.append(markdown ? "**" : "").append(speaker).append(markdown ? "**\n\n" : "\n");
    } else {
      out.append(markdown ? "**Not named by the text**\n\n" : "Not named by the text\n");
    }
    for (const QuoteLine& l : lines) {
      out.append(item);
      if (speaker.empty() && !l.speaker.empty()) out.append(l.speaker).append(": ");
      out.append("\xE2\x80\x9C").append(Shorten(l.words, kShownQuoteWords)).append("\xE2\x80\x9D ").append(Refs(l.articles)).append("\n");
    }
    if (markdown) out.append("\n");
  }
  heading("Figures");
  if (facts.figures.empty()) out.append(item).append("no figures\n");
  std::map<std::string, std::vector<std::pair<std::string, std::set<int>>>> by_kind;
  for (const Figure& f : facts.figures) {
    auto& lines = by_kind[f.kind];
    const std::string text = FigureText(f);
    auto it = std::find_if(lines.begin(), lines.end(), [&](const auto& l) { return l.first == text; });
    if (it == lines.end()) {
      lines.push_back({text, {f.article}});
    } else {
      it->second.insert(f.article);
    }
  }
  for (const char* kind : {"killed", "wounded", "displaced", "trapped", "evacuated", "arrested", "missing", "money",
                           "percent", "count"}) {
    auto it = by_kind.find(kind);
    if (it == by_kind.end()) continue;
    out.append(markdown ? "**" : "").append(kind).append(markdown ? "**\n\n" : "\n");
    for (const auto& [text, articles] : it->second) out.append(item).append(text).append(" ").append(Refs(articles)).append("\n");
    if (markdown) out.append("\n");
  }
  heading("Where sources disagree");
  if (facts.disagreements.empty()) out.append(item).append("no disagreement found between the sources' figures\n");
  for (const Disagreement& d : facts.disagreements) {
    const Figure& first = facts.figures[d.figures.front()];
    std::string line = d.kind;
    if (!d.place.empty()) line += " in " + d.place;
    if (!first.time.empty()) line += ", " + first.time;
    line += ": ";
    // One side per value and source; outlets carrying the same figure merged.
    std::vector<std::pair<std::string, std::set<int>>> sides;
    for (int i : d.figures) {
      const Figure& f = facts.figures[i];
      std::string side = f.as_written;
      if (!f.reporter.empty()) side += " (" + f.reporter + ")";
      auto it = std::find_if(sides.begin(), sides.end(), [&](const auto& s) {
        return s.first.size() == side.size() &&
               std::equal(s.first.begin(), s.first.end(), side.begin(), [](char a, char b) { return std::tolower(a) == std::tolower(b); });
      });
      if (it == sides.end()) {
        sides.push_back({side, {f.article}});
      } else {
        it->second.insert(f.article);
      }
    }
    for (size_t i = 0; i < sides.size(); ++i) line += (i == 0 ? "" : " vs ") + sides[i].first + " " + Refs(sides[i].second);
    out.append(item).append(line).append("\n");
  }
  return out;
}

std::string Cites(const SummarySentence& s) {
  std::string out;
  for (const Citation& c : s.citations) out.append("[").append(std::to_string(c.source + 1)).append("]");
  return out;
}

std::string RenderText(const Summary& sm, bool markdown) {
  std::string out;
  if (markdown) out += "## Summary\n\n";
  for (const SummarySentence& s : sm.sentences) {
    out.append(s.text).append(" ").append(Cites(s)).append(Attribution(sm, s)).append(markdown ? "\n\n" : "\n");
  }
  if (sm.sentences.empty()) out += markdown ? "_No sentence of the sources could be used._\n\n" : "(no summary)\n";
  out += markdown ? "## Sources\n\n" : "\nSources\n";
  for (size_t i = 0; i < sm.sources.size(); ++i) {
    const SourceInfo& src = sm.sources[i];
    if (markdown) {
      out.append(std::to_string(i + 1)).append(". **").append(src.headline).append("** (`").append(src.name).append("`)\n");
    } else {
      out.append("[").append(std::to_string(i + 1)).append("] ").append(src.headline).append(" (").append(src.name).append(")\n");
    }
  }
  if (sm.facts_extracted) out += RenderFacts(sm, markdown);
  return out;
}

std::string RenderJson(const Summary& sm) {
  nlohmann::ordered_json j;
  j["words"] = sm.words;
  j["summary"] = nlohmann::ordered_json::array();
  for (const SummarySentence& s : sm.sentences) {
    nlohmann::ordered_json js;
    js["text"] = s.text;
    if (s.trimmed) js["trimmed"] = true;
    if (sm.facts_extracted) {
      js["quotes"] = s.quotes;
      js["figures"] = s.figures;
      js["according_to"] = AccordingTo(sm, s);
    }
    js["sources"] = nlohmann::ordered_json::array();
    js["spans"] = nlohmann::ordered_json::array();
    for (const Citation& c : s.citations) {
      js["sources"].push_back(c.source + 1);
      js["spans"].push_back({{"source", c.source + 1}, {"begin", c.raw.begin}, {"end", c.raw.end}});
    }
    j["summary"].push_back(std::move(js));
  }
  j["sources"] = nlohmann::ordered_json::array();
  for (size_t i = 0; i < sm.sources.size(); ++i) {
    j["sources"].push_back(
        {{"id", i + 1}, {"name", sm.sources[i].name}, {"path", sm.sources[i].path}, {"headline", sm.sources[i].headline}});
  }
  if (sm.facts_extracted) {
    const Facts& f = sm.facts;
    auto nullable = [](const std::string& v) { return v.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(v); };
    j["quotes"] = nlohmann::ordered_json::array();
    for (size_t i = 0; i < f.quotes.size(); ++i) {
      const Quote& q = f.quotes[i];
      j["quotes"].push_back({{"id", i},
                             {"source", q.article + 1},
                             {"begin", q.raw.begin},
                             {"end", q.raw.end},
                             {"text", q.words},
                             {"speaker", nullable(q.speaker)},
                             {"speaker_as_written", nullable(q.speaker_as_written)},
                             {"partial", q.partial}});
    }
    j["figures"] = nlohmann::ordered_json::array();
    for (size_t i = 0; i < f.figures.size(); ++i) {
      const Figure& g = f.figures[i];
      j["figures"].push_back({{"id", i},
                              {"source", g.article + 1},
                              {"begin", g.raw.begin},
                              {"end", g.raw.end},
                              {"as_written", g.as_written},
                              {"value", g.value},
                              {"vague", g.vague},
                              {"qualifier", nullable(g.qualifier)},
                              {"kind", g.kind},
                              {"counts", nullable(g.counts)},
                              {"place", nullable(g.place)},
                              {"time", nullable(g.time)},
                              {"reporter", nullable(g.reporter)}});
    }
    j["disagreements"] = nlohmann::ordered_json::array();
    for (const Disagreement& d : f.disagreements) {
      j["disagreements"].push_back({{"kind", d.kind}, {"place", nullable(d.place)}, {"figures", d.figures}});
    }
    j["entities"] = nlohmann::ordered_json::array();
    for (const Entity& e : f.entities) {
      j["entities"].push_back({{"name", e.name}, {"type", e.type}, {"articles", e.articles}, {"mentions", e.mentions}});
    }
  }
  // Replace invalid UTF-8 rather than throw: text is valid by construction,
  // but a file name need not be.
  return j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace

std::string Render(const Summary& summary, OutputFormat format) {
  switch (format) {
    case OutputFormat::kJson: return RenderJson(summary);
    case OutputFormat::kMarkdown: return RenderText(summary, true);
    case OutputFormat::kText: break;
  }
  return RenderText(summary, false);
}

}  // namespace storyline
