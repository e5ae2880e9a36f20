#include "summarize/concepts.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "summarize/story_document.h"
#include "test_articles.h"

namespace storyline {
namespace {

using testing::Text;

constexpr const char* kReport =
    "Engineers closed the Harbour Road bridge on Tuesday after finding a crack in its main span.\n\n"
    "The Harbour Road bridge carries twenty thousand cars a day between the two banks.\n\n"
    "The council said repairs to the main span would take at least three weeks.\n";

TEST(ConceptModel, SourcesThatStateTheSameThingsCorroborateEachOther) {
  const StoryDocument d = BuildStoryDocument({Text("a.txt", kReport), Text("b.txt", kReport)});
  const ConceptModel m = BuildConceptModel(d, /*unigrams=*/true);
  ASSERT_FALSE(m.weight.empty());
  EXPECT_DOUBLE_EQ(m.corroboration, 1.0);
  EXPECT_DOUBLE_EQ(PositionDecay(m, SummaryParts{}, 10), 0.0);
}

// Stories of more than 64 articles count each concept's articles another way.
TEST(ConceptModel, ManyArticlesCountTheSameAsFew) {
  std::vector<Article> few, many;
  for (int i = 0; i < 70; ++i) {
    const Article a = Text("a" + std::to_string(i) + ".txt", i % 2 ? kReport : "The council met on Tuesday.\n");
    many.push_back(a);
    if (i < 4) few.push_back(a);
  }
  const ConceptModel m_few = BuildConceptModel(BuildStoryDocument(few), true);
  const ConceptModel m_many = BuildConceptModel(BuildStoryDocument(many), true);
  EXPECT_DOUBLE_EQ(m_few.corroboration, 1.0);
  EXPECT_DOUBLE_EQ(m_many.corroboration, 1.0);
  // "council" and "Tuesday" are stated once by every article: (articles)^1.5.
  EXPECT_DOUBLE_EQ(*std::max_element(m_few.weight.begin(), m_few.weight.end()), std::pow(4.0, 1.5));
  EXPECT_DOUBLE_EQ(*std::max_element(m_many.weight.begin(), m_many.weight.end()), std::pow(70.0, 1.5));
}

TEST(ConceptModel, ALoneReportIsUncorroboratedAndItsLaterSentencesFade) {
  const StoryDocument d = BuildStoryDocument({Text("a.txt", kReport),
                                              Text("b.txt", "Tweet with a location\n\nYou can add location "
                                                            "information to your Tweets from the web.\n")});
  const ConceptModel m = BuildConceptModel(d, /*unigrams=*/true);
  ASSERT_FALSE(m.weight.empty()) << "the report repeats its own concepts";
  EXPECT_DOUBLE_EQ(m.corroboration, 0.0);
  SummaryParts parts;
  EXPECT_DOUBLE_EQ(PositionDecay(m, parts, 10), 0.1);
  EXPECT_DOUBLE_EQ(PositionDecay(m, parts, 0), 0.0);
  parts.fade = false;
  EXPECT_DOUBLE_EQ(PositionDecay(m, parts, 10), 0.0);
  parts.fade = true;
  parts.position = false;
  EXPECT_DOUBLE_EQ(PositionDecay(m, parts, 10), 0.0);
}

TEST(ConceptModel, CorroborationIsTheShareOfWeightSeveralArticlesState) {
  // The first sentence's concepts are stated by both articles; the
  // council's repairs only by the second, twice.
  const StoryDocument d = BuildStoryDocument(
      {Text("a.txt", kReport), Text("b.txt", "Engineers closed the Harbour Road bridge on Tuesday after finding a "
                                             "crack in its main span.\n\n"
                                             "Council repairs to the deck begin in the spring.\n\n"
                                             "Council repairs of that size usually take a month.\n")});
  const ConceptModel m = BuildConceptModel(d, /*unigrams=*/true);
  EXPECT_GT(m.corroboration, 0.0);
  EXPECT_LT(m.corroboration, 1.0);
}

TEST(LeadPrior, TheLedeLeadsAndLaterSentencesFadeWithDecay) {
  SentenceUnit lede, deep;
  lede.occurrences.push_back({0, {}, 0});
  deep.occurrences.push_back({0, {}, 19});
  EXPECT_DOUBLE_EQ(LeadPrior(lede, 1.0), 2.0);
  EXPECT_DOUBLE_EQ(LeadPrior(deep, 1.0), 1.05);
  EXPECT_DOUBLE_EQ(LeadPrior(lede, 1.0, 0.1), 2.0);
  EXPECT_NEAR(LeadPrior(deep, 1.0, 0.1), 1.05 * std::exp(-1.9), 1e-12);
}

}  // namespace
}  // namespace storyline
