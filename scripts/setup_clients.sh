#!/usr/bin/env bash
# The clients the export tests load our files with: Gephi Lite's loaders (graphology,
# graphology-graphml, graphology-gexf, pinned by tests/clients/package-lock.json) and, for
# graph.html, Debian's chromium driven by playwright-core (pinned in web/, installed by
# scripts/vendor_web.sh), and Dask for scripts/kg-dask. Idempotent: apt only for what is
# missing; npm ci only when the lock changed since the last install.
set -euo pipefail
cd "$(dirname "$0")/.."
missing=()
command -v npm >/dev/null || missing+=(nodejs npm)
command -v chromium >/dev/null || missing+=(chromium)
# Dask (scripts/kg-dask's test runs a LocalCluster and a hand-started scheduler).
dpkg-query -W -f='${Status}' python3-distributed 2>/dev/null | grep -q "install ok installed" ||
  missing+=(python3-distributed)
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup_clients: installing ${missing[*]}"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
cd tests/clients
# The stamp is a copy of the lock npm ci last installed from.
if ! cmp -s package-lock.json node_modules/.kg-installed-lock 2>/dev/null; then
  npm ci --no-audit --no-fund
  cp package-lock.json node_modules/.kg-installed-lock
fi
