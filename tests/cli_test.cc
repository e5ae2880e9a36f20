// End-to-end: the `storyline` command as a user runs it.
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace {

namespace fs = std::filesystem;

struct CommandRun {
  int status = -1;
  std::string out;  // stdout and stderr together
};

CommandRun Storyline(const std::string& args) {
  const std::string cmd = std::string(STORYLINE_BINARY) + " " + args + " 2>&1";
  CommandRun r;
  FILE* p = ::popen(cmd.c_str(), "r");
  if (p == nullptr) return r;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = std::fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
  const int st = ::pclose(p);
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  return r;
}

std::string Example() { return std::string(STORYLINE_SOURCE_DIR) + "/examples/marrowby-bridge"; }

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("storyline_cli_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Write(const std::string& name, const std::string& content) {
    std::ofstream(dir_ / name, std::ios::binary) << content;
    return (dir_ / name).string();
  }
  fs::path dir_;
};

TEST_F(CliTest, SummarizesTheExampleStoryWithSources) {
  CommandRun r = Storyline("summarize " + Example());
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("[1] Storm brings down Marrowby footbridge"), std::string::npos) << r.out;
}

TEST_F(CliTest, JsonOutputParses) {
  CommandRun r = Storyline("summarize --format json --words 80 " + Example());
  ASSERT_EQ(r.status, 0) << r.out;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_LE(j["words"].get<int>(), 80);
}

TEST_F(CliTest, EveryMethodAndBackgroundStatistics) {
  for (const char* method : {"concept", "ilp", "submodular", "centroid"}) {
    CommandRun r = Storyline(std::string("summarize --method ") + method + " " + Example());
    EXPECT_EQ(r.status, 0) << method << ": " << r.out;
    EXPECT_NE(r.out.find("[1]"), std::string::npos) << method;
  }
  std::string words;
  for (int i = 0; i < 1500; ++i) words.append("word").append(std::to_string(i)).append("\n");
  const std::string list = Write("words.txt", "the\nsaid\nbridge\n" + words);
  CommandRun ok = Storyline("summarize --background " + list + " " + Example());
  EXPECT_EQ(ok.status, 0) << ok.out;
  CommandRun missing = Storyline("summarize --background " + (dir_ / "none.txt").string() + " " + Example());
  EXPECT_EQ(missing.status, 2);
  EXPECT_NE(missing.out.find("none.txt: no such file"), std::string::npos) << missing.out;
  CommandRun tiny = Storyline("summarize --background " + Write("tiny.txt", "the\nsaid\n") + " " + Example());
  EXPECT_EQ(tiny.status, 2);
  EXPECT_NE(tiny.out.find("tiny.txt: only 2 words"), std::string::npos) << tiny.out;
}

TEST_F(CliTest, BadInputsAreNamedAndTheRestIsUsed) {
  const std::string empty = Write("empty.txt", "");
  const std::string binary = Write("bin.txt", std::string("\x7f" "ELF\0\0\0", 7));
  CommandRun r = Storyline("summarize " + empty + " " + binary + " /no/such/file.txt " + Example());
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find(empty + ": empty file"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(binary + ": binary file"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("/no/such/file.txt: no such file"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Sources"), std::string::npos);
}

TEST_F(CliTest, NothingUsableExitsNonZero) {
  const std::string empty = Write("empty.txt", "");
  CommandRun r = Storyline("summarize " + empty);
  EXPECT_NE(r.status, 0);
  EXPECT_NE(r.out.find("nothing to summarize"), std::string::npos) << r.out;
}

TEST_F(CliTest, ReadsStandardInput) {
  CommandRun r = Storyline("summarize - < " + Example() + "/01-northern-wire.txt");
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("(stdin)"), std::string::npos) << r.out;
}

TEST_F(CliTest, MalformedCorpusLinesAreReported) {
  const std::string corpus = Write("c.jsonl",
                                   "{\"id\": \"s1\", \"documents\": [\"The bridge fell on Saturday in a storm. Nine people "
                                   "were rescued from the water by divers.\"], \"summaries\": [\"The bridge fell.\"]}\n"
                                   "{not json\n");
  CommandRun r = Storyline("eval " + corpus + " --rouge-data " + STORYLINE_SOURCE_DIR + "/../shared/eval/rouge_resources");
  if (!fs::exists(std::string(STORYLINE_SOURCE_DIR) + "/../shared/eval/rouge_resources")) {
    GTEST_SKIP() << "../shared not found; skipped";
  }
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find(corpus + ":2: not valid JSON"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("stories: 1"), std::string::npos) << r.out;
}

TEST_F(CliTest, EvalJsonAndSummariesOut) {
  const std::string data = std::string(STORYLINE_SOURCE_DIR) + "/../shared/eval/rouge_resources";
  if (!fs::exists(data)) GTEST_SKIP() << "../shared not found; skipped";
  const std::string corpus = Write("c.jsonl",
                                   "{\"id\": \"s1\", \"documents\": [\"The bridge fell on Saturday in a storm. Nine people "
                                   "were rescued from the water by divers on Saturday.\"], \"summaries\": [\"The bridge fell in "
                                   "a storm.\"]}\n");
  const std::string out = (dir_ / "out").string();
  CommandRun r = Storyline("eval " + corpus + " --json --words 20 --summaries-out " + out + " --rouge-data " + data);
  ASSERT_EQ(r.status, 0) << r.out;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["stories"], 1);
  for (const char* m : {"rouge-1", "rouge-2", "rouge-l", "rouge-su4"}) {
    EXPECT_TRUE(j["rouge"][m].contains("f")) << m;
  }
  EXPECT_GT(j["rouge"]["rouge-1"]["r"].get<double>(), 0.5);
  EXPECT_TRUE(fs::exists(dir_ / "out" / "s1.txt"));
}

}  // namespace
