#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "storyline/article.h"

namespace storyline {
namespace {

namespace fs = std::filesystem;

class ArticleLoaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("storyline_loader_" + std::to_string(::getpid()) + "_" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Write(const std::string& name, const std::string& content) {
    const fs::path p = dir_ / name;
    std::ofstream(p, std::ios::binary) << content;
    return p.string();
  }
  std::string Good(const std::string& name) {
    return Write(name, "Bridge falls in storm\nThe footbridge collapsed on Saturday. Nine people were rescued.\n");
  }
  static bool Mentions(const IngestReport& r, const std::string& path, const std::string& what) {
    for (const Status& e : r.errors) {
      if (e.message().find(path) != std::string::npos && e.message().find(what) != std::string::npos) return true;
    }
    return false;
  }
  fs::path dir_;
};

TEST_F(ArticleLoaderTest, ReadsPlainTextWithHeadline) {
  IngestReport r = LoadArticles({Good("a.txt")});
  ASSERT_TRUE(r.errors.empty());
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].headline, "Bridge falls in storm");
  EXPECT_EQ(r.articles[0].name, "a.txt");
}

TEST_F(ArticleLoaderTest, MissingPathIsReportedAndOthersAreKept) {
  const std::string missing = (dir_ / "nope.txt").string();
  IngestReport r = LoadArticles({missing, Good("a.txt")});
  EXPECT_EQ(r.articles.size(), 1u);
  EXPECT_TRUE(Mentions(r, missing, "no such file"));
}

TEST_F(ArticleLoaderTest, EmptyFileIsReported) {
  const std::string p = Write("empty.txt", "");
  const std::string blank = Write("blank.txt", " \n\n\t\n");
  IngestReport r = LoadArticles({p, blank, Good("a.txt")});
  EXPECT_EQ(r.articles.size(), 1u);
  EXPECT_TRUE(Mentions(r, p, "empty file"));
  EXPECT_TRUE(Mentions(r, blank, "empty file"));
}

TEST_F(ArticleLoaderTest, BinaryFileIsReported) {
  std::string bytes = "\x89PNG\r\n\x1a\n";
  bytes += std::string("\0\0\0\rIHDR", 8);
  const std::string p = Write("photo.txt", bytes);
  IngestReport r = LoadArticles({p, Good("a.txt")});
  EXPECT_EQ(r.articles.size(), 1u);
  EXPECT_TRUE(Mentions(r, p, "binary file"));
}

TEST_F(ArticleLoaderTest, InvalidUtf8IsRepairedWithAWarning) {
  const std::string p = Write("latin1.txt", "Caf\xE9 owner says the bridge shook. The mayor promised an inquiry.\n");
  IngestReport r = LoadArticles({p});
  ASSERT_EQ(r.articles.size(), 1u);
  const Article& a = r.articles[0];
  ASSERT_EQ(a.warnings.size(), 1u);
  EXPECT_NE(a.warnings[0].find("invalid UTF-8 at byte 3"), std::string::npos) << a.warnings[0];
  EXPECT_EQ(a.text.substr(0, 6), "Caf\xC3\xA9 ");
  // Offsets still point into the raw bytes: "owner" is at raw byte 5, text byte 6.
  const Span raw = a.ToRaw({6, 11});
  EXPECT_EQ(a.raw.substr(raw.begin, raw.size()), "owner");
}

TEST_F(ArticleLoaderTest, HugeSingleLineIsRefusedByTheSizeLimit) {
  // 200 MB on one line, written sparsely so the test stays fast.
  const fs::path p = dir_ / "huge.txt";
  { std::ofstream(p, std::ios::binary) << "x"; }
  fs::resize_file(p, 200u << 20);
  IngestReport r = LoadArticles({p.string(), Good("a.txt")});
  EXPECT_EQ(r.articles.size(), 1u);
  EXPECT_TRUE(Mentions(r, p.string(), "over the article size limit"));
}

TEST_F(ArticleLoaderTest, HtmlThatIsAllMarkupIsReported) {
  const std::string p = Write("menu.html", "<html><head><script>var x=1;</script></head><body><nav><a href='/'>Home</a>"
                                           "</nav><div class='share'>Share</div></body></html>");
  IngestReport r = LoadArticles({p, Good("a.txt")});
  EXPECT_EQ(r.articles.size(), 1u);
  EXPECT_TRUE(Mentions(r, p, "only markup"));
}

TEST_F(ArticleLoaderTest, FolderReadsArticleFilesInNameOrder) {
  Good("b.txt");
  Good("a.txt");
  Write("notes.md", "# not an article");
  Write("c.html", "<html><body><article><h1>Head</h1><p>The bridge fell. It was old.</p></article></body></html>");
  IngestReport r = LoadArticles({dir_.string()});
  ASSERT_EQ(r.articles.size(), 3u);
  EXPECT_EQ(r.articles[0].name, "a.txt");
  EXPECT_EQ(r.articles[1].name, "b.txt");
  EXPECT_EQ(r.articles[2].name, "c.html");
  EXPECT_EQ(r.articles[2].format, ArticleFormat::kHtml);
}

TEST_F(ArticleLoaderTest, EmptyFolderIsReported) {
  fs::create_directories(dir_ / "empty");
  IngestReport r = LoadArticles({(dir_ / "empty").string()});
  EXPECT_TRUE(r.articles.empty());
  EXPECT_TRUE(Mentions(r, (dir_ / "empty").string(), "no .txt, .html or .htm files"));
}

}  // namespace
}  // namespace storyline
