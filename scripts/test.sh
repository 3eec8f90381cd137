#!/usr/bin/env bash
# Set up, build, and run the whole test suite (unit, end-to-end, bad input, round trips), then
# the same suite once more built with AddressSanitizer and UndefinedBehaviorSanitizer.
# KG_SKIP_SANITIZE=1 skips the second pass (about four minutes on two cores).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/setup_clients.sh
# The library never includes upward: extract/ knows nothing of graph/, export/ or cli/.
if grep -rnE '#include "(graph|export|cli)/' extract/; then
  echo "test: extract/ must not include graph/, export/ or cli/" >&2
  exit 1
fi
ctest --test-dir build --output-on-failure -j"$(nproc)"

if [ "${KG_SKIP_SANITIZE:-0}" != 1 ]; then
  echo "test: the suite again under address,undefined sanitizers"
  cmake -S . -B build-sanitize -DCMAKE_BUILD_TYPE=Debug -DKG_SANITIZE=address,undefined >/dev/null
  cmake --build build-sanitize -j"$(nproc)"
  UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    ctest --test-dir build-sanitize --output-on-failure -j"$(nproc)"
fi
