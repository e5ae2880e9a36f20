#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

#include <nlohmann/json.hpp>

#include "storyline/corpus.h"

namespace storyline {

namespace {

struct FileCloser {
  void operator()(FILE* f) const { std::fclose(f); }
};

// Reads one line (without its "\n"); false at end of file. A line longer than
// `max` is consumed and flagged, not kept.
bool ReadLine(FILE* f, size_t max, std::string* line, bool* too_long) {
  line->clear();
  *too_long = false;
  bool any = false;
  char buf[1 << 16];
  while (std::fgets(buf, sizeof buf, f) != nullptr) {
    any = true;
    const size_t n = std::strlen(buf);
    const bool done = n > 0 && buf[n - 1] == '\n';
    if (!*too_long) {
      line->append(buf, done ? n - 1 : n);
      if (line->size() > max) {
        *too_long = true;
        line->clear();
      }
    }
    if (done) return true;
  }
  return any;
}

}  // namespace

Result<CorpusReport> ReadCorpus(const std::string& path, const CorpusOptions& options) {
  std::unique_ptr<FILE, FileCloser> f(std::fopen(path.c_str(), "rb"));
  if (!f) return Status::NotFound(path + ": " + std::strerror(errno));
  CorpusReport report;
  std::string line;
  bool too_long = false;
  int lineno = 0;
  while (ReadLine(f.get(), options.max_line_bytes, &line, &too_long)) {
    ++lineno;
    const std::string where = path + ":" + std::to_string(lineno);
    if (too_long) {
      report.errors.push_back(Status::ResourceExhausted(where + ": line longer than " +
                                                        std::to_string(options.max_line_bytes) + " bytes"));
      continue;
    }
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) {
      report.errors.push_back(Status::InvalidArgument(where + ": not valid JSON"));
      continue;
    }
    if (!j.is_object() || !j.contains("documents") || !j["documents"].is_array()) {
      report.errors.push_back(Status::InvalidArgument(where + ": expected an object with a \"documents\" array"));
      continue;
    }
    CorpusStory story;
    story.id = j.contains("id") && j["id"].is_string() ? j["id"].get<std::string>() : "line" + std::to_string(lineno);
    int n = 0;
    for (const auto& d : j["documents"]) {
      ++n;
      if (!d.is_string()) {
        report.errors.push_back(Status::InvalidArgument(where + ": document " + std::to_string(n) + " is not a string"));
        continue;
      }
      const std::string name = story.id + "#" + std::to_string(n);
      Result<Article> a = ParseArticle(name, "", d.get<std::string>(), ArticleFormat::kText, options.ingest);
      if (!a.ok()) {
        report.errors.push_back(a.status().WithContext(where));
        continue;
      }
      story.articles.push_back(std::move(a).value());
    }
    if (j.contains("summaries") && j["summaries"].is_array()) {
      for (const auto& s : j["summaries"]) {
        if (s.is_string()) story.summaries.push_back(s.get<std::string>());
      }
    }
    report.stories.push_back(std::move(story));
  }
  return report;
}

}  // namespace storyline
