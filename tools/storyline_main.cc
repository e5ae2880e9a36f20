// The `storyline` command: parses arguments and calls the library.
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "storyline/article.h"
#include "storyline/evaluation.h"
#include "storyline/facts_evaluation.h"
#include "storyline/stream.h"
#include "service/server.h"
#include "storyline/summary.h"

namespace {

using namespace storyline;

void PrintError(const std::string& message) { std::fprintf(stderr, "storyline: %s\n", message.c_str()); }

int RunSummarize(const std::vector<std::string>& paths, const SummaryOptions& options, const std::string& format,
                 size_t max_article_bytes) {
  IngestOptions ingest;
  ingest.max_article_bytes = max_article_bytes;
  IngestReport report = LoadArticles(paths, ingest);
  for (const Status& e : report.errors) PrintError(e.message());
  for (const Article& a : report.articles) {
    for (const std::string& w : a.warnings) PrintError("warning: " + w);
  }
  if (report.articles.empty()) {
    PrintError("no usable article among the inputs; nothing to summarize");
    return 1;
  }
  Result<Summary> summary = Summarize(report.articles, options);
  if (!summary.ok()) {
    PrintError(summary.status().message());
    return 1;
  }
  const OutputFormat f = format == "json" ? OutputFormat::kJson
                         : format == "markdown" ? OutputFormat::kMarkdown
                                                : OutputFormat::kText;
  std::fputs(Render(*summary, f).c_str(), stdout);
  return 0;
}

int RunEval(const std::string& corpus, EvaluationOptions options, bool json, bool per_story) {
  const bool tty = ::isatty(STDERR_FILENO) == 1;
  if (tty) {
    options.progress = [](size_t done, size_t total) {
      std::fprintf(stderr, "\r%zu/%zu stories", done, total);
      if (done == total) std::fputs("\r\033[K", stderr);
      std::fflush(stderr);
    };
  }
  Result<EvaluationResult> r = EvaluateCorpus(corpus, options);
  if (!r.ok()) {
    PrintError(r.status().message());
    return 1;
  }
  for (const Status& e : r->errors) PrintError(e.message());
  auto key = [](const std::string& metric) {
    std::string k = metric;
    for (char& c : k) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return k;
  };
  if (json) {
    nlohmann::ordered_json j;
    j["stories"] = r->stories;
    j["seconds"] = r->summarize_seconds;
    j["rouge"] = nlohmann::ordered_json::object();
    for (const std::string& m : r->metrics) {
      const rouge::Average& a = r->averages[m];
      j["rouge"][key(m)] = {{"r", a.mean.r}, {"p", a.mean.p}, {"f", a.mean.f}};
    }
    if (per_story) {
      j["per_story"] = nlohmann::ordered_json::array();
      for (const auto& story : r->per_story) {
        nlohmann::ordered_json s;
        s["id"] = story.id;
        for (const auto& [m, prf] : story.scores) s[key(m)] = {{"r", prf.r}, {"p", prf.p}, {"f", prf.f}};
        j["per_story"].push_back(std::move(s));
      }
    }
    std::cout << j.dump(2) << "\n";
  } else {
    std::printf("stories: %d   summarizing: %.3f s (%.1f stories/s, %.2f MB/s)\n", r->stories, r->summarize_seconds,
                r->summarize_seconds > 0 ? r->stories / r->summarize_seconds : 0.0,
                r->summarize_seconds > 0 ? r->article_bytes / 1e6 / r->summarize_seconds : 0.0);
    std::printf("%-10s %8s %8s %8s   %s\n", "metric", "R", "P", "F", "95% interval of R");
    for (const std::string& m : r->metrics) {
      const rouge::Average& a = r->averages[m];
      std::printf("%-10s %8.5f %8.5f %8.5f   %.5f - %.5f\n", m.c_str(), a.mean.r, a.mean.p, a.mean.f, a.r.low,
                  a.r.high);
    }
    if (per_story) {
      std::printf("\n%-24s %-10s %8s %8s %8s\n", "story", "metric", "R", "P", "F");
      for (const auto& story : r->per_story) {
        for (const std::string& m : r->metrics) {
          const auto it = story.scores.find(m);
          if (it == story.scores.end()) continue;
          std::printf("%-24s %-10s %8.5f %8.5f %8.5f\n", story.id.c_str(), m.c_str(), it->second.r, it->second.p,
                      it->second.f);
        }
      }
    }
  }
  return r->stories > 0 ? 0 : 1;
}

// Reads STREAM.jsonl (one article a line, in arrival order) and writes
// {"id", "story"} a line. Bad lines are reported and skipped.
int RunCluster(const std::string& path, const ClusterOptions& options) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    PrintError(path + ": cannot open");
    return 1;
  }
  constexpr size_t kMaxLine = 64u << 20;
  const bool tty = ::isatty(STDERR_FILENO) == 1;
  StoryClusterer clusterer(options);
  std::string line;
  size_t lineno = 0, placed = 0, bad = 0;
  while (std::getline(in, line)) {
    ++lineno;
    if (line.empty()) continue;
    const std::string where = path + ":" + std::to_string(lineno);
    if (line.size() > kMaxLine) {
      PrintError(where + ": line longer than 64 MiB, skipped");
      ++bad;
      continue;
    }
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object() || !j.contains("text") || !j["text"].is_string() || !j.contains("id") ||
        !(j["id"].is_string() || j["id"].is_number())) {
      PrintError(where + ": expected {\"id\", \"text\", ...}, skipped");
      ++bad;
      continue;
    }
    const std::string title = j.contains("title") && j["title"].is_string() ? j["title"].get<std::string>() : "";
    const int64_t story = clusterer.Add(title, j["text"].get_ref<const std::string&>());
    std::cout << nlohmann::json{{"id", j["id"]}, {"story", story}}.dump(-1, ' ', false,
                                                                         nlohmann::json::error_handler_t::replace)
              << "\n";
    ++placed;
    if (tty && placed % 500 == 0) std::fprintf(stderr, "\r%zu articles, %zu active stories", placed, clusterer.active_stories());
  }
  if (tty) std::fputs("\r\033[K", stderr);
  std::cout.flush();
  return placed > 0 || bad == 0 ? 0 : 1;
}

int RunFactsEval(const std::string& gold, const FactsEvaluationOptions& options, bool json, bool mistakes) {
  Result<FactsEvaluation> r = EvaluateFacts(gold, options);
  if (!r.ok()) {
    PrintError(r.status().message());
    return 1;
  }
  for (const Status& e : r->errors) PrintError(e.message());
  const std::pair<const char*, const PrecisionRecall*> rows[] = {{"quote speakers", &r->quote_speakers},
                                                                  {"quote spans", &r->quotes},
                                                                  {"figures (value and kind)", &r->figures},
                                                                  {"disagreements", &r->disagreements}};
  if (json) {
    nlohmann::ordered_json j;
    j["stories"] = r->stories;
    for (const auto& [name, pr] : rows) {
      j[name] = {{"precision", pr->precision()}, {"recall", pr->recall()},  {"system", pr->system},
                 {"system_correct", pr->system_correct}, {"gold", pr->gold}, {"gold_found", pr->gold_found}};
    }
    std::cout << j.dump(2) << "\n";
  } else {
    std::printf("stories: %d\n%-26s %9s %9s %14s %12s\n", r->stories, "", "precision", "recall", "system (right)",
                "gold (found)");
    for (const auto& [name, pr] : rows) {
      std::printf("%-26s %9.3f %9.3f %8d (%3d) %6d (%3d)\n", name, pr->precision(), pr->recall(), pr->system,
                  pr->system_correct, pr->gold, pr->gold_found);
    }
  }
  if (mistakes) {
    for (const std::string& m : r->mistakes) std::fprintf(stderr, "%s\n", m.c_str());
  }
  return r->stories > 0 ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Storyline: what happened in a story, according to whom."};
  app.require_subcommand(1);

  SummaryOptions summary_options;
  std::vector<std::string> paths;
  std::string format = "text";
  size_t max_article_bytes = IngestOptions{}.max_article_bytes;
  CLI::App* summarize = app.add_subcommand("summarize", "Summarize articles about one story, citing sources");
  summarize->add_option("paths", paths, "Article files, folders (their .txt/.html/.htm files) or - for stdin")
      ->required();
  summarize->add_option("--words", summary_options.max_words, "Word budget of the summary")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  summarize->add_option("--format", format, "Output format")->check(CLI::IsMember({"text", "markdown", "json"}))
      ->capture_default_str();
  summarize->add_option("--method", summary_options.method, "Sentence selection method")
      ->check(CLI::IsMember(SelectorNames()))
      ->capture_default_str();
  summarize->add_option("--max-article-bytes", max_article_bytes, "Larger inputs are refused")->capture_default_str();
  std::string background;
  summarize->add_option("--background", background,
                        "Word list in frequency order (scripts/background.sh) to weigh words by informativeness");

  EvaluationOptions eval_options;
  std::string corpus;
  bool json = false, per_story = false, no_stem = false, no_limit = false, stopwords = false;
  CLI::App* eval = app.add_subcommand("eval", "Summarize a JSONL corpus and score it with ROUGE-1.5.5's figures");
  eval->add_option("corpus", corpus, "Corpus in JSONL: {\"id\", \"documents\": [...], \"summaries\": [...]}")
      ->required();
  eval->add_option("--words", eval_options.summary.max_words, "Word budget, also ROUGE's -l cut")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  eval->add_option("--articles", eval_options.max_articles,
                   "Summarize each story from its first N articles only (same references)")
      ->check(CLI::PositiveNumber);
  eval->add_option("--fade-sentences", eval_options.summary.fade_sentences,
                   "How fast later sentences fade when sources do not corroborate each other (0: never)")
      ->check(CLI::NonNegativeNumber);
  eval->add_option("--method", eval_options.summary.method, "Sentence selection method")
      ->check(CLI::IsMember(SelectorNames()))
      ->capture_default_str();
  eval->add_option("--summaries-out", eval_options.summaries_out, "Write each summary to DIR/<id>.txt");
  eval->add_option("--rouge-data", eval_options.rouge_data,
                   "Folder with wordnet_key_value.txt and smart_common_words.txt (default: ../shared/eval/rouge_resources)");
  eval->add_flag("--json", json, "Print one JSON object");
  eval->add_flag("--per-story", per_story, "Also print each story's scores (ROUGE-1.5.5's per-story figures)");
  eval->add_flag("--no-stem", no_stem, "Score without stemming (ROUGE without -m)");
  eval->add_flag("--no-limit", no_limit, "Do not cut summaries at the word budget (ROUGE without -l)");
  eval->add_flag("--remove-stopwords", stopwords, "Remove stopwords before scoring (ROUGE -s)");
  eval->add_option("--background", background,
                   "Word list in frequency order (scripts/background.sh) to weigh words by informativeness");
  std::vector<std::string> without;
  eval->add_option("--without", without, "Switch off one part of the engine, to measure what it brings (repeatable)")
      ->check(CLI::IsMember(SummaryPartNames()));

  std::string gold;
  FactsEvaluationOptions facts_options;
  bool facts_json = false, show_mistakes = false;
  CLI::App* facts_eval =
      app.add_subcommand("facts-eval", "Score quotes, figures and disagreements against a hand-annotated gold set");
  facts_eval->add_option("gold", gold, "Gold set in JSONL (tests/facts_gold/gold.jsonl)")->required();
  facts_eval->add_option("--shared", facts_options.shared_dir, "Folder of the evaluation data (default: ../shared)");
  facts_eval->add_option("--example", facts_options.example_dir,
                         "Folder of the example story (default: examples/marrowby-bridge)");
  facts_eval->add_option("--external", facts_options.external_dir,
                         "Folder of the Reuters corpora scripts/reuters_corpus.sh writes (default: build/external)");
  facts_eval->add_flag("--json", facts_json, "Print one JSON object");
  facts_eval->add_flag("--mistakes", show_mistakes, "List every mistake on standard error");

  std::string stream_path;
  ClusterOptions cluster_options;
  CLI::App* cluster = app.add_subcommand("cluster", "Sort a stream of articles (JSONL, arrival order) into stories");
  cluster->add_option("stream", stream_path, "One article a line: {\"id\", \"text\", \"title\"?, ...}")->required();
  cluster->add_option("--threshold", cluster_options.threshold, "Similarity an article needs to join a story")
      ->capture_default_str();

  ServerOptions server_options;
  CLI::App* serve = app.add_subcommand("serve", "Serve the HTTP API and the web page over a SQLite store");
  serve->add_option("--db", server_options.db, "SQLite database file (created if missing)")->capture_default_str();
  serve->add_option("--port", server_options.port, "Port on 127.0.0.1 (0: any free port)")->capture_default_str();
  serve->add_option("--host", server_options.host, "Address to bind")->capture_default_str();

  CLI11_PARSE(app, argc, argv);
  if (serve->parsed()) {
    Status st = RunServer(server_options);
    if (!st.ok()) PrintError(st.message());
    return st.ok() ? 0 : 1;
  }
  if (cluster->parsed()) return RunCluster(stream_path, cluster_options);
  if (facts_eval->parsed()) return RunFactsEval(gold, facts_options, facts_json, show_mistakes);

  if (!background.empty()) {
    Result<std::shared_ptr<const BackgroundStats>> stats = BackgroundStats::Load(background);
    if (!stats.ok()) {
      PrintError(stats.status().message());
      return 2;
    }
    summary_options.background = eval_options.summary.background = *stats;
  }
  if (summarize->parsed()) return RunSummarize(paths, summary_options, format, max_article_bytes);
  for (const std::string& part : without) SetPart(eval_options.summary.parts, part, false);
  eval_options.rouge.stem = !no_stem;
  eval_options.rouge.word_limit = no_limit ? 0 : eval_options.summary.max_words;
  eval_options.rouge.remove_stopwords = stopwords;
  return RunEval(corpus, eval_options, json, per_story);
}
