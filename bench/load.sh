#!/usr/bin/env bash
# Load on `storyline serve` over loopback with wrk (Debian's): requests per
# second and p50/p99 latency for POST /articles and GET /stories/{id}.
# Bounded: DURATION seconds per endpoint (default 5), CONNECTIONS (default 16).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh >/dev/null
source scripts/lib.sh
install_packages wrk curl
duration="${DURATION:-5}"
connections="${CONNECTIONS:-16}"
work=$(mktemp -d)
build/storyline serve --db "$work/store.db" --port 0 > "$work/out" &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 50); do grep -q listening "$work/out" && break; sleep 0.1; done
base=$(sed -n 's/^listening on //p' "$work/out")

# The example story, so that story 1 exists and has a summary to serve.
body='['
for f in examples/marrowby-bridge/*.txt; do
  title=$(head -n1 "$f"); text=$(tail -n +2 "$f")
  body+=$(printf '{"id":"%s","title":%s,"text":%s},' "$(basename "$f")" \
    "$(printf '%s' "$title" | sed 's/\\/\\\\/g; s/"/\\"/g; s/^/"/; s/$/"/')" \
    "$(printf '%s' "$text" | sed 's/\\/\\\\/g; s/"/\\"/g' | awk 'BEGIN{ORS="\\n"} {print}' | sed 's/^/"/; s/$/"/')")
done
body="${body%,}]"
curl -sf -X POST --data-binary "$body" "$base/articles" >/dev/null

cat > "$work/post.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"title": "Harbour wall repaired", "text": "Workers repaired the harbour wall in Marrowby on Monday after the storm damaged it, the council said. About 40 people helped."}'
LUA
report() {  # name, wrk output
  awk -v name="$1" '
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = $2 } /^ +99%/ { p99 = $2 }
    END { printf "%-22s %10s req/s   p50 %8s   p99 %8s\n", name, rps, p50, p99 }' "$2"
}
echo "wrk: ${duration}s per endpoint, $connections connections, 2 threads, loopback"
wrk -t2 -c"$connections" -d"${duration}s" --latency "$base/stories/1" > "$work/get.txt"
report "GET /stories/1" "$work/get.txt"
wrk -t2 -c"$connections" -d"${duration}s" --latency -s "$work/post.lua" "$base/articles" > "$work/post.txt"
report "POST /articles" "$work/post.txt"
echo "articles stored: $(curl -sf "$base/stories" | grep -o '"articles": [0-9]*' | awk '{s += $2} END {print s}')"
