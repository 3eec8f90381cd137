#!/usr/bin/env bash
# Set up, build, and build the graph of samples/ into out/samples (prints a summary); open
# out/samples/graph.html in a browser to see it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
build/kg build samples/ -o out/samples --html "$@"
