#!/usr/bin/env bash
# Export time and file size of graph.graphml, graph.gexf and graph.json for a graph of NODES nodes
# and EDGES edges (bench/make_big_graph.py: synthetic, power-law degrees, one evidence sentence per
# edge), median of RUNS writes each. Builds bench_export in build-bench/.
# Usage: bench/export_speed.sh [NODES] [EDGES] [RUNS]   (default 100000 1000000 3)
set -euo pipefail
cd "$(dirname "$0")/.."
nodes=${1:-100000}
edges=${2:-1000000}
runs=${3:-3}
cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DKG_BUILD_BENCH=ON -DKG_BUILD_TESTS=OFF >/dev/null
cmake --build build-bench -j"$(nproc)" --target bench_export >/dev/null
dir=${TMPDIR:-/tmp}/kg-query-bench-$nodes-$edges
[ -f "$dir/graph.json" ] || python3 bench/make_big_graph.py --nodes "$nodes" --edges "$edges" -o "$dir/graph.json"
echo "kg at $(git rev-parse --short HEAD), median of $runs"
build-bench/bench/bench_export --runs "$runs" "$dir/graph.json" "$dir/export"
