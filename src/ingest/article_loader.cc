#include <algorithm>
#include <cctype>
#include <filesystem>
#include <system_error>

#include "base/file_reader.h"
#include "ingest/html_extractor.h"
#include "ingest/plain_text.h"
#include "ingest/text_decoder.h"
#include "storyline/article.h"

namespace storyline {

namespace {

namespace fs = std::filesystem;

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool IsArticleFile(const fs::path& p) {
  const std::string ext = Lower(p.extension().string());
  return ext == ".txt" || ext == ".html" || ext == ".htm";
}

// Rejects bytes that are not text: a NUL byte, or too many control bytes.
Status CheckLooksLikeText(const std::string& raw, const IngestOptions& o) {
  const size_t nul = raw.find('\0');
  if (nul != std::string::npos) {
    return Status::DataLoss("binary file, not text (NUL byte at byte " + std::to_string(nul) + ")");
  }
  const size_t probe = std::min<size_t>(raw.size(), 64 * 1024);
  size_t control = 0;
  for (size_t i = 0; i < probe; ++i) {
    const unsigned char c = static_cast<unsigned char>(raw[i]);
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') ++control;
  }
  if (probe > 0 && static_cast<double>(control) / probe > o.max_control_byte_ratio) {
    return Status::DataLoss("binary file, not text (" + std::to_string(control) + " control bytes in the first " +
                            std::to_string(probe) + ")");
  }
  return Status::Ok();
}

std::string DisplayName(const std::string& path) {
  if (path == "-") return "stdin";
  return fs::path(path).filename().string();
}

}  // namespace

Span Article::ToRaw(Span t) const {
  if (runs.empty()) return t;
  auto locate = [&](size_t pos, bool is_end) -> size_t {
    // The run containing pos (for an end, the run containing pos - 1).
    const size_t key = is_end && pos > 0 ? pos - 1 : pos;
    auto it = std::upper_bound(runs.begin(), runs.end(), key,
                               [](size_t v, const OffsetRun& r) { return v < r.text_begin; });
    if (it == runs.begin()) return runs.front().raw_begin;
    const OffsetRun& r = *(it - 1);
    if (key >= r.text_begin + r.text_size) return r.raw_begin + r.raw_size;  // in a gap (added separator)
    if (r.exact) return r.raw_begin + (pos - r.text_begin);
    return is_end ? r.raw_begin + r.raw_size : r.raw_begin;
  };
  Span out{locate(t.begin, false), locate(t.end, true)};
  if (out.end < out.begin) out.end = out.begin;
  return out;
}

ArticleFormat DetectFormat(const std::string& path, const std::string& raw) {
  const std::string ext = Lower(fs::path(path).extension().string());
  if (ext == ".html" || ext == ".htm") return ArticleFormat::kHtml;
  if (ext == ".txt") return ArticleFormat::kText;
  size_t i = 0;
  if (raw.compare(0, 3, "\xEF\xBB\xBF") == 0) i = 3;
  while (i < raw.size() && std::isspace(static_cast<unsigned char>(raw[i]))) ++i;
  const std::string head = Lower(raw.substr(i, 15));
  if (head.rfind("<!doctype html", 0) == 0 || head.rfind("<html", 0) == 0) return ArticleFormat::kHtml;
  return ArticleFormat::kText;
}

Result<Article> ParseArticle(std::string name, std::string path, std::string raw, ArticleFormat format,
                             const IngestOptions& options) {
  Article a;
  a.name = std::move(name);
  a.path = std::move(path);
  a.format = format;
  const std::string& label = a.path.empty() || a.path == "-" ? a.name : a.path;
  if (raw.size() > options.max_article_bytes) {
    return Status::ResourceExhausted(label + ": " + std::to_string(raw.size()) +
                                     " bytes is over the article size limit of " +
                                     std::to_string(options.max_article_bytes) + " bytes");
  }
  if (std::all_of(raw.begin(), raw.end(), [](char c) { return std::isspace(static_cast<unsigned char>(c)); })) {
    return Status::InvalidArgument(label + ": empty file, no text");
  }
  STORYLINE_RETURN_IF_ERROR(CheckLooksLikeText(raw, options).WithContext(label));
  a.raw = std::move(raw);
  // (Decoding may lengthen a text: each Windows-1252 byte can take three.)
  auto text_fits = [&]() -> Status {
    if (a.text.size() <= kMaxArticleTextBytes) return Status::Ok();
    return Status::ResourceExhausted(label + ": its text of " + std::to_string(a.text.size()) +
                                     " bytes is over the " + std::to_string(kMaxArticleTextBytes) +
                                     " bytes Storyline reads in one article");
  };
  if (format == ArticleFormat::kHtml) {
    STORYLINE_RETURN_IF_ERROR(ExtractHtml(&a).WithContext(label));
    STORYLINE_RETURN_IF_ERROR(text_fits());
    return a;
  }
  DecodedText d = DecodeToUtf8(a.raw);
  if (d.repaired_bytes > 0) {
    a.warnings.push_back(label + ": invalid UTF-8 at byte " + std::to_string(d.first_invalid_byte) + "; " +
                         std::to_string(d.repaired_bytes) + " byte(s) read as Windows-1252");
  }
  a.text = std::move(d.text);
  a.runs = std::move(d.runs);
  STORYLINE_RETURN_IF_ERROR(text_fits());
  SplitPlainText(&a);
  if (a.paragraphs.empty()) return Status::InvalidArgument(label + ": empty file, no text");
  return a;
}

IngestReport LoadArticles(const std::vector<std::string>& paths, const IngestOptions& options) {
  IngestReport report;
  auto load_file = [&](const std::string& path) {
    Result<std::string> raw = ReadFileBounded(path, options.max_article_bytes);
    if (!raw.ok()) {
      report.errors.push_back(raw.status());
      return;
    }
    const ArticleFormat format = DetectFormat(path, *raw);
    Result<Article> a = ParseArticle(DisplayName(path), path, std::move(raw).value(), format, options);
    if (!a.ok()) {
      report.errors.push_back(a.status());
      return;
    }
    report.articles.push_back(std::move(a).value());
  };
  for (const std::string& path : paths) {
    std::error_code ec;
    if (path != "-" && fs::is_directory(path, ec)) {
      std::vector<fs::path> files;
      for (const auto& entry : fs::directory_iterator(path, ec)) {
        if (entry.is_regular_file(ec) && IsArticleFile(entry.path())) files.push_back(entry.path());
      }
      if (ec) {
        report.errors.push_back(Status::IoError(path + ": " + ec.message()));
        continue;
      }
      std::sort(files.begin(), files.end());
      if (files.empty()) report.errors.push_back(Status::NotFound(path + ": folder has no .txt, .html or .htm files"));
      for (const fs::path& f : files) load_file(f.string());
    } else {
      load_file(path);
    }
  }
  return report;
}

}  // namespace storyline
