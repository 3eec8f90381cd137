#!/usr/bin/env bash
# Builds web/vendor.js (sigma + graphology + forceatlas2, pinned by web/package-lock.json) that
# `kg build --html` and `kg view` inline into graph.html, led by the three libraries' licenses
# (MIT: the notice travels with every page). Does nothing when vendor.js is newer than its inputs.
set -euo pipefail
cd "$(dirname "$0")/../web"
if [ vendor.js -nt package-lock.json ] && [ vendor.js -nt vendor_entry.js ] && [ -d node_modules ]; then
  exit 0
fi
npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
mkdir -p licenses
cp node_modules/sigma/LICENSE.txt licenses/sigma.LICENSE.txt
cp node_modules/graphology/LICENSE.txt licenses/graphology.LICENSE.txt
cp node_modules/graphology-layout-forceatlas2/LICENSE.txt licenses/graphology-layout-forceatlas2.LICENSE.txt
cp node_modules/esbuild/LICENSE.md licenses/esbuild.LICENSE.md
./node_modules/.bin/esbuild vendor_entry.js --bundle --minify --format=iife --outfile=vendor.js.tmp \
  --log-level=warning
{
  echo "/*! graph.html bundles these libraries (from npm, versions in kg's web/package-lock.json):"
  for name in sigma graphology graphology-layout-forceatlas2; do
    echo; echo "$name $(node -p "require('./node_modules/$name/package.json').version"):"
    cat "licenses/$name.LICENSE.txt"
  done
  echo "*/"
  cat vendor.js.tmp
} > vendor.js.new
rm vendor.js.tmp
mv vendor.js.new vendor.js
echo "vendor_web: wrote web/vendor.js"
