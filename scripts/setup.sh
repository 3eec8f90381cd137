#!/usr/bin/env bash
# Installs what kg needs to build (Debian 12 packages) and builds it into build/.
# Used by scripts/run.sh and scripts/test.sh; safe to run again (installs only what is missing).
set -euo pipefail
cd "$(dirname "$0")/.."

# libxml2-utils (xmllint), python3-networkx and python3-igraph: the tests load the exports with them.
packages=(g++ cmake make pkg-config python3 libboost-graph-dev rapidjson-dev libre2-dev catch2
          libcli11-dev libxml2-utils python3-networkx python3-igraph)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# node and npm build web/vendor.js, the JavaScript graph.html inlines (kept if some other
# package, nodesource's say, already provides them).
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

build_type=${KG_BUILD_TYPE:-Release}
cmake -S . -B build -DCMAKE_BUILD_TYPE="$build_type" ${KG_CMAKE_ARGS:-} >/dev/null
cmake --build build -j"$(nproc)"

# web/vendor.js for `kg build --html` and `kg view` (npm ci from the pinned lock; skipped when current).
scripts/vendor_web.sh
