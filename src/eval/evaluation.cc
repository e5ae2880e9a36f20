#include "storyline/evaluation.h"

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "storyline/corpus.h"
#include "text/sentence_splitter.h"

namespace storyline {

namespace {

namespace fs = std::filesystem;

// A reference summary in SPL form: its own lines when it has several,
// otherwise its sentences.
std::string ReferenceAsSpl(const std::string& ref) {
  if (ref.find('\n') != std::string::npos) return ref;
  std::string out;
  for (const Span& s : SplitSentences(ref)) out += ref.substr(s.begin, s.size()) + "\n";
  return out;
}

std::string SummaryAsSpl(const Summary& s) {
  std::string out;
  for (const SummarySentence& sent : s.sentences) out += sent.text + "\n";
  return out;
}

}  // namespace

std::string DefaultRougeDataDir() {
  if (const char* env = std::getenv("STORYLINE_ROUGE_DATA")) return env;
  for (const char* candidate : {"../shared/eval/rouge_resources", "../../shared/eval/rouge_resources"}) {
    if (fs::is_directory(candidate)) return fs::path(candidate).lexically_normal().string();
  }
  // Relative to the executable: build/storyline -> <project>/../shared.
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    for (fs::path p = exe.parent_path(); !p.empty() && p != p.root_path(); p = p.parent_path()) {
      const fs::path candidate = p / ".." / "shared" / "eval" / "rouge_resources";
      if (fs::is_directory(candidate)) return candidate.lexically_normal().string();
    }
  }
  return "../shared/eval/rouge_resources";
}

Result<EvaluationResult> EvaluateCorpus(const std::string& corpus_path, const EvaluationOptions& options) {
  STORYLINE_ASSIGN_OR_RETURN(rouge::Resources resources,
                             rouge::Resources::Load(options.rouge_data.empty() ? DefaultRougeDataDir()
                                                                                : options.rouge_data));
  rouge::Scorer scorer(std::move(resources), options.rouge);
  STORYLINE_ASSIGN_OR_RETURN(CorpusReport corpus, ReadCorpus(corpus_path));
  if (!options.summaries_out.empty()) {
    std::error_code ec;
    fs::create_directories(options.summaries_out, ec);
    if (ec) return Status::IoError(options.summaries_out + ": " + ec.message());
  }

  // ROUGE scores the summary text only; facts are not extracted.
  SummaryOptions summary_options = options.summary;
  summary_options.facts = false;
  EvaluationResult result;
  result.errors = std::move(corpus.errors);
  result.metrics = scorer.MetricNames();
  std::map<std::string, std::vector<std::pair<std::string, rouge::Prf>>> per_metric;
  size_t done = 0;
  for (const CorpusStory& story : corpus.stories) {
    ++done;
    if (story.summaries.empty()) {
      result.errors.push_back(Status::InvalidArgument(corpus_path + ": story " + story.id + " has no reference summary"));
      continue;
    }
    // (--articles K: the first K only, copied; otherwise the story's own.)
    std::vector<Article> first_articles;
    if (options.max_articles > 0 && story.articles.size() > static_cast<size_t>(options.max_articles)) {
      first_articles.assign(story.articles.begin(), story.articles.begin() + options.max_articles);
    }
    const std::vector<Article>& articles = first_articles.empty() ? story.articles : first_articles;
    for (const Article& a : articles) result.article_bytes += a.text.size();
    const auto t0 = std::chrono::steady_clock::now();
    Result<Summary> summary = Summarize(articles, summary_options);
    result.summarize_seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::string peer;
    if (summary.ok()) {
      peer = SummaryAsSpl(*summary);
    } else {
      result.errors.push_back(summary.status().WithContext(corpus_path + ": story " + story.id));
    }
    if (!options.summaries_out.empty()) {
      std::ofstream out(fs::path(options.summaries_out) / (story.id + ".txt"), std::ios::binary);
      out << peer;
      if (!out) return Status::IoError(options.summaries_out + "/" + story.id + ".txt: write failed");
    }
    std::vector<std::string> models;
    for (const std::string& ref : story.summaries) models.push_back(ReferenceAsSpl(ref));
    EvaluationResult::StoryScores scores{story.id, {}};
    for (const auto& [metric, prf] : scorer.Score(peer, models)) {
      per_metric[metric].push_back({story.id + ".storyline", prf});
      scores.scores[metric] = prf;
    }
    result.per_story.push_back(std::move(scores));
    ++result.stories;
    if (options.progress) options.progress(done, corpus.stories.size());
  }
  for (const auto& [metric, stories] : per_metric) result.averages[metric] = rouge::Aggregate(stories, options.rouge);
  return result;
}

}  // namespace storyline
