#!/usr/bin/env bash
# Entity accuracy of `kg extract` on the shared dev sets, per type, against the targets of issue 4,
# relation scores on CoNLL04 dev beside the shared baseline (issue 5), and the throughput of
# `kg extract` compared with an earlier revision in the same run; writes docs/ACCURACY.md.
# Usage: bench/accuracy.sh [BASE_REV] [RUNS]
#   BASE_REV  the revision to compare throughput with (default: 9cf66b8, before issue 4)
#   RUNS      timed runs of each binary, alternating, median reported (default 3)
# Skips (exit 0 with a note) when ../shared/data is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
base_rev=${1:-9cf66b8}
runs=${2:-3}
data=../shared/data
tools=../shared/tools
if [ ! -d "$data" ]; then echo "accuracy: $data not found, nothing to measure"; exit 0; fi
scripts/setup.sh >/dev/null
tmp=$(mktemp -d)
cleanup() {
  git worktree remove --force "$tmp/base" >/dev/null 2>&1 || true
  rm -rf "$tmp"
}
trap cleanup EXIT

conll_map="PERSON=PER,ORG=ORG,GPE=LOC,LOC=LOC"
conll_types="PER,ORG,LOC"
onto_types="PERSON,ORG,GPE,LOC,NORP,EVENT,MONEY,PERCENT,DATE"
# Both mention styles: the default writes "the" and "'s" with a multi-word name as OntoNotes does;
# --bare-names writes the names alone as CoNLL-2003 does (docs/text.md, "Mention spans").
for style in default bare; do
  flag=""; [ "$style" = bare ] && flag="--bare-names"
  build/kg extract "$data/conll2003_dev.jsonl" -o "$tmp/conll.$style.jsonl" $flag
  build/kg extract "$data/ontonotes_dev.jsonl" -o "$tmp/onto.$style.jsonl" $flag
  python3 "$tools/score_entities.py" --gold "$data/conll2003_dev.jsonl" --pred "$tmp/conll.$style.jsonl" \
    --map "$conll_map" --types "$conll_types" --json > "$tmp/conll.$style.score.json"
  python3 "$tools/score_entities.py" --gold "$data/ontonotes_dev.jsonl" --pred "$tmp/onto.$style.jsonl" \
    --types "$onto_types" --json > "$tmp/onto.$style.score.json"
done

# Relations: CoNLL04 dev, kg against the shared all-pairs baseline (which is handed the gold entities).
build/kg extract "$data/conll04_dev.jsonl" -o "$tmp/rel.jsonl"
python3 "$tools/score_relations.py" --gold "$data/conll04_dev.jsonl" --pred "$tmp/rel.jsonl" --json \
  > "$tmp/rel.score.json"
python3 "$tools/baseline_relations.py" --gold "$data/conll04_dev.jsonl" -o "$tmp/baseline.jsonl"
python3 "$tools/score_relations.py" --gold "$data/conll04_dev.jsonl" --pred "$tmp/baseline.jsonl" --json \
  > "$tmp/baseline.score.json"

# Throughput: the base revision built in a temporary worktree, both binaries timed alternately on
# the same >= 10 MB corpus, so that machine noise hits both alike.
echo "accuracy: building $base_rev for the throughput comparison" >&2
git worktree add --detach "$tmp/base" "$base_rev" >/dev/null 2>&1
cmake -S "$tmp/base" -B "$tmp/base/build" -DCMAKE_BUILD_TYPE=Release -DKG_BUILD_TESTS=OFF >/dev/null
cmake --build "$tmp/base/build" -j"$(nproc)" --target kg >/dev/null
python3 bench/make_corpus.py --shared "$data" --mb 10 -o "$tmp/corpus.jsonl"
python3 - "$tmp" "$runs" "$base_rev" "$(git rev-parse --short HEAD)" <<'PY'
import json, os, statistics, subprocess, sys, time
tmp, runs, base_rev, head_rev = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
corpus = os.path.join(tmp, "corpus.jsonl")
mb = sum(len(json.loads(l)["text"].encode()) for l in open(corpus, encoding="utf-8")) / 1e6
binaries = {"base": os.path.join(tmp, "base", "build", "kg"), "head": "build/kg"}
times = {name: [] for name in binaries}
for _ in range(runs):
    for name, kg in binaries.items():
        start = time.monotonic()
        subprocess.run([kg, "extract", corpus, "-o", os.path.join(tmp, name + ".out"), "-j", "1"],
                       check=True, stdout=subprocess.DEVNULL)
        times[name].append(time.monotonic() - start)
speed = {name: mb / statistics.median(t) for name, t in times.items()}
json.dump({"mb": mb, "runs": runs, "base_rev": base_rev, "head_rev": head_rev, "speed": speed},
          open(os.path.join(tmp, "speed.json"), "w"))
PY

python3 - "$tmp" "$(git rev-parse --short HEAD)" "$*" > docs/ACCURACY.md <<'PY'
import json, os, sys
tmp, rev, args = sys.argv[1], sys.argv[2], sys.argv[3]
targets = {
    "conll2003_dev": {"micro": 0.82, "PER": 0.88, "LOC": 0.85, "ORG": 0.72},
    "ontonotes_dev": {"MONEY": 0.92, "PERCENT": 0.96, "DATE": 0.82, "PERSON": 0.86, "GPE": 0.88,
                      "ORG": 0.70, "NORP": 0.80},
}
print("# Accuracy: entities and relations\n")
print("Made by `bench/accuracy.sh %s` at commit %s: `kg extract` on the shared dev sets, scored by"
      % (args, rev))
print("`../shared/tools/score_entities.py` (exact span and type). CoNLL-2003 maps kg's PERSON to PER and")
print("GPE and LOC to LOC (MISC is not scored); OntoNotes is scored on the nine types kg produces.")
print("The tables are for `kg extract` as it is (mentions written with \"the\" and \"'s\" as OntoNotes")
print("counts them); the last table is CoNLL-2003 with `--bare-names`, the style that corpus uses.\n")
for name, label, style in (("conll2003_dev", "conll", "default"), ("ontonotes_dev", "onto", "default"),
                           ("conll2003_dev with --bare-names", "conll", "bare")):
    score = json.load(open(os.path.join(tmp, "%s.%s.score.json" % (label, style))))
    targets_of = targets[name.split()[0]]
    print("## %s\n" % name)
    print("| type | gold | predicted | correct | P | R | F1 | target |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    rows = list(score["per_type"].items()) + [("micro", score["micro"])]
    for type_, s in rows:
        target = targets_of.get(type_)
        verdict = "" if target is None else ("%.2f %s" % (target, "met" if s["f1"] >= target else "**not met**"))
        print("| %s | %d | %d | %d | %.3f | %.3f | %.3f | %s |"
              % (type_, s["gold"], s["pred"], s["tp"], s["precision"], s["recall"], s["f1"], verdict))
    print()
kg = json.load(open(os.path.join(tmp, "rel.score.json")))
baseline = json.load(open(os.path.join(tmp, "baseline.score.json")))
rel_targets = {"micro": 0.55, "Work_For": 0.45, "OrgBased_In": 0.45, "Located_In": 0.45, "Live_In": 0.45}
print("## conll04_dev relations\n")
print("`score_relations.py` (default class mapping, span overlap) on `kg extract`, beside")
print("`baseline_relations.py`, which pairs every two GOLD entities of a sentence (perfect entities, no")
print("understanding).\n")
print("| type | gold | predicted | correct | P | R | F1 | baseline F1 | target |")
print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
for type_, s in list(kg["per_type"].items()) + [("micro", kg["micro"])]:
    b = baseline["micro"] if type_ == "micro" else baseline["per_type"].get(type_, {"f1": 0.0})
    target = rel_targets.get(type_)
    verdict = "" if target is None else ("%.2f %s" % (target, "met" if s["f1"] >= target else "**not met**"))
    print("| %s | %d | %d | %d | %.3f | %.3f | %.3f | %.3f | %s |"
          % (type_, s["gold"], s["pred"], s["tp"], s["precision"], s["recall"], s["f1"], b["f1"], verdict))
print()
speed = json.load(open(os.path.join(tmp, "speed.json")))
print("## Throughput of `kg extract`\n")
print("%.1f MB of article text (bench/make_corpus.py), one thread, median of %d alternating runs:"
      % (speed["mb"], speed["runs"]))
print("%s (before) %.2f MB/s, %s (now) %.2f MB/s: ratio now/before **%.2f**."
      % (speed["base_rev"], speed["speed"]["base"], speed["head_rev"], speed["speed"]["head"],
         speed["speed"]["head"] / speed["speed"]["base"]))
PY
cat docs/ACCURACY.md
