#!/usr/bin/env bash
# Clustering over a labelled stream: every article of DUC 2004 and Multi-News
# dev (a story's id is its label) in a fixed shuffled order. Prints B-cubed
# precision, recall and F1 and articles per second (median of RUNS), the
# offline ceiling of the same representation (average link, whole-stream IDF) with
# how many articles' nearest article stands under another label, and
# checks that `storyline cluster` on the same stream gives the same stories;
# last, the bounds the labels themselves set, and the clustering scored against
# the labels read as a careful editor would (bench/cluster_bounds.py).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh >/dev/null
shared="${STORYLINE_SHARED:-../shared}"
stream="build/bench/stream.jsonl"
build/bench/bench_cluster --runs "${RUNS:-5}" --offline --write-stream "$stream" \
  "$shared/eval/duc2004.jsonl" "$shared/eval/multinews_dev100.jsonl"
start=$(date +%s.%N)
build/storyline cluster "$stream" > build/bench/stream.stories.jsonl
end=$(date +%s.%N)
echo "storyline cluster: $(wc -l < build/bench/stream.stories.jsonl) articles placed in $(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }') s (process start and JSON included)"
# What the labels allow, whatever the clusterer (reads the labels: analysis only).
python3 bench/cluster_bounds.py "$stream" build/bench/stream.stories.jsonl
