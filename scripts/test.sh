#!/usr/bin/env bash
# Set up, build, and run the whole test suite (unit, end-to-end, bad input, round trips).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
# The library never includes upward: extract/ knows nothing of graph/, export/ or cli/.
if grep -rnE '#include "(graph|export|cli)/' extract/; then
  echo "test: extract/ must not include graph/, export/ or cli/" >&2
  exit 1
fi
ctest --test-dir build --output-on-failure -j"$(nproc)"
