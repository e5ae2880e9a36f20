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
  // Ahead of every published unsupervised system on both at once (best R-1:
  // DPP 39.84; best R-2: ICSISumm 9.81), with a margin.
  EXPECT_GE(r.averages["ROUGE-1"].mean.r, 0.4000);
  EXPECT_GE(r.averages["ROUGE-2"].mean.r, 0.1030);
  // Each story's figures (eval --per-story) average to what ROUGE-1.5.5
  // prints, which is the mean of bootstrap resamples: equal to the plain mean
  // up to the fourth decimal.
  ASSERT_EQ(r.per_story.size(), 50u);
  EXPECT_EQ(r.per_story.front().id, "d30001t");
  double sum = 0;
  for (const auto& story : r.per_story) sum += story.scores.at("ROUGE-2").r;
  EXPECT_NEAR(sum / 50, r.averages["ROUGE-2"].mean.r, 0.001);
}

TEST(EvaluationFloor, MultiNewsAt300Words) {
  STORYLINE_REQUIRE_SHARED(shared);
  EvaluationResult r = Evaluate(shared, "multinews_dev100.jsonl", 300);
  EXPECT_EQ(r.stories, 100);
  // Clearly ahead of the peers run side by side (best: sume's concept ILP,
  // 45.86 / 16.90 F; docs/benchmarks.md).
  EXPECT_GE(r.averages["ROUGE-1"].mean.f, 0.4700);
  EXPECT_GE(r.averages["ROUGE-2"].mean.f, 0.1750);
}

}  // namespace
}  // namespace storyline
