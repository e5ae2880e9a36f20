#!/usr/bin/env bash
# Speed benchmark over both evaluation sets (read from ../shared, never copied).
# Prints stories/s, MB/s and peak memory as medians over several runs, with the
# word budget each set is evaluated at.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh >/dev/null
shared="${STORYLINE_SHARED:-../shared}"
runs="${RUNS:-7}"
build/bench/bench_summarize --runs "$runs" --words 100 "$shared/eval/duc2004.jsonl"
build/bench/bench_summarize --runs "$runs" --words 300 "$shared/eval/multinews_dev100.jsonl"
