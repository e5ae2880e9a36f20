#include "storyline/facts_evaluation.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "facts/names.h"
#include "storyline/corpus.h"
#include "storyline/summary.h"

namespace storyline {

namespace fs = std::filesystem;

namespace {

// Figures agree on value within this share (rounding in the source text).
constexpr double kValueTolerance = 0.005;

std::vector<std::string> NameWords(const std::string& name) {
  std::vector<std::string> words;
  std::string w;
  for (char c : name + " ") {
    if (c == ' ') {
      if (w.starts_with("al-")) w = w.substr(3);
      if (!w.empty()) words.push_back(w);
      w.clear();
    } else if (c != '.') {
      w += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
  }
  // "John Conyers Jr." is John Conyers: a generational suffix is no surname.
  if (words.size() > 1 && (words.back() == "jr" || words.back() == "sr" || words.back() == "ii" ||
                           words.back() == "iii" || words.back() == "iv")) {
    words.pop_back();
  }
  return words;
}

bool Overlap(size_t b1, size_t e1, size_t b2, size_t e2) { return b1 < e2 && b2 < e1; }

struct GoldQuote {
  int doc;
  size_t begin, end;
  std::string speaker;
};
struct GoldFigure {
  int doc;
  size_t begin, end;
  std::string kind;
  double value;
  bool vague;
};

Result<std::vector<Article>> LoadStory(const std::string& corpus, const std::string& story,
                                       const FactsEvaluationOptions& options,
                                       std::map<std::string, CorpusReport>* corpora) {
  const std::string shared = options.shared_dir.empty() ? "../shared" : options.shared_dir;
  if (corpus == "seeds" || corpus == "example") {
    const std::string dir = corpus == "seeds" ? (fs::path(shared) / "seeds").string()
                            : options.example_dir.empty() ? std::string("examples/marrowby-bridge")
                                                          : options.example_dir;
    IngestReport r = LoadArticles({dir});
    if (!r.errors.empty()) return r.errors.front();
    return r.articles;
  }
  // "multinews_summaries", "duc2004_summaries": the story's summaries, written
  // by editors or assessors, stand as its documents (text in another
  // register: "she tells the AP", "per CNN").
  // "reuters", "reuters_weka": Reuters-21578 articles Debian ships, one story
  // each (scripts/reuters_corpus.sh writes them), newswire that no rule was
  // written against.
  const bool summaries = corpus == "multinews_summaries" || corpus == "duc2004_summaries";
  std::string file;
  if (corpus == "duc2004" || corpus == "duc2004_summaries") {
    file = (fs::path(shared) / "eval" / "duc2004.jsonl").string();
  } else if (corpus == "multinews" || corpus == "multinews_summaries") {
    file = (fs::path(shared) / "eval" / "multinews_dev100.jsonl").string();
  } else if (corpus == "reuters" || corpus == "reuters_weka") {
    file = (fs::path(options.external_dir.empty() ? "build/external" : options.external_dir) / (corpus + ".jsonl")).string();
    if (!fs::exists(file)) return Status::NotFound(file + ": not there; scripts/reuters_corpus.sh writes it");
  } else {
    return Status::InvalidArgument("unknown corpus '" + corpus + "'");
  }
  auto it = corpora->find(file);
  if (it == corpora->end()) {
    STORYLINE_ASSIGN_OR_RETURN(CorpusReport report, ReadCorpus(file));
    it = corpora->emplace(file, std::move(report)).first;
  }
  for (const CorpusStory& s : it->second.stories) {
    if (s.id != story) continue;
    if (!summaries) return s.articles;
    std::vector<Article> articles;
    for (size_t i = 0; i < s.summaries.size(); ++i) {
      STORYLINE_ASSIGN_OR_RETURN(Article a, ParseArticle(s.id + "#summary" + std::to_string(i + 1), "",
                                                         s.summaries[i], ArticleFormat::kText, {}));
      articles.push_back(std::move(a));
    }
    return articles;
  }
  return Status::NotFound("story " + story + " is not in " + file);
}

// Whether `short_form` is the initials of `full`'s capitalised words ("U.N."
// of "United Nations", "ANC" of "African National Congress").
bool InitialsOf(const std::string& short_form, const std::string& full) {
  std::string letters, initials;
  for (char c : short_form) {
    if (c == '.') continue;
    if (c < 'A' || c > 'Z') return false;
    letters += c;
  }
  for (size_t i = 0; i < full.size(); ++i) {
    if ((i == 0 || full[i - 1] == ' ') && full[i] >= 'A' && full[i] <= 'Z') initials += full[i];
  }
  return letters.size() >= 2 && letters == initials && full.find(' ') != std::string::npos;
}

}  // namespace

bool SameSpeaker(const std::string& a, const std::string& b) {
  const std::vector<std::string> x = NameWords(a), y = NameWords(b);
  if (x.empty() || y.empty()) return x.empty() && y.empty();
  if (x == y) return true;
  // ("Physio Technology" and "Physio Technology Inc": one company, named with
  // or without its legal form.)
  if (const std::string_view sa = WithoutLegalForm(a), sb = WithoutLegalForm(b);
      (sa.size() < a.size() || sb.size() < b.size()) && NameWords(std::string(sa)) == NameWords(std::string(sb))) {
    return true;
  }
  if (InitialsOf(a, b) || InitialsOf(b, a)) return true;
  // "Hodler" and "Marc Hodler"; "Barack Obama" and "Barack Hussein Obama":
  // the same last word, and the shorter's words in order in the longer.
  if (x.back() != y.back()) return false;
  const std::vector<std::string>& shorter = x.size() < y.size() ? x : y;
  const std::vector<std::string>& longer = x.size() < y.size() ? y : x;
  size_t k = 0;
  for (const std::string& word : longer) {
    if (k < shorter.size() && word == shorter[k]) ++k;
  }
  return k == shorter.size();
}

Result<FactsEvaluation> EvaluateFacts(const std::string& gold_path, const FactsEvaluationOptions& options) {
  std::ifstream in(gold_path, std::ios::binary);
  if (!in) return Status::NotFound(gold_path + ": cannot open");
  FactsEvaluation ev;
  std::map<std::string, CorpusReport> corpora;
  std::string line;
  int lineno = 0;
  while (std::getline(in, line)) {
    ++lineno;
    if (line.empty()) continue;
    const std::string where = gold_path + ":" + std::to_string(lineno);
    nlohmann::json g = nlohmann::json::parse(line, nullptr, false);
    if (g.is_discarded() || !g.is_object()) {
      ev.errors.push_back(Status::InvalidArgument(where + ": not a JSON object"));
      continue;
    }
    std::vector<GoldQuote> gq;
    std::vector<GoldFigure> gf;
    // A line without "figures" annotates quotes only: its documents' figures
    // and disagreements are not scored.
    const bool figures_annotated = g.contains("figures");
    std::set<int> docs;
    std::string corpus, story;
    try {
      corpus = g.at("corpus").get<std::string>();
      story = g.at("story").get<std::string>();
      for (const auto& d : g.at("documents")) docs.insert(d.get<int>());
      for (const auto& q : g.at("quotes")) {
        gq.push_back({q.at("doc").get<int>(), q.at("begin").get<size_t>(), q.at("end").get<size_t>(),
                      q.at("speaker").get<std::string>()});
      }
      for (const auto& f : g.value("figures", nlohmann::json::array())) {
        gf.push_back({f.at("doc").get<int>(), f.at("begin").get<size_t>(), f.at("end").get<size_t>(),
                      f.at("kind").get<std::string>(), f.at("value").get<double>(), f.at("vague").get<bool>()});
      }
    } catch (const nlohmann::json::exception& e) {
      ev.errors.push_back(Status::InvalidArgument(where + ": " + e.what()));
      continue;
    }
    Result<std::vector<Article>> articles = LoadStory(corpus, story, options, &corpora);
    if (!articles.ok()) {
      ev.errors.push_back(articles.status().WithContext(where));
      continue;
    }
    SummaryOptions so;
    Result<Summary> summary = Summarize(*articles, so);
    if (!summary.ok()) {
      ev.errors.push_back(summary.status().WithContext(where));
      continue;
    }
    ++ev.stories;
    const Facts& facts = summary->facts;
    const std::string tag = corpus + "/" + story;

    // Quotes: each system quote in an annotated document is matched to the
    // gold quote it overlaps most.
    std::vector<int> quote_gold(facts.quotes.size(), -1);
    std::vector<char> gold_quote_found(gq.size(), 0), gold_quote_spanned(gq.size(), 0);
    for (size_t i = 0; i < facts.quotes.size(); ++i) {
      const Quote& q = facts.quotes[i];
      if (!docs.count(q.article)) continue;
      size_t best = 0;
      for (size_t k = 0; k < gq.size(); ++k) {
        if (gq[k].doc != q.article || !Overlap(q.raw.begin, q.raw.end, gq[k].begin, gq[k].end)) continue;
        const size_t common = std::min(q.raw.end, gq[k].end) - std::max(q.raw.begin, gq[k].begin);
        if (common > best) {
          best = common;
          quote_gold[i] = static_cast<int>(k);
        }
      }
      ++ev.quotes.system;
      if (quote_gold[i] >= 0) {
        ++ev.quotes.system_correct;
        gold_quote_spanned[quote_gold[i]] = 1;
      } else {
        // (With its speaker, when it has one: then it counts against speaker precision too.)
        ev.mistakes.push_back(tag + " doc " + std::to_string(q.article) + ": not a quote in the gold set" +
                              (q.speaker.empty() ? "" : " (speaker '" + q.speaker + "')") + ": \"" +
                              q.words.substr(0, 60) + "\"");
      }
      if (q.speaker.empty()) continue;
      ++ev.quote_speakers.system;
      const int k = quote_gold[i];
      if (k >= 0 && SameSpeaker(q.speaker, gq[k].speaker)) {
        ++ev.quote_speakers.system_correct;
        gold_quote_found[k] = 1;
      } else if (k >= 0) {
        ev.mistakes.push_back(tag + " doc " + std::to_string(q.article) + ": speaker '" + q.speaker + "', gold '" +
                              gq[k].speaker + "': \"" + q.words.substr(0, 60) + "\"");
      }
    }
    for (size_t k = 0; k < gq.size(); ++k) {
      ++ev.quotes.gold;
      ev.quotes.gold_found += gold_quote_spanned[k];
      if (gq[k].speaker.empty()) continue;
      ++ev.quote_speakers.gold;
      ev.quote_speakers.gold_found += gold_quote_found[k];
      if (!gold_quote_found[k]) {
        ev.mistakes.push_back(tag + " doc " + std::to_string(gq[k].doc) + ": missed speaker '" + gq[k].speaker +
                              "' of the quote at " + std::to_string(gq[k].begin));
      }
    }

    if (!figures_annotated) continue;  // (quotes only: nothing below is scored)
    // Figures: same document, overlapping span, same kind and value.
    std::vector<int> figure_gold(facts.figures.size(), -1);
    std::vector<char> gold_figure_found(gf.size(), 0);
    for (size_t i = 0; i < facts.figures.size(); ++i) {
      const Figure& f = facts.figures[i];
      if (!docs.count(f.article)) continue;
      ++ev.figures.system;
      int overlapping = -1;
      for (size_t k = 0; k < gf.size(); ++k) {
        if (gf[k].doc != f.article || !Overlap(f.raw.begin, f.raw.end, gf[k].begin, gf[k].end)) continue;
        overlapping = static_cast<int>(k);
        const bool value_ok = gf[k].vague ? f.vague : std::abs(f.value - gf[k].value) <= kValueTolerance * gf[k].value;
        if (gf[k].kind == f.kind && value_ok && !gold_figure_found[k]) {
          figure_gold[i] = static_cast<int>(k);
          gold_figure_found[k] = 1;
          ++ev.figures.system_correct;
          break;
        }
      }
      if (figure_gold[i] < 0) {
        std::string why = overlapping < 0 ? "no gold figure there"
                                          : "gold " + gf[overlapping].kind + " " + std::to_string(gf[overlapping].value);
        ev.mistakes.push_back(tag + " doc " + std::to_string(f.article) + ": figure '" + f.as_written + "' " + f.kind +
                              " " + std::to_string(f.value) + " (" + why + ")");
      }
    }
    for (size_t k = 0; k < gf.size(); ++k) {
      ++ev.figures.gold;
      ev.figures.gold_found += gold_figure_found[k];
      if (!gold_figure_found[k]) {
        ev.mistakes.push_back(tag + " doc " + std::to_string(gf[k].doc) + ": missed figure " + gf[k].kind + " " +
                              std::to_string(gf[k].value) + " at " + std::to_string(gf[k].begin));
      }
    }

    // Disagreements: a system disagreement is right when its figures fall
    // on two or more sides of one gold disagreement of its kind.
    std::vector<std::pair<std::string, std::vector<std::vector<int>>>> gold_d;
    for (const auto& d : g.value("disagreements", nlohmann::json::array())) {
      gold_d.push_back({d.at("kind").get<std::string>(), d.at("sides").get<std::vector<std::vector<int>>>()});
    }
    std::vector<char> gold_d_found(gold_d.size(), 0);
    for (const Disagreement& d : facts.disagreements) {
      // Judged only when the annotated documents hold two of its values: the
      // gold's sides are figures of those documents, so a disagreement whose
      // other side stands only in documents no one annotated ("two yachts
      // missing" in one, "three" in the two annotated) can be neither found
      // nor refuted there.
      std::set<double> values_in_docs;
      for (int i : d.figures) {
        if (docs.count(facts.figures[i].article)) values_in_docs.insert(facts.figures[i].value);
      }
      if (values_in_docs.size() < 2) continue;
      ++ev.disagreements.system;
      bool right = false;
      for (size_t k = 0; k < gold_d.size() && !right; ++k) {
        if (gold_d[k].first != d.kind) continue;
        std::set<size_t> sides;
        for (int i : d.figures) {
          const Figure& f = facts.figures[i];
          for (size_t s = 0; s < gold_d[k].second.size(); ++s) {
            for (int gi : gold_d[k].second[s]) {
              const GoldFigure& x = gf[gi];
              if (x.doc == f.article && Overlap(f.raw.begin, f.raw.end, x.begin, x.end)) sides.insert(s);
            }
          }
        }
        if (sides.size() >= 2) {
          right = true;
          gold_d_found[k] = 1;
        }
      }
      if (right) {
        ++ev.disagreements.system_correct;
      } else {
        std::string values;
        for (int i : d.figures) values += " " + facts.figures[i].as_written;
        ev.mistakes.push_back(tag + ": disagreement not in the gold set: " + d.kind + values);
      }
    }
    for (size_t k = 0; k < gold_d.size(); ++k) {
      ++ev.disagreements.gold;
      ev.disagreements.gold_found += gold_d_found[k];
    }
  }
  return ev;
}

}  // namespace storyline
