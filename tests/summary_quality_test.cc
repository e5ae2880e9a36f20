// Summaries read well at every budget and with every method: whole sentences,
// no two saying the same thing, no page furniture, and the budget used. Run
// over the example story, the seed story and the first stories of both
// evaluation sets (read from ../shared).
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "shared_data.h"
#include "storyline/corpus.h"
#include "storyline/summary.h"
#include "text/rules.h"
#include "text/tokenizer.h"

namespace storyline {
namespace {

std::set<std::string> ContentStems(const std::string& sentence) {
  std::set<std::string> out;
  for (const Token& t : Tokenize(sentence)) {
    if (!t.stopword) out.insert(t.stem);
  }
  return out;
}

bool EndsLikeSentence(const std::string& s) {
  for (const char* end : {".", "!", "?", "\"", ")", "\xE2\x80\x9D", "\xE2\x80\x99"}) {
    if (s.ends_with(end)) return true;
  }
  return false;
}

void ExpectSensible(const std::string& story, const std::vector<Article>& articles) {
  const Rules& rules = Rules::Get();
  size_t story_words = 0;
  for (const Article& a : articles) story_words += CountWords(a.text);
  for (const std::string& method : SelectorNames()) {
    for (int budget : {50, 100, 200, 300}) {
      SummaryOptions o;
      o.method = method;
      o.max_words = budget;
      Result<Summary> s = Summarize(articles, o);
      const std::string where = story + " / " + method + " / " + std::to_string(budget) + " words";
      ASSERT_TRUE(s.ok()) << where << ": " << s.status().message();
      EXPECT_LE(s->words, budget) << where;
      // A story several times longer than the budget fills most of it.
      if (story_words > 4u * budget) {
        EXPECT_GE(s->words, budget * 6 / 10) << where;
      }
      std::vector<std::set<std::string>> seen;
      for (const SummarySentence& sent : s->sentences) {
        EXPECT_TRUE(EndsLikeSentence(sent.text)) << where << ": cut sentence: " << sent.text;
        EXPECT_FALSE(rules.IsBoilerplateSentence(sent.text)) << where << ": " << sent.text;
        for (const char* junk : {"Share this", "Leave a Reply", "Click here", "Sign up", "http", "Advertisement"}) {
          EXPECT_EQ(sent.text.find(junk), std::string::npos) << where << ": " << sent.text;
        }
        const std::set<std::string> stems = ContentStems(sent.text);
        for (const auto& other : seen) {
          std::vector<std::string> common;
          std::set_intersection(stems.begin(), stems.end(), other.begin(), other.end(), std::back_inserter(common));
          const size_t smaller = std::min(stems.size(), other.size());
          EXPECT_LE(common.size() * 10, smaller * 8) << where << ": near-duplicate sentence: " << sent.text;
        }
        seen.push_back(stems);
      }
    }
  }
}

TEST(SummaryQuality, ExampleStory) {
  IngestReport r = LoadArticles({std::string(STORYLINE_SOURCE_DIR) + "/examples/marrowby-bridge"});
  ASSERT_EQ(r.articles.size(), 4u);
  ExpectSensible("example", r.articles);
}

TEST(SummaryQuality, SeedStory) {
  STORYLINE_REQUIRE_SHARED(shared);
  IngestReport r = LoadArticles({(shared / "seeds").string()});
  ASSERT_EQ(r.articles.size(), 5u);
  ExpectSensible("seeds", r.articles);
}

TEST(SummaryQuality, FirstStoriesOfBothEvaluationSets) {
  STORYLINE_REQUIRE_SHARED(shared);
  for (const char* corpus : {"duc2004.jsonl", "multinews_dev100.jsonl"}) {
    Result<CorpusReport> c = ReadCorpus((shared / "eval" / corpus).string());
    ASSERT_TRUE(c.ok());
    for (size_t i = 0; i < 8 && i < c->stories.size(); ++i) ExpectSensible(c->stories[i].id, c->stories[i].articles);
  }
}

}  // namespace
}  // namespace storyline
