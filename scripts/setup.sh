#!/usr/bin/env bash
# Installs what Storyline needs (Debian packages only, when missing) and builds
# it into build/. Safe to run again: it installs nothing already present and
# rebuilds only what changed.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

packages=(g++ cmake ninja-build pkg-config libgumbo-dev libre2-dev libstemmer-dev nlohmann-json3-dev
          libcli11-dev libglpk-dev libsqlite3-dev libcpp-httplib-dev libgtest-dev libgmock-dev libbenchmark-dev)
install_packages "${packages[@]}"

build_type="${STORYLINE_BUILD_TYPE:-Release}"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE="$build_type" >/dev/null
cmake --build build -j "$(nproc)"
