#!/usr/bin/env bash
# Set up, build, and build the graph of samples/ into out/samples (prints a summary).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
build/kg build samples/ -o out/samples "$@"
