// Clustering quality and speed on a labelled stream: every article of the
// evaluation corpora (a story's id is its label), in a fixed shuffled order.
//
//   build/bench/bench_cluster [--runs N] [--threshold T] [--offline] [--write-stream FILE] CORPUS.jsonl...
//
// Prints B-cubed precision, recall and F1 and articles per second (median of
// the runs, clustering only). --write-stream saves the stream as JSONL for
// `storyline cluster` ({"id", "text", "label"} per line).
//
// --offline also prints a ceiling for the representation: the same kind of
// TF-IDF vectors (stems, top terms, unit length) with document frequencies
// from the whole stream, clustered offline by average link with every
// article seen at once, at the threshold that scores best against the labels.
// No one-pass clusterer over these vectors can be expected to do much better.
// It also counts the articles whose most similar article stands under
// another label.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>

#include "storyline/corpus.h"
#include "storyline/stream.h"

#include "base/sparse.h"
#include "base/strings.h"
#include "text/tokenizer.h"

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

struct BCubed {
  double precision = 0, recall = 0, f1 = 0;
};

// B-cubed: per article, the share of its cluster that shares its label
// (precision) and the share of its label that shares its cluster (recall),
// averaged over the articles whose label starts with `corpus` (all by default).
BCubed Score(const std::vector<Item>& items, const std::vector<int64_t>& cluster, const std::string& corpus = "") {
  std::map<int64_t, std::map<std::string, int>> by_cluster;
  std::map<int64_t, int> cluster_size;
  std::map<std::string, int> label_size;
  for (size_t i = 0; i < items.size(); ++i) {
    ++by_cluster[cluster[i]][items[i].label];
    ++cluster_size[cluster[i]];
    ++label_size[items[i].label];
  }
  BCubed b;
  size_t counted = 0;
  for (size_t i = 0; i < items.size(); ++i) {
    if (!items[i].label.starts_with(corpus)) continue;
    const double both = by_cluster[cluster[i]][items[i].label];
    b.precision += both / cluster_size[cluster[i]];
    b.recall += both / label_size[items[i].label];
    ++counted;
  }
  if (counted == 0) return b;
  b.precision /= static_cast<double>(counted);
  b.recall /= static_cast<double>(counted);
  b.f1 = b.precision + b.recall > 0 ? 2 * b.precision * b.recall / (b.precision + b.recall) : 0;
  return b;
}

using Vector = std::vector<std::pair<int, double>>;  // (term, weight), sorted by term

// TF-IDF rows with document frequencies from the whole stream: content stems,
// (1 + log tf) x log(N / df), the `terms` heaviest kept, unit length.
std::vector<Vector> OfflineVectors(const std::vector<Item>& items, size_t terms) {
  std::unordered_map<std::string, int> ids;
  std::vector<std::unordered_map<int, int>> tf(items.size());
  std::vector<int> df;
  for (size_t i = 0; i < items.size(); ++i) {
    for (const storyline::Token& t : storyline::Tokenize(items[i].text)) {
      if (t.stopword || t.stem.size() < 2) continue;
      auto [it, fresh] = ids.emplace(t.stem, static_cast<int>(ids.size()));
      if (fresh) df.push_back(0);
      if (tf[i][it->second]++ == 0) ++df[it->second];
    }
  }
  std::vector<Vector> rows(items.size());
  const double n = static_cast<double>(items.size());
  for (size_t i = 0; i < items.size(); ++i) {
    Vector& v = rows[i];
    for (const auto& [term, count] : tf[i]) v.emplace_back(term, (1 + std::log(count)) * std::log(n / df[term]));
    storyline::KeepHeaviestUnit(&v, terms);
    std::sort(v.begin(), v.end());
  }
  return rows;
}

// Average-link agglomeration down to similarity 0, then the cut of the merge
// tree (average link has no inversions) that scores best, thresholds 0.01 apart.
void PrintOfflineCeiling(const std::vector<Item>& items, size_t terms) {
  const std::vector<Vector> rows = OfflineVectors(items, terms);
  const size_t n = rows.size();
  std::vector<std::vector<double>> sim(n, std::vector<double>(n, 0));
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = i + 1; j < n; ++j) sim[i][j] = sim[j][i] = storyline::SparseDot(rows[i], rows[j]);
  }
  // How many articles have their most similar article under another label
  // (of those whose label has another article): no clusterer that joins an
  // article to what it is most like can file them right.
  size_t nearest_elsewhere = 0, with_mates = 0;
  {
    std::map<std::string, int> label_size;
    for (const Item& it : items) ++label_size[it.label];
    for (size_t i = 0; i < n; ++i) {
      if (label_size[items[i].label] < 2) continue;
      ++with_mates;
      size_t best = n;
      for (size_t j = 0; j < n; ++j) {
        if (j != i && (best == n || sim[i][j] > sim[i][best])) best = j;
      }
      if (best < n && items[best].label != items[i].label) ++nearest_elsewhere;
    }
  }
  std::vector<int> size(n, 1);
  std::vector<char> alive(n, 1);
  struct Merge {
    size_t into, from;
    double similarity;
  };
  std::vector<Merge> merges;
  for (size_t step = 0; step + 1 < n; ++step) {
    double best = 0;
    size_t bi = n, bj = n;
    for (size_t i = 0; i < n; ++i) {
      if (!alive[i]) continue;
      for (size_t j = i + 1; j < n; ++j) {
        if (alive[j] && sim[i][j] > best) {
          best = sim[i][j];
          bi = i;
          bj = j;
        }
      }
    }
    if (bi == n) break;
    merges.push_back({bi, bj, best});
    for (size_t k = 0; k < n; ++k) {  // Lance-Williams update for average link
      if (!alive[k] || k == bi || k == bj) continue;
      sim[bi][k] = sim[k][bi] = (size[bi] * sim[bi][k] + size[bj] * sim[bj][k]) / (size[bi] + size[bj]);
    }
    size[bi] += size[bj];
    alive[bj] = 0;
  }
  BCubed best;
  double best_threshold = 0;
  for (int t = 40; t >= 1; --t) {
    const double threshold = t / 100.0;
    std::vector<int64_t> parent(n);
    for (size_t i = 0; i < n; ++i) parent[i] = static_cast<int64_t>(i);
    auto find = [&](int64_t x) {
      while (parent[x] != x) x = parent[x] = parent[parent[x]];
      return x;
    };
    for (const Merge& m : merges) {
      if (m.similarity >= threshold) parent[find(m.from)] = find(m.into);
    }
    std::vector<int64_t> cluster(n);
    for (size_t i = 0; i < n; ++i) cluster[i] = find(static_cast<int64_t>(i));
    const BCubed b = Score(items, cluster);
    if (b.f1 > best.f1) {
      best = b;
      best_threshold = threshold;
    }
  }
  std::printf("offline ceiling (whole-stream IDF, average link, best threshold %.2f chosen on the labels): "
              "B-cubed precision %.4f  recall %.4f  F1 %.4f\n",
              best_threshold, best.precision, best.recall, best.f1);
  std::printf("articles whose nearest article (same vectors) stands under another label: %zu of %zu (%.1f%%)\n",
              nearest_elsewhere, with_mates, with_mates ? 100.0 * nearest_elsewhere / with_mates : 0.0);
}

}  // namespace

int main(int argc, char** argv) {
  int runs = 5;
  storyline::ClusterOptions options;
  std::string write_stream;
  bool offline = false;
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
    } else if (!std::strcmp(argv[i], "--offline")) {
      offline = true;
    } else if (!std::strcmp(argv[i], "--write-stream") && i + 1 < argc) {
      write_stream = argv[++i];
    } else {
      corpora.push_back(argv[i]);
    }
  }
  if (corpora.empty() || runs < 1) {
    std::fprintf(stderr,
                 "usage: bench_cluster [--runs N] [--threshold T] [--offline] [--write-stream FILE] CORPUS.jsonl...\n");
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
  const BCubed b = Score(items, story);
  std::map<int64_t, std::map<std::string, int>> by_cluster;
  std::map<std::string, int> label_size;
  for (size_t i = 0; i < items.size(); ++i) {
    ++by_cluster[story[i]][items[i].label];
    ++label_size[items[i].label];
  }
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
  std::printf("B-cubed precision %.4f  recall %.4f  F1 %.4f\n", b.precision, b.recall, b.f1);
  // By corpus (the clusters still span the whole stream), and how many
  // articles stand word for word under more than one label.
  for (const std::string& path : corpora) {
    const std::string name = path.substr(path.find_last_of('/') + 1);
    const BCubed c = Score(items, story, name + ":");
    std::printf("  %s: B-cubed precision %.4f  recall %.4f  F1 %.4f\n", name.c_str(), c.precision, c.recall, c.f1);
  }
  std::map<std::string, std::set<std::string>> labels_of_text;
  for (const Item& it : items) labels_of_text[storyline::CollapseWhitespace(it.text)].insert(it.label);
  size_t shared = 0;
  for (const auto& [text, labels] : labels_of_text) shared += labels.size() > 1 ? labels.size() : 0;
  std::printf("articles whose text stands under more than one label: %zu\n", shared);
  std::printf("clustering: median %.4f s of %d runs, %.0f articles/s\n", median, runs, items.size() / median);
  if (offline) PrintOfflineCeiling(items, options.article_terms);
  return 0;
}
