#!/usr/bin/env bash
# How fast `kg query` and `kg stats` answer on a big graph: a synthetic graph.json of NODES nodes
# and EDGES edges (bench/make_big_graph.py, power-law degrees, one evidence sentence per edge),
# each command run RUNS times; prints the median wall time and peak RSS of each, and the file size.
# Every run loads the graph anew: that load is most of each figure. The first query of a graph
# parses graph.json and leaves a binary snapshot beside it (query/graph_snapshot.h); the first
# row times that (snapshot removed before each run), the others read the snapshot.
# Usage: bench/query_speed.sh [NODES] [EDGES] [RUNS]   (default 100000 1000000 3)
set -euo pipefail
cd "$(dirname "$0")/.."
nodes=${1:-100000}
edges=${2:-1000000}
runs=${3:-3}
kg=build/kg
[ -x "$kg" ] || { echo "query_speed: build kg first (scripts/setup.sh)"; exit 1; }
dir=${TMPDIR:-/tmp}/kg-query-bench-$nodes-$edges
if [ ! -f "$dir/graph.json" ]; then
  python3 bench/make_big_graph.py --nodes "$nodes" --edges "$edges" -o "$dir/graph.json"
fi
# A well-connected person and an ordinary one, found by the graph's own ids.
hub=$($kg query "$dir" top --type PERSON -n 1 --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["ranking"][0]["entity"]["id"])')
other=$(python3 -c 'import json,sys
g=json.load(open(sys.argv[1])); print([n["id"] for n in g["nodes"] if n["type"]=="PERSON"][len(g["nodes"])//20])' "$dir/graph.json")

echo "graph: $nodes nodes, $edges edges, graph.json $(du -mL "$dir/graph.json" | cut -f1) MB; kg at $(git rev-parse --short HEAD); median of $runs"
printf '%-44s %10s %12s\n' command "seconds" "peak RSS MB"
# measure LABEL ARGS...: median seconds and peak RSS of `kg ARGS` over the runs; with FRESH=1 the
# snapshot is removed before each run, so graph.json is parsed.
measure() {
  local label=$1; shift
  local times=() rss=0
  for _ in $(seq "$runs"); do
    [ "${FRESH:-0}" = 1 ] && rm -f "$dir/.graph.json.kgsnap"
    status=0
    /usr/bin/time -f "%e %M" -o "$dir/time" "$kg" "$@" >/dev/null 2>"$dir/stderr" || status=$?
    # 0 found, 1 nothing matched: both are answers; anything else is a failure, not a figure.
    if [ "$status" -gt 1 ]; then echo "query_speed: '$label' failed ($status):"; cat "$dir/stderr"; exit 1; fi
    read -r t m < <(tail -n 1 "$dir/time")
    times+=("$t"); (( m > rss )) && rss=$m
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
  printf '%-44s %10s %12s\n' "$label" "$median" "$(( rss / 1024 ))"
}
FRESH=1 measure "first query entity (parse, write snapshot)" query "$dir" entity "$other"
measure "query entity (an ordinary person)" query "$dir" entity "$other"
label=$($kg query "$dir" entity "$other" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["entity"]["label"])')
measure "query entity (typed label, any case)" query "$dir" entity "${label,,}"
measure "query entity (unknown: nearest names)" query "$dir" entity "Nobody Atall"
measure "query entity (the top person)" query "$dir" entity "$hub" --evidence 0
measure "query relations --relation FUNDED --limit 20" query "$dir" relations --relation FUNDED --limit 20
measure "query path (ordinary -> top person)" query "$dir" path "$other" "$hub"
measure "query top --by degree" query "$dir" top --by degree
measure "query top --by pagerank" query "$dir" top --by pagerank
measure "query match (p:PERSON)-[:FUNDED]->(o:ORG)" query "$dir" match "(p:PERSON)-[:FUNDED]->(o:ORG)" --limit 20
measure "query ego --depth 1 -o ego.graphml" query "$dir" ego "$other" -o "$dir/ego.graphml"
measure "stats" stats "$dir"
