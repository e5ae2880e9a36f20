#!/usr/bin/env bash
# Sets up, builds and runs the whole test suite. Tests labelled `shared` read
# the evaluation data in ../shared and skip themselves, saying so, without it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
ctest --test-dir build --output-on-failure -j "$(nproc)" "$@"
