// The facts extractor against the hand-annotated gold set (tests/facts_gold):
// the floors the issue tracker set for quotes, figures and disagreements.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "shared_data.h"
#include "storyline/facts_evaluation.h"

namespace storyline {
namespace {

TEST(FactsFloor, GoldSet) {
  STORYLINE_REQUIRE_SHARED(shared);
  FactsEvaluationOptions o;
  o.shared_dir = shared.string();
  o.example_dir = std::string(STORYLINE_SOURCE_DIR) + "/examples/marrowby-bridge";
  Result<FactsEvaluation> r = EvaluateFacts(std::string(STORYLINE_SOURCE_DIR) + "/tests/facts_gold/gold.jsonl", o);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_TRUE(r->errors.empty()) << r->errors.front().message();
  EXPECT_GE(r->stories, 15);
  EXPECT_GE(r->quote_speakers.gold, 150);
  EXPECT_GE(r->figures.gold, 150);
  EXPECT_GE(r->quote_speakers.precision(), 0.90);
  EXPECT_GE(r->quote_speakers.recall(), 0.85);
  EXPECT_GE(r->figures.precision(), 0.90);
  EXPECT_GE(r->figures.recall(), 0.85);
  EXPECT_GE(r->disagreements.precision(), 0.80);
}

TEST(FactsFloor, SameSpeaker) {
  EXPECT_TRUE(SameSpeaker("Marc Hodler", "Hodler"));
  EXPECT_TRUE(SameSpeaker("Bashar al-Assad", "Bashar Assad"));
  EXPECT_TRUE(SameSpeaker("J. Robin West", "J Robin West"));
  EXPECT_FALSE(SameSpeaker("Martin Singer", "Bryan Singer"));
  EXPECT_TRUE(SameSpeaker("U.N.", "United Nations"));  // initials
  EXPECT_TRUE(SameSpeaker("African National Congress", "ANC"));
  EXPECT_FALSE(SameSpeaker("UN", "United States"));
  EXPECT_FALSE(SameSpeaker("Hun Sen", ""));
  EXPECT_TRUE(SameSpeaker("", ""));
  EXPECT_TRUE(SameSpeaker("Physio Technology", "Physio Technology Inc"));  // a company's legal form
  EXPECT_TRUE(SameSpeaker("Samuel Montagu and Co Ltd", "Samuel Montagu"));
  EXPECT_TRUE(SameSpeaker("Unilever N.V.", "Unilever"));
  EXPECT_FALSE(SameSpeaker("Dome Petroleum Ltd", "Encor Energy Corp Inc"));
  EXPECT_FALSE(SameSpeaker("Inc", "Corp"));
}

TEST(FactsFloor, BadGoldLinesAreReported) {
  const std::string path = ::testing::TempDir() + "/bad_gold.jsonl";
  FILE* f = std::fopen(path.c_str(), "w");
  ASSERT_NE(f, nullptr);
  std::fputs("not json\n{\"corpus\": \"nowhere\", \"story\": \"x\", \"documents\": [], \"quotes\": [], \"figures\": []}\n", f);
  std::fclose(f);
  Result<FactsEvaluation> r = EvaluateFacts(path);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->errors.size(), 2u);
  EXPECT_NE(r->errors[0].message().find("bad_gold.jsonl:1"), std::string::npos);
  EXPECT_NE(r->errors[1].message().find("unknown corpus"), std::string::npos);
  EXPECT_FALSE(EvaluateFacts("/no/such/gold.jsonl").ok());
}

// A summary as a story's document: "We will rebuild," sits at bytes 20-36
// (the marks are 3 bytes each).
constexpr const char* kSummary = "The mayor spoke. \u201cWe will rebuild,\u201d Mayor Jane Doe said.";

// Writes a corpus file of one story at `corpus` and a gold line in `dir`, and
// scores the gold line with options `o`.
Result<FactsEvaluation> ScoreGoldLine(const std::filesystem::path& dir, const std::filesystem::path& corpus,
                                      const std::string& story_line, const std::string& gold_line,
                                      const FactsEvaluationOptions& o) {
  std::filesystem::create_directories(corpus.parent_path());
  std::ofstream(corpus) << story_line << "\n";
  std::ofstream(dir / "gold.jsonl") << gold_line << "\n";
  return EvaluateFacts((dir / "gold.jsonl").string(), o);
}

// Scores one gold line against a corpus file of one story, written under a
// scratch folder `name` as ../shared/eval/`corpus_file`.
Result<FactsEvaluation> ScoreOneStory(const std::string& name, const std::string& corpus_file,
                                      const std::string& story_line, const std::string& gold_line) {
  const std::filesystem::path shared = std::filesystem::path(::testing::TempDir()) / name;
  FactsEvaluationOptions o;
  o.shared_dir = shared.string();
  return ScoreGoldLine(shared, shared / "eval" / corpus_file, story_line, gold_line, o);
}

// A "multinews_summaries" line scores the story's editor-written summaries,
// with offsets into the summary, not into any document.
TEST(FactsFloor, SummariesStandAsDocuments) {
  Result<FactsEvaluation> r = ScoreOneStory(
      "summaries_shared", "multinews_dev100.jsonl",
      std::string(R"({"id": "s1", "documents": ["Nothing here is quoted at all, and no one speaks."], "summaries": [")") +
          kSummary + "\"]}",
      R"({"corpus": "multinews_summaries", "story": "s1", "documents": [0],)"
      R"( "quotes": [{"doc": 0, "begin": 20, "end": 36, "speaker": "Jane Doe"}], "figures": []})");
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_TRUE(r->errors.empty()) << r->errors.front().message();
  EXPECT_EQ(r->quote_speakers.gold, 1);
  EXPECT_EQ(r->quote_speakers.gold_found, 1);
  EXPECT_EQ(r->quote_speakers.system_correct, 1);
}

TEST(FactsFloor, AssessorSummariesStandAsDocumentsInOrder) {
  // A DUC 2004 story's four assessor summaries are its documents 0-3.
  Result<FactsEvaluation> r = ScoreOneStory(
      "duc_summaries_shared", "duc2004.jsonl",
      std::string(R"({"id": "d1", "documents": ["Nothing here is quoted at all, and no one speaks."], "summaries": [)") +
          R"("The mayor spoke of rebuilding.", ")" + kSummary + R"(", "No one else spoke.", "The end."]})",
      R"({"corpus": "duc2004_summaries", "story": "d1", "documents": [1],)"
      R"( "quotes": [{"doc": 1, "begin": 20, "end": 36, "speaker": "Jane Doe"}], "figures": []})");
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_TRUE(r->errors.empty()) << r->errors.front().message();
  EXPECT_EQ(r->quote_speakers.gold, 1);
  EXPECT_EQ(r->quote_speakers.system_correct, 1);
}

// Corpus "reuters" reads the file scripts/reuters_corpus.sh writes (one story
// per article) from the folder --external names; without it, the error says
// how to make it.
TEST(FactsFloor, ReutersStoriesAreReadFromTheirFile) {
  const std::filesystem::path dir = std::filesystem::path(::testing::TempDir()) / "reuters_corpus";
  const std::string story = std::string(R"({"id": "crude/reut-00001", "documents": [")") + kSummary + "\"]}";
  const std::string gold = R"({"corpus": "reuters", "story": "crude/reut-00001", "documents": [0],)"
                           R"( "quotes": [{"doc": 0, "begin": 20, "end": 36, "speaker": "Jane Doe"}], "figures": []})";
  FactsEvaluationOptions o;
  o.external_dir = dir.string();
  Result<FactsEvaluation> r = ScoreGoldLine(dir, dir / "reuters.jsonl", story, gold, o);
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_TRUE(r->errors.empty()) << r->errors.front().message();
  EXPECT_EQ(r->quote_speakers.gold, 1);
  EXPECT_EQ(r->quote_speakers.system_correct, 1);

  o.external_dir = (dir / "absent").string();
  r = EvaluateFacts((dir / "gold.jsonl").string(), o);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->errors.size(), 1u);
  EXPECT_NE(r->errors[0].message().find("scripts/reuters_corpus.sh"), std::string::npos) << r->errors[0].message();
}

// A gold line without "figures" annotates quotes only: the figures of its
// documents are not scored, for or against.
TEST(FactsFloor, ALineWithoutFiguresScoresQuotesOnly) {
  const std::filesystem::path dir = std::filesystem::path(::testing::TempDir()) / "quotes_only";
  FactsEvaluationOptions o;
  o.external_dir = dir.string();
  Result<FactsEvaluation> r = ScoreGoldLine(
      dir, dir / "reuters_weka.jsonl",
      std::string(R"({"id": "train-0001", "documents": [")") + kSummary + R"( It cost 20 mln dlrs."]})",
      R"({"corpus": "reuters_weka", "story": "train-0001", "documents": [0],)"
      R"( "quotes": [{"doc": 0, "begin": 20, "end": 36, "speaker": "Jane Doe"}]})",
      o);
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_TRUE(r->errors.empty()) << r->errors.front().message();
  EXPECT_EQ(r->quote_speakers.system_correct, 1);
  EXPECT_EQ(r->figures.system, 0);
  EXPECT_EQ(r->figures.gold, 0);
}

}  // namespace
}  // namespace storyline
