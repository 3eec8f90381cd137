#!/usr/bin/env bash
# scripts/kg-dask writes kg build's files byte for byte: on a LocalCluster of 2 workers, and on a
# scheduler with 2 workers started as on a real cluster (dask-scheduler, dask-worker), shards
# copied back through Dask. Usage: kg_dask_test.sh KG_BINARY SAMPLES_DIR WORK_DIR.
# Exit 77 (skipped) when KG_CLIENT_TESTS=0 and Dask is missing.
set -euo pipefail
kg=$1 samples=$2 work=$3
python=/usr/bin/python3
if ! $python -c "import distributed" 2>/dev/null; then
  if [ "${KG_CLIENT_TESTS:-1}" = 0 ]; then echo "skipped: no python3-distributed"; exit 77; fi
  echo "python3-distributed missing (scripts/setup_clients.sh installs it)" >&2; exit 1
fi
kg_dask="$(cd "$(dirname "$0")/../.." && pwd)/scripts/kg-dask"
rm -rf "$work" && mkdir -p "$work"
"$kg" build "$samples" -o "$work/built" -q

same_as_built() {
  for f in graph.json graph.graphml graph.gexf triples.jsonl; do
    cmp "$work/built/$f" "$1/$f" || { echo "FAIL: $1/$f differs from kg build's" >&2; exit 1; }
  done
}

$python "$kg_dask" "$samples" -o "$work/local" --workers 2 --shards 3 --kg "$kg" -q
same_as_built "$work/local"
[ -z "$(ls -A "$work/local" | grep kg-dask || true)" ] || { echo "FAIL: shard dir left behind" >&2; exit 1; }

# A cluster started by hand: scheduler and two worker processes on this machine.
port=$($python -c "import socket; s=socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])")
cd "$work"
dask-scheduler --host 127.0.0.1 --port "$port" --no-dashboard >scheduler.log 2>&1 &
pids=$!
trap 'kill $pids 2>/dev/null || true' EXIT
for i in 1 2; do
  dask-worker "tcp://127.0.0.1:$port" --nthreads 1 --no-dashboard >"worker$i.log" 2>&1 &
  pids="$pids $!"
done
$python "$kg_dask" "$samples" -o "$work/cluster" --scheduler "tcp://127.0.0.1:$port" --shards 7 \
  --copy-shards --kg "$kg" -q
same_as_built "$work/cluster"
echo "ok: kg-dask on a LocalCluster and on a scheduler with 2 workers equals kg build"
