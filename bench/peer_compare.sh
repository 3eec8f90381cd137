#!/usr/bin/env bash
# kg beside a peer (issue 8): the JavaScript NLP library compromise (npm, pinned in bench/peer/,
# installed there by this script, never into the product) and kg on the same 20 MB corpus:
# throughput (median of RUNS, one thread each) and entity F1 on conll2003_dev (PER, LOC, ORG).
# Usage: bench/peer_compare.sh [RUNS] [MB]   (defaults 3, 20). Exits 0 with a note when
# ../shared/data is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3} mb=${2:-20}
data=../shared/data tools=../shared/tools
if [ ! -d "$data" ]; then echo "peer_compare: $data not found, nothing to measure"; exit 0; fi
(cd bench/peer && if ! cmp -s package-lock.json node_modules/.kg-installed-lock 2>/dev/null; then
   npm ci --no-audit --no-fund --loglevel=error && cp package-lock.json node_modules/.kg-installed-lock
 fi)
work=${KG_BENCH_WORK:-/tmp/kg-bench}
mkdir -p "$work"
corpus=$work/corpus_${mb}mb.jsonl
[ -f "$corpus" ] || python3 bench/make_corpus.py --shared "$data" --mb "$mb" -o "$corpus" >/dev/null

median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
calc() { python3 -c "print($1)"; }
compromise_rates=() kg_extract_rates=() kg_build_rates=()
for ((i = 0; i < runs; i++)); do  # alternating, so that machine noise hits both alike
  compromise_rates+=("$(node bench/peer/compromise_extract.js "$corpus" --no-output 2>&1 |
                        sed -n 's/.*: \([0-9.]*\) MB\/s$/\1/p')")
  start=$(date +%s.%N); build/kg extract "$corpus" -o "$work/x.jsonl" -j 1 -q; end=$(date +%s.%N)
  kg_extract_rates+=("$(calc "$mb / ($end - $start)")")
  start=$(date +%s.%N); build/kg build "$corpus" -o "$work/out" -j 1 -q; end=$(date +%s.%N)
  kg_build_rates+=("$(calc "$mb / ($end - $start)")")
done
peer=$(printf '%s\n' "${compromise_rates[@]}" | median)
kg_x=$(printf '%s\n' "${kg_extract_rates[@]}" | median)
kg_b=$(printf '%s\n' "${kg_build_rates[@]}" | median)

score() {  # PRED -> "micro PER LOC ORG" F1
  python3 "$tools/score_entities.py" --gold "$data/conll2003_dev.jsonl" --pred "$1" \
    --map "PERSON=PER,GPE=LOC,LOC=LOC,ORG=ORG" --types PER,LOC,ORG --json |
    python3 -c "import json,sys; r=json.load(sys.stdin); t=r['per_type']; print('%.3f %.3f %.3f %.3f' % (r['micro']['f1'], t['PER']['f1'], t['LOC']['f1'], t['ORG']['f1']))"
}
node bench/peer/compromise_extract.js "$data/conll2003_dev.jsonl" -o "$work/peer_conll.jsonl" 2>/dev/null
build/kg extract "$data/conll2003_dev.jsonl" --bare-names -o "$work/kg_conll.jsonl" -q
read -r pm pp pl po <<<"$(score "$work/peer_conll.jsonl")"
read -r km kp kl ko <<<"$(score "$work/kg_conll.jsonl")"

echo "\`bench/peer_compare.sh $runs $mb\` at $(git rev-parse --short HEAD): ${mb} MB corpus, one thread each, medians of $runs"
echo
echo "| tool | MB/s | x compromise | conll2003_dev micro F1 | PER | LOC | ORG |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
printf "| compromise %s (people, places, organizations, money) | %.3f | 1 | %s | %s | %s | %s |\n" \
  "$(node -p "require('./bench/peer/node_modules/compromise/package.json').version")" "$peer" "$pm" "$pp" "$pl" "$po"
printf "| kg extract | %.2f | %.0f | %s | %s | %s | %s |\n" "$kg_x" "$(calc "$kg_x / $peer")" "$km" "$kp" "$kl" "$ko"
printf "| kg build (graph and files too) | %.2f | %.0f | | | | |\n" "$kg_b" "$(calc "$kg_b / $peer")"
