#!/usr/bin/env bash
# Measures kg: entity scores on the shared dev sets, relation scores on CoNLL04 dev, and the
# throughput (MB of article text per second, median of N runs) and peak RSS of `kg build` on a
# corpus of >= 20 MB made from the shared data. Usage: bench/run.sh [RUNS]   (default 3)
# Skips (exit 0 with a note) when ../shared/data is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
data=../shared/data
tools=../shared/tools
if [ ! -d "$data" ]; then echo "bench: $data not found, nothing to measure"; exit 0; fi
scripts/setup.sh >/dev/null  # builds build/, or brings it up to date
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "== entities: conll2003_dev (PERSON=PER, ORG=ORG, GPE=LOC, LOC=LOC)"
build/kg extract "$data/conll2003_dev.jsonl" -o "$tmp/conll.jsonl"
python3 "$tools/score_entities.py" --gold "$data/conll2003_dev.jsonl" --pred "$tmp/conll.jsonl" \
  --map "PERSON=PER,ORG=ORG,GPE=LOC,LOC=LOC" --types PER,ORG,LOC
echo "== entities: ontonotes_dev"
build/kg extract "$data/ontonotes_dev.jsonl" -o "$tmp/onto.jsonl"
python3 "$tools/score_entities.py" --gold "$data/ontonotes_dev.jsonl" --pred "$tmp/onto.jsonl" \
  --types PERSON,ORG,GPE,LOC,NORP,EVENT,MONEY,PERCENT,DATE
echo "== relations: conll04_dev"
build/kg extract "$data/conll04_dev.jsonl" -o "$tmp/rel.jsonl"
python3 "$tools/score_relations.py" --gold "$data/conll04_dev.jsonl" --pred "$tmp/rel.jsonl"

echo "== throughput: kg build on a >= 20 MB corpus, median of $runs runs"
python3 bench/make_corpus.py --shared "$data" --mb 20 -o "$tmp/corpus.jsonl"
python3 - "$tmp" "$runs" <<'PY'
import json, os, resource, statistics, subprocess, sys, time
tmp, runs = sys.argv[1], int(sys.argv[2])
corpus = os.path.join(tmp, "corpus.jsonl")
mb = sum(len(json.loads(l)["text"].encode()) for l in open(corpus, encoding="utf-8")) / 1e6
for threads in (1, 2):
    times, rss = [], []
    for _ in range(runs):
        start = time.monotonic()
        # A fresh child per run, so ru_maxrss of the children is this run's peak.
        out = subprocess.run(["python3", "-c", """
import resource, subprocess, sys
subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
""", "build/kg", "build", corpus, "-o", os.path.join(tmp, "out"), "-j", str(threads)],
            check=True, capture_output=True, text=True)
        times.append(time.monotonic() - start)
        rss.append(int(out.stdout.strip()) / 1024)
    t = statistics.median(times)
    print("threads=%d  text %.1f MB  median %.2f s  %.2f MB/s  peak RSS median %.0f MB"
          % (threads, mb, t, mb / t, statistics.median(rss)))
PY
