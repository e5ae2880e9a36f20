#!/usr/bin/env bash
# Sets up, builds and runs the whole test suite. Tests labelled `shared` read
# the evaluation data in ../shared and skip themselves, saying so, without it.
# The browser test (label `browser`) drives the web page in Debian's
# Chromium through npm's playwright-core; both are installed here.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
missing=()
for p in chromium nodejs npm; do
  if [ "$p" = nodejs ] && command -v node >/dev/null; then continue; fi
  if [ "$p" = npm ] && command -v npm >/dev/null; then continue; fi
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "test: installing ${missing[*]}" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
if [ ! -d tests/browser/node_modules/playwright-core ]; then
  npm ci --prefix tests/browser --no-audit --no-fund --silent
fi
ctest --test-dir build --output-on-failure -j "$(nproc)" "$@"
