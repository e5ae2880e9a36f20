#!/usr/bin/env bash
# Sets up, builds and runs the whole test suite. Tests labelled `shared` read
# the evaluation data in ../shared and skip themselves, saying so, without it.
# The browser test (label `browser`) drives the web page in Debian's
# Chromium through npm's playwright-core; both are installed here.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/lib.sh
# Chromium and npm for the browser test (node comes with npm).
command -v node >/dev/null && command -v npm >/dev/null || install_packages nodejs npm
install_packages chromium
if [ ! -d tests/browser/node_modules/playwright-core ]; then
  npm ci --prefix tests/browser --no-audit --no-fund --silent
fi
ctest --test-dir build --output-on-failure -j "$(nproc)" "$@"
