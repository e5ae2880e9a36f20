#include "storyline/rouge.h"

#include <gtest/gtest.h>

namespace storyline::rouge {
namespace {

TEST(RougePorterStem, FollowsRougesRules) {
  struct Case {
    const char* word;
    const char* stem;
  } cases[] = {
      {"caresses", "caress"}, {"ponies", "poni"},       {"cats", "cat"},
      {"agreed", "agre"},     {"plastered", "plaster"}, {"motoring", "motor"},
      {"hopping", "hop"},     {"filing", "file"},       {"happy", "happi"},
      {"relational", "relat"},{"conditional", "condit"},{"digitizer", "digit"},
      {"generalization", "gener"}, {"hopefulness", "hope"}, {"electrical", "electr"},
      {"adjustable", "adjust"}, {"adoption", "adopt"},  {"controll", "control"},
      {"yelling", "yell"},    {"syria", "syria"},       {"killed", "kill"},
      // ROUGE's changed step 4: -ement is stripped only after -ment fails.
      {"agreement", "agreem"}, {"argument", "argum"},   {"government", "govern"},
  };
  for (const Case& c : cases) EXPECT_EQ(RougePorterStem(c.word), c.stem) << c.word;
}

Scorer PlainScorer(Options o) { return Scorer(Resources{}, o); }

TEST(RougeScorer, IdenticalSummariesScoreOne) {
  Options o;
  o.stem = false;
  Scorer s = PlainScorer(o);
  StoryScores sc = s.Score("the cat sat on the mat\n", {"the cat sat on the mat\n"});
  for (const auto& [name, prf] : sc) {
    EXPECT_DOUBLE_EQ(prf.r, 1.0) << name;
    EXPECT_DOUBLE_EQ(prf.p, 1.0) << name;
  }
}

TEST(RougeScorer, CountsClippedUnigramsAndBigrams) {
  Options o;
  o.stem = false;
  Scorer s = PlainScorer(o);
  // peer unigrams: the x2, cat, ran; model: the x1, cat, sat, down.
  StoryScores sc = s.Score("the cat the ran\n", {"the cat sat down\n"});
  EXPECT_DOUBLE_EQ(sc["ROUGE-1"].r, 0.5);   // 2 of 4 model unigrams
  EXPECT_DOUBLE_EQ(sc["ROUGE-1"].p, 0.5);   // 2 hits of 4 peer unigrams
  EXPECT_DOUBLE_EQ(sc["ROUGE-2"].r, 0.33333);  // "the cat" of 3 model bigrams, rounded as ROUGE prints
}

TEST(RougeScorer, WordLimitCutsPeerAndModel) {
  Options o;
  o.stem = false;
  o.word_limit = 2;
  Scorer s = PlainScorer(o);
  StoryScores sc = s.Score("alpha beta gamma\n", {"alpha beta delta\n"});
  EXPECT_DOUBLE_EQ(sc["ROUGE-1"].r, 1.0);  // only "alpha beta" is read on both sides
}

TEST(RougeScorer, NonAsciiBytesSplitWords) {
  Options o;
  o.stem = false;
  Scorer s = PlainScorer(o);
  // "caf\xC3\xA9" is read as "caf" then separators; "\xE2\x80\x94" (em dash) separates.
  StoryScores sc = s.Score("caf\xC3\xA9\xE2\x80\x94menu\n", {"caf menu\n"});
  EXPECT_DOUBLE_EQ(sc["ROUGE-1"].r, 1.0);
}

TEST(RougeAggregate, SingleStoryMeanIsItsScore) {
  Options o;
  o.resamples = 10;
  Average a = Aggregate({{"d1", Prf{0.5, 0.25, 0.33333}}}, o);
  EXPECT_DOUBLE_EQ(a.mean.r, 0.5);
  EXPECT_DOUBLE_EQ(a.r.low, 0.5);
  EXPECT_DOUBLE_EQ(a.r.high, 0.5);
}

}  // namespace
}  // namespace storyline::rouge
