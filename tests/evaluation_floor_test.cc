// The quality floor of the default engine on both evaluation sets, measured
// with the ROUGE that the conformance tests hold to ROUGE-1.5.5.
#include <gtest/gtest.h>

#include "shared_data.h"
#include "storyline/evaluation.h"

namespace storyline {
namespace {

EvaluationResult Evaluate(const std::filesystem::path& shared, const std::string& corpus, int words) {
  EvaluationOptions o;
  o.summary.max_words = words;
  o.rouge.word_limit = words;
  o.rouge_data = (shared / "eval" / "rouge_resources").string();
  Result<EvaluationResult> r = EvaluateCorpus((shared / "eval" / corpus).string(), o);
  EXPECT_TRUE(r.ok()) << r.status().message();
  return r.ok() ? *r : EvaluationResult{};
}

TEST(EvaluationFloor, Duc2004At100Words) {
  STORYLINE_REQUIRE_SHARED(shared);
  EvaluationResult r = Evaluate(shared, "duc2004.jsonl", 100);
  EXPECT_EQ(r.stories, 50);
  EXPECT_TRUE(r.errors.empty());
  // Above LexRank (36.00 / 7.51) and Centroid (36.42 / 7.98) as published.
  EXPECT_GT(r.averages["ROUGE-1"].mean.r, 0.3650);
  EXPECT_GT(r.averages["ROUGE-2"].mean.r, 0.0850);
}

TEST(EvaluationFloor, MultiNewsAt300Words) {
  STORYLINE_REQUIRE_SHARED(shared);
  EvaluationResult r = Evaluate(shared, "multinews_dev100.jsonl", 300);
  EXPECT_EQ(r.stories, 100);
  // Above the Lead baseline (42.9 R-1 F).
  EXPECT_GT(r.averages["ROUGE-1"].mean.f, 0.4300);
}

}  // namespace
}  // namespace storyline
