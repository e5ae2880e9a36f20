#include "ingest/html_extractor.h"

#include <gtest/gtest.h>

namespace storyline {
namespace {

Article Html(const std::string& raw) {
  Article a;
  a.name = "page.html";
  a.raw = raw;
  a.format = ArticleFormat::kHtml;
  return a;
}

std::vector<std::string> Paragraphs(const Article& a) {
  std::vector<std::string> out;
  for (const Span& p : a.paragraphs) out.push_back(a.text.substr(p.begin, p.size()));
  return out;
}

TEST(HtmlExtractor, KeepsArticleTextAndDropsFurniture) {
  Article a = Html(
      "<html><head><title>Site | Bridge falls</title><script>track()</script></head><body>"
      "<nav>Home News</nav><div class='share-bar'>Share on Facebook</div>"
      "<article><h1>Bridge falls</h1><p class='byline'>By Staff</p>"
      "<p>The bridge fell on Saturday.</p><p>Nine people were rescued.</p>"
      "<figure><figcaption>The broken span</figcaption></figure></article>"
      "<section class='comments'><p>First!</p></section><footer>(c) Site</footer></body></html>");
  ASSERT_TRUE(ExtractHtml(&a).ok());
  EXPECT_EQ(a.headline, "Bridge falls");
  EXPECT_EQ(Paragraphs(a), (std::vector<std::string>{"The bridge fell on Saturday.", "Nine people were rescued."}));
}

TEST(HtmlExtractor, DecodesEntitiesAndMapsOffsetsToTheRawPage) {
  Article a = Html("<body><p>Marrowby&rsquo;s mayor spoke.</p></body>");
  ASSERT_TRUE(ExtractHtml(&a).ok());
  ASSERT_EQ(a.paragraphs.size(), 1u);
  const Span p = a.paragraphs[0];
  EXPECT_EQ(a.text.substr(p.begin, p.size()), "Marrowby\xE2\x80\x99s mayor spoke.");
  const Span raw = a.ToRaw(p);
  EXPECT_EQ(a.raw.substr(raw.begin, raw.size()), "Marrowby&rsquo;s mayor spoke.");
}

TEST(HtmlExtractor, HeadlineFallsBackToTitle) {
  Article a = Html("<html><head><title>Storm report</title></head><body><p>Rain fell.</p></body></html>");
  ASSERT_TRUE(ExtractHtml(&a).ok());
  EXPECT_EQ(a.headline, "Storm report");
}

TEST(HtmlExtractor, DeepNestingDoesNotCrash) {
  std::string soup;
  for (int i = 0; i < 5000; ++i) soup += "<div>";
  soup += "text";
  Article a = Html("<body>" + soup + "<p>Real text here.</p></body>");
  // Past the depth limit the walk stops descending; the call returns a value.
  const Status st = ExtractHtml(&a);
  EXPECT_TRUE(st.ok() || st.code() == Status::Code::kDataLoss) << st.message();
}

TEST(HtmlExtractor, TagSoupStillYieldsText) {
  Article a = Html("<p>Unclosed <b>bold <i>and italic<p>Second paragraph</div></span>");
  ASSERT_TRUE(ExtractHtml(&a).ok());
  EXPECT_EQ(Paragraphs(a).size(), 2u);
}

}  // namespace
}  // namespace storyline

#include "ingest/html_rules.h"

namespace storyline {
namespace {

TEST(HtmlRules, ClassWordsMatchWholeWordsOnly) {
  const HtmlRules& r = HtmlRules::Get();
  EXPECT_TRUE(r.IsSkippedTag("script"));
  EXPECT_TRUE(r.IsSkippedClass("share-bar"));
  EXPECT_TRUE(r.IsSkippedClass("post comments_section"));
  EXPECT_FALSE(r.IsSkippedClass("article-body"));
  EXPECT_FALSE(r.IsSkippedClass("shareholders"));
}

TEST(HtmlRules, MalformedFileNamesTheLine) {
  auto r = HtmlRules::Parse("tag\tscript\nbogus\tthing\n");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("html_rules.txt:2"), std::string::npos) << r.status().message();
}

}  // namespace
}  // namespace storyline
