#!/usr/bin/env bash
# graph.html's load time at 5,000 nodes / 20,000 edges (issue 7): a synthetic graph in kg's
# format (bench/make_big_graph.py), its page written by `kg view`, opened RUNS times in headless
# Chromium (bench/html_load.js). Usage: bench/html_load.sh [RUNS] [NODES] [EDGES]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3} nodes=${2:-5000} edges=${3:-20000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 bench/make_big_graph.py --nodes "$nodes" --edges "$edges" -o "$work/graph.json"
build/kg view "$work/graph.json" -o "$work/graph.html" >/dev/null
echo "graph.html: $nodes nodes, $edges edges, $(du -m "$work/graph.html" | cut -f1) MB ($(git rev-parse --short HEAD))"
node bench/html_load.js "$work/graph.html" "$runs"
