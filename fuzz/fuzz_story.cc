// libFuzzer target: arbitrary bytes as up to four articles (split at NUL
// bytes; the first byte of each picks text or HTML) through the whole
// pipeline: parsing, cleaning, summarizing with every method, facts and
// rendering. Any crash, hang, sanitizer report or leak is a bug.
//
//   CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DSTORYLINE_FUZZ=ON
//   ninja -C build-fuzz fuzz_story && build-fuzz/fuzz/fuzz_story -max_total_time=60 -max_len=65536
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "storyline/article.h"
#include "storyline/facts.h"
#include "storyline/summary.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace storyline;
  const std::string input(reinterpret_cast<const char*>(data), size);
  std::vector<Article> articles;
  size_t begin = 0;
  while (begin <= input.size() && articles.size() < 4) {
    size_t end = input.find('\0', begin);
    if (end == std::string::npos) end = input.size();
    const std::string part = input.substr(begin, end - begin);
    begin = end + 1;
    if (part.empty()) continue;
    const ArticleFormat format = (part[0] & 1) ? ArticleFormat::kHtml : ArticleFormat::kText;
    Result<Article> a = ParseArticle("fuzz", "fuzz", part.substr(1), format);
    if (a.ok()) articles.push_back(std::move(a).value());
  }
  if (articles.empty()) return 0;
  for (const std::string& method : SelectorNames()) {
    SummaryOptions options;
    options.method = method;
    options.max_words = 60;
    Result<Summary> s = Summarize(articles, options);
    if (s.ok()) {
      Render(*s, OutputFormat::kText);
      Render(*s, OutputFormat::kJson);
      Render(*s, OutputFormat::kMarkdown);
    }
  }
  ExtractFacts(articles);
  return 0;
}
