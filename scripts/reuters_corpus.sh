#!/usr/bin/env bash
# Fetches the Reuters-21578 articles two Debian packages ship, r-cran-tm (70)
# and weka (2,158), downloading and unpacking the .debs (R and Java are not
# installed), and writes them to build/external/reuters.jsonl and
# reuters_weka.jsonl, the `reuters` and `reuters_weka` corpora of `storyline
# facts-eval` (tests/facts_gold/README.md). Safe to run again: it does nothing
# when both files are there.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
out=build/external
[ -s "$out/reuters.jsonl" ] && [ -s "$out/reuters_weka.jsonl" ] && exit 0
command -v python3 >/dev/null || install_packages python3
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
# apt-get download writes into the current folder; lists are needed once.
(cd "$work" && { apt-get download r-cran-tm weka >/dev/null 2>&1 ||
                { $sudo apt-get update -qq && apt-get download r-cran-tm weka >/dev/null 2>&1; }; })
for deb in "$work"/*.deb; do dpkg-deb -x "$deb" "$work/x"; done
python3 tests/facts_gold/reuters_corpus.py "$work/x/usr/lib/R/site-library/tm/texts" \
  "$work/x/usr/share/doc/weka/examples" "$out"
