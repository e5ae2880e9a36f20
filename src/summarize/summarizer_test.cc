#include "storyline/summary.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <set>

#include "test_articles.h"

namespace storyline {
namespace {

std::vector<Article> ExampleStory() {
  IngestReport r = LoadArticles({std::string(STORYLINE_SOURCE_DIR) + "/examples/marrowby-bridge"});
  EXPECT_TRUE(r.errors.empty());
  EXPECT_EQ(r.articles.size(), 4u);
  return r.articles;
}

std::string Collapse(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t') {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

std::vector<std::string> Words(const std::string& s) {
  std::vector<std::string> out;
  std::string w;
  for (char c : s + " ") {
    if (c == ' ') {
      if (!w.empty()) out.push_back(w);
      w.clear();
    } else {
      w += c;
    }
  }
  return out;
}

TEST(Summarize, RespectsTheWordBudgetWithWholeSentences) {
  const auto articles = ExampleStory();
  for (int budget : {30, 50, 100, 200, 300}) {
    SummaryOptions o;
    o.max_words = budget;
    Result<Summary> s = Summarize(articles, o);
    ASSERT_TRUE(s.ok()) << s.status().message();
    EXPECT_LE(s->words, budget);
    EXPECT_FALSE(s->sentences.empty()) << budget;
    for (const SummarySentence& sent : s->sentences) {
      const char last = sent.text.back();
      EXPECT_TRUE(last == '.' || last == '"' || last == '!' || last == '?' || sent.text.ends_with("\xE2\x80\x9D"))
          << sent.text;
    }
  }
}

// The cited sources of each summary sentence (at `words`) containing `needle`.
std::vector<std::vector<int>> CitationsOf(const std::string& needle, int words) {
  SummaryOptions o;
  o.max_words = words;
  Result<Summary> s = Summarize(ExampleStory(), o);
  EXPECT_TRUE(s.ok());
  std::vector<std::vector<int>> out;
  if (!s.ok()) return out;
  for (const SummarySentence& sent : s->sentences) {
    if (sent.text.find(needle) == std::string::npos) continue;
    std::vector<int> sources;
    for (const Citation& c : sent.citations) sources.push_back(c.source);
    out.push_back(sources);
  }
  return out;
}

TEST(Summarize, WireCopyCountsOnceAndCitesEveryOutlet) {
  EXPECT_EQ(CitationsOf("The 120-metre Quayside Footbridge, opened in 1998", 200),
            (std::vector<std::vector<int>>{{0, 1, 3}}));
}

TEST(Summarize, LightlyEditedWireCopyCitesBothOutlets) {
  EXPECT_EQ(CitationsOf("ordered the evacuation of about 300 households", 300),
            (std::vector<std::vector<int>>{{0, 2}}));
}

// Every method gives a cited summary within budget, and the methods differ.
TEST(Summarize, EveryMethodGivesACitedSummaryWithinBudget) {
  const auto articles = ExampleStory();
  std::set<std::string> distinct;
  for (const std::string& method : SelectorNames()) {
    for (int budget : {50, 100, 200}) {
      SummaryOptions o;
      o.method = method;
      o.max_words = budget;
      Result<Summary> s = Summarize(articles, o);
      ASSERT_TRUE(s.ok()) << method << ": " << s.status().message();
      EXPECT_LE(s->words, budget) << method;
      EXPECT_GE(s->words, budget / 3) << method << " leaves most of the budget unused";
      ASSERT_FALSE(s->sentences.empty()) << method;
      for (const SummarySentence& sent : s->sentences) EXPECT_FALSE(sent.citations.empty()) << method;
      if (budget == 100) distinct.insert(Render(*s, OutputFormat::kText));
    }
  }
  EXPECT_GE(SelectorNames().size(), 4u);
  EXPECT_GE(distinct.size(), 3u);
}

// A single report states each thing once, so no concept is shared: the budget
// still goes to its sentences, in order of what they add.
TEST(Summarize, ASingleReportStillFillsTheBudget) {
  const Article a = testing::Text("report.txt",
                                  "Harbour bridge closes after crack found\n\n"
                                  "Engineers closed the Harbour Road bridge on Tuesday after finding a crack in its main span.\n\n"
                                  "The council said repairs would take at least three weeks and cost about 2 million pounds.\n\n"
                                  "Buses will run a shuttle service between the two banks of the river until it reopens.\n");
  SummaryOptions o;
  o.max_words = 60;
  Result<Summary> full = Summarize({a}, o);
  ASSERT_TRUE(full.ok()) << full.status().message();
  EXPECT_EQ(full->sentences.size(), 3u);
  o.parts.fill = false;
  Result<Summary> shared_only = Summarize({a}, o);
  ASSERT_TRUE(shared_only.ok());
  EXPECT_LT(shared_only->words, full->words);
}

// One report's names are all its own: no "several articles", no "1 articles".
TEST(Summarize, ASingleReportListsItsNamesWithoutArticleCounts) {
  const Article a = testing::Text("report.txt",
                                  "Harbour bridge closes\n\n"
                                  "Engineers led by Maria Lind closed the Harbour Road bridge on Tuesday after finding a crack.\n\n"
                                  "Maria Lind said repairs to the Harbour Road bridge would take three weeks.\n");
  Result<Summary> s = Summarize({a});
  ASSERT_TRUE(s.ok()) << s.status().message();
  const std::string text = Render(*s, OutputFormat::kText);
  EXPECT_NE(text.find("\nNamed\n"), std::string::npos) << text;
  EXPECT_EQ(text.find("several articles"), std::string::npos);
  EXPECT_EQ(text.find(" articles)"), std::string::npos);
}

TEST(Summarize, UnknownMethodIsAnError) {
  SummaryOptions o;
  o.method = "oracle";
  Result<Summary> s = Summarize(ExampleStory(), o);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("concept"), std::string::npos) << "names the known methods";
}

TEST(Summarize, PartsCanBeSwitchedOffByName) {
  SummaryParts parts;
  for (const std::string& name : SummaryPartNames()) EXPECT_TRUE(SetPart(parts, name, false)) << name;
  EXPECT_FALSE(parts.cleaning || parts.copies || parts.position || parts.redundancy || parts.trimming || parts.unigrams ||
               parts.openers || parts.fill || parts.fade);
  EXPECT_FALSE(SetPart(parts, "everything", false));
  // With every part off the engine still summarizes, differently.
  SummaryOptions o;
  o.parts = parts;
  Result<Summary> bare = Summarize(ExampleStory(), o);
  Result<Summary> full = Summarize(ExampleStory());
  ASSERT_TRUE(bare.ok() && full.ok());
  EXPECT_FALSE(bare->sentences.empty());
  EXPECT_NE(Render(*bare, OutputFormat::kText), Render(*full, OutputFormat::kText));
}

TEST(Summarize, BoilerplateNeverReachesTheSummary) {
  SummaryOptions o;
  o.max_words = 1000;  // room for everything that is summary material
  Result<Summary> s = Summarize(ExampleStory(), o);
  ASSERT_TRUE(s.ok());
  for (const SummarySentence& sent : s->sentences) {
    for (const char* junk : {"Share", "share this", "Leave a Reply", "email address", "Related stories", "#Marrowby",
                             "pic.twitter", "@MarrowbyCG", "Reporting by", "Follow us", "Photo:", "Stay away from the quay",
                             "Facebook", "Coastline News staff"}) {
      EXPECT_EQ(sent.text.find(junk), std::string::npos) << junk << " in: " << sent.text;
    }
  }
}

TEST(Summarize, PageFurnitureGivesTheFactsNoFigures) {
  // A link to another story and adverts: sentences the summary's cleaning
  // keeps, that the facts leave out.
  Result<Summary> s = Summarize({testing::Text("a.txt",
                                               "Headline\n\nAvery Gardiner, of the Brady Campaign, called it a "
                                               "\"colossally stupid idea.\"\n\nRelated: NRA's Wayne LaPierre accuses "
                                               "Democrats of exploiting 17 deaths\n\nADVERTISEMENT ADVERTISEMENT\n\n"
                                               "Officials said 12 people were hurt.\n")},
                                SummaryOptions{});
  ASSERT_TRUE(s.ok());
  ASSERT_EQ(s->facts.figures.size(), 1u);
  EXPECT_EQ(s->facts.figures[0].value, 12);
}

TEST(Summarize, CitationOffsetsPointAtTheSentenceInTheRawFile) {
  const auto articles = ExampleStory();
  SummaryOptions o;
  o.max_words = 300;
  Result<Summary> s = Summarize(articles, o);
  ASSERT_TRUE(s.ok());
  for (const SummarySentence& sent : s->sentences) {
    for (const Citation& c : sent.citations) {
      const Article& a = articles[c.source];
      ASSERT_LE(c.raw.end, a.raw.size());
      const std::string raw = a.raw.substr(c.raw.begin, c.raw.size());
      if (a.format == ArticleFormat::kText && !sent.trimmed) {
        EXPECT_EQ(Collapse(raw), sent.text);
      } else if (a.format == ArticleFormat::kText) {
        // A trimmed sentence's words all stand, in order, in the source sentence.
        const std::string source = Collapse(raw);
        EXPECT_GT(source.size(), sent.text.size());
        size_t at = 0;
        for (const std::string& word : Words(sent.text.substr(0, sent.text.size() - 1))) {
          at = source.find(word, at);
          ASSERT_NE(at, std::string::npos) << word << " of '" << sent.text << "' not in '" << source << "'";
          at += word.size();
        }
      } else {
        EXPECT_NE(raw.find("<"), 0u);  // starts in text, not in a tag
        EXPECT_GT(raw.size(), sent.text.size() / 2);
      }
    }
  }
}

TEST(Summarize, JsonCarriesTextSourcesAndSpans) {
  Result<Summary> s = Summarize(ExampleStory());
  ASSERT_TRUE(s.ok());
  const auto j = nlohmann::json::parse(Render(*s, OutputFormat::kJson));
  ASSERT_TRUE(j["summary"].is_array());
  ASSERT_FALSE(j["summary"].empty());
  for (const auto& sent : j["summary"]) {
    EXPECT_TRUE(sent["text"].is_string());
    EXPECT_EQ(sent["sources"].size(), sent["spans"].size());
    for (const auto& span : sent["spans"]) EXPECT_LT(span["begin"].get<int>(), span["end"].get<int>());
  }
  EXPECT_EQ(j["sources"].size(), 4u);
  EXPECT_EQ(j["sources"][2]["headline"], "Marrowby evacuates waterfront after bridge falls");
}

TEST(Summarize, TextAndMarkdownEndWithTheSources) {
  Result<Summary> s = Summarize(ExampleStory());
  ASSERT_TRUE(s.ok());
  const std::string text = Render(*s, OutputFormat::kText);
  EXPECT_NE(text.find("\nSources\n[1] Storm brings down Marrowby footbridge, dozens hurt (01-northern-wire.txt)"),
            std::string::npos)
      << text;
  const std::string md = Render(*s, OutputFormat::kMarkdown);
  EXPECT_NE(md.find("## Sources\n\n1. **Storm brings down Marrowby footbridge, dozens hurt**"), std::string::npos);
}

TEST(Summarize, RejectsUnknownMethodAndEmptyInput) {
  SummaryOptions o;
  o.method = "magic";
  EXPECT_EQ(Summarize(ExampleStory(), o).status().code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(Summarize({}).status().code(), Status::Code::kFailedPrecondition);
}

}  // namespace
}  // namespace storyline
