#!/usr/bin/env bash
# Fetches the 70 Reuters-21578 articles Debian's r-cran-tm package ships (the
# .deb is downloaded and unpacked, R is not installed) and writes them to
# build/external/reuters.jsonl, the `reuters` corpus of `storyline facts-eval`
# (tests/facts_gold/README.md). Safe to run again: it does nothing when the
# file is there.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
out=build/external/reuters.jsonl
[ -s "$out" ] && exit 0
command -v python3 >/dev/null || install_packages python3
mkdir -p build/external
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
# apt-get download writes into the current folder; lists are needed once.
(cd "$work" && { apt-get download r-cran-tm >/dev/null 2>&1 || { $sudo apt-get update -qq && apt-get download r-cran-tm >/dev/null 2>&1; }; })
dpkg-deb -x "$work"/r-cran-tm_*.deb "$work/x"
python3 tests/facts_gold/reuters_corpus.py "$work/x/usr/lib/R/site-library/tm/texts" "$out.tmp"
mv "$out.tmp" "$out"
