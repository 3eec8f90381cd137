#!/usr/bin/env bash
# Builds web/vendor.js (sigma + graphology + forceatlas2, pinned by web/package-lock.json) that
# `kg build --html` inlines into graph.html, and copies the libraries' licenses next to it.
set -euo pipefail
cd "$(dirname "$0")/../web"
npm ci --ignore-scripts --no-audit --no-fund >/dev/null
./node_modules/.bin/esbuild vendor_entry.js --bundle --minify --format=iife --outfile=vendor.js \
  --log-level=warning
mkdir -p licenses
cp node_modules/sigma/LICENSE.txt licenses/sigma.LICENSE.txt
cp node_modules/graphology/LICENSE.txt licenses/graphology.LICENSE.txt
cp node_modules/graphology-layout-forceatlas2/LICENSE.txt licenses/graphology-layout-forceatlas2.LICENSE.txt
cp node_modules/esbuild/LICENSE.md licenses/esbuild.LICENSE.md 2>/dev/null || true
echo "vendor_web: wrote web/vendor.js"
