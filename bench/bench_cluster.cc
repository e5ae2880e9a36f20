// Clustering quality and speed on a labelled stream: every article of the
// evaluation corpora (a story's id is its label), in a fixed shuffled order.
//
//   build/bench/bench_cluster [--runs N] [--threshold T] [--write-stream FILE] CORPUS.jsonl...
//
// Prints B-cubed precision, recall and F1 and articles per second (median of
// the runs, clustering only). --write-stream saves the stream as JSONL for
// `storyline cluster` ({"id", "text", "label"} per line).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <random>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "storyline/corpus.h"
#include "storyline/stream.h"

namespace {

struct Item {
  std::string id, label, text;
};

// Fisher-Yates with a fixed seed: the same order on every platform.
void Shuffle(std::vector<Item>& items) {
  std::mt19937_64 rng(20161130);
  for (size_t i = items.size(); i > 1; --i) {
    const size_t j = static_cast<size_t>(rng() % i);
    std::swap(items[i - 1], items[j]);
  }
}

}  // namespace

int main(int argc, char** argv) {
  int runs = 5;
  storyline::ClusterOptions options;
  std::string write_stream;
  std::vector<std::string> corpora;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--runs") && i + 1 < argc) {
      runs = std::atoi(argv[++i]);
    } else if (!std::strcmp(argv[i], "--threshold") && i + 1 < argc) {
      options.threshold = std::atof(argv[++i]);
    } else if (!std::strcmp(argv[i], "--idf-prior") && i + 1 < argc) {
      options.idf_prior = std::atof(argv[++i]);
    } else if (!std::strcmp(argv[i], "--terms") && i + 1 < argc) {
      options.article_terms = std::atoi(argv[++i]);
    } else if (!std::strcmp(argv[i], "--story-terms") && i + 1 < argc) {
      options.story_terms = std::atoi(argv[++i]);
    } else if (!std::strcmp(argv[i], "--write-stream") && i + 1 < argc) {
      write_stream = argv[++i];
    } else {
      corpora.push_back(argv[i]);
    }
  }
  if (corpora.empty() || runs < 1) {
    std::fprintf(stderr, "usage: bench_cluster [--runs N] [--threshold T] [--write-stream FILE] CORPUS.jsonl...\n");
    return 2;
  }
  std::vector<Item> items;
  for (const std::string& path : corpora) {
    auto corpus = storyline::ReadCorpus(path);
    if (!corpus.ok()) {
      std::fprintf(stderr, "%s\n", corpus.status().message().c_str());
      return 1;
    }
    const std::string name = path.substr(path.find_last_of('/') + 1);
    for (const auto& s : corpus->stories) {
      for (size_t d = 0; d < s.articles.size(); ++d) {
        items.push_back({s.id + "#" + std::to_string(d), name + ":" + s.id, s.articles[d].raw});
      }
    }
  }
  Shuffle(items);
  if (!write_stream.empty()) {
    std::ofstream out(write_stream, std::ios::binary);
    for (const Item& it : items) out << nlohmann::json{{"id", it.id}, {"text", it.text}, {"label", it.label}}.dump() << "\n";
  }
  std::vector<int64_t> story(items.size());
  std::vector<double> seconds;
  for (int r = 0; r < runs; ++r) {
    storyline::StoryClusterer clusterer(options);
    const auto t0 = std::chrono::steady_clock::now();
    for (size_t i = 0; i < items.size(); ++i) story[i] = clusterer.Add("", items[i].text);
    seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
  }
  std::sort(seconds.begin(), seconds.end());
  const double median = seconds[seconds.size() / 2];
  // B-cubed: per article, the share of its cluster that shares its label
  // (precision) and the share of its label that shares its cluster (recall).
  std::map<int64_t, std::map<std::string, int>> by_cluster;
  std::map<std::string, int> label_size;
  for (size_t i = 0; i < items.size(); ++i) {
    ++by_cluster[story[i]][items[i].label];
    ++label_size[items[i].label];
  }
  double p = 0, rc = 0;
  for (size_t i = 0; i < items.size(); ++i) {
    int cluster_size = 0;
    for (const auto& [label, n] : by_cluster[story[i]]) cluster_size += n;
    const double both = by_cluster[story[i]][items[i].label];
    p += both / cluster_size;
    rc += both / label_size[items[i].label];
  }
  p /= static_cast<double>(items.size());
  rc /= static_cast<double>(items.size());
  const double f1 = p + rc > 0 ? 2 * p * rc / (p + rc) : 0;
  if (std::getenv("CLUSTER_DEBUG")) {
    for (const auto& [c, labels] : by_cluster) {
      if (labels.size() < 2) continue;
      std::fprintf(stderr, "cluster %lld:", static_cast<long long>(c));
      for (const auto& [label, n] : labels) std::fprintf(stderr, " %s=%d", label.c_str(), n);
      std::fprintf(stderr, "\n");
    }
  }
  std::printf("articles %zu, stories %zu, clusters %zu, threshold %.2f\n", items.size(), label_size.size(),
              by_cluster.size(), options.threshold);
  std::printf("B-cubed precision %.4f  recall %.4f  F1 %.4f\n", p, rc, f1);
  std::printf("clustering: median %.4f s of %d runs, %.0f articles/s\n", median, runs, items.size() / median);
  return 0;
}
