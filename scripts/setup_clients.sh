#!/usr/bin/env bash
# The npm clients the export tests load our files with (Gephi Lite's loaders: graphology,
# graphology-graphml, graphology-gexf), pinned by tests/clients/package-lock.json. Idempotent:
# nodejs/npm from Debian only if missing; npm ci only when the lock changed since the last install.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq nodejs npm
fi
cd tests/clients
# The stamp is a copy of the lock npm ci last installed from.
if ! cmp -s package-lock.json node_modules/.kg-installed-lock 2>/dev/null; then
  npm ci --no-audit --no-fund
  cp package-lock.json node_modules/.kg-installed-lock
fi
