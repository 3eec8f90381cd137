#!/usr/bin/env bash
# Builds the samples with --html and checks the page in headless Chromium (graph_html_test.js):
# nodes painted, search -> side panel with evidence, filters. The screenshot stays in OUT_DIR.
# Usage: graph_html.sh KG_BINARY SAMPLES_DIR OUT_DIR. KG_CLIENT_TESTS=0 skips (exit 77).
set -euo pipefail
kg=$1 samples=$2 out=$3
if [ "${KG_CLIENT_TESTS:-1}" = 0 ]; then echo "skipped: KG_CLIENT_TESTS=0"; exit 77; fi
rm -rf "$out"
"$kg" build "$samples" -o "$out" --html --quiet
node "$(dirname "$0")/graph_html_test.js" "$out/graph.html" "$out/graph_html" \
  "Sylvia Marchetti" "Frontier Forward PAC"
echo "screenshots: $out/graph_html_overview.png, $out/graph_html_panel.png"
