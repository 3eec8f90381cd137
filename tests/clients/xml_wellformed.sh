#!/usr/bin/env bash
# The XML exports are well-formed to libxml2 (xmllint), the parser most XML tools share: builds the
# samples and checks graph.graphml and graph.gexf. Also checks that every GraphML <key> has an
# attr.type (Gephi reads an untyped key as a string and logs an error).
# Usage: xml_wellformed.sh KG_BINARY SAMPLES_DIR
set -euo pipefail
kg=$1
samples=$2
if ! command -v xmllint >/dev/null; then
  echo "xml_wellformed: xmllint is missing (Debian libxml2-utils; scripts/setup.sh installs it)" >&2
  exit 1
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$kg" build -q "$samples" -o "$out"
for file in graph.graphml graph.gexf; do
  xmllint --noout "$out/$file"
done
untyped=$(grep -c '<key ' "$out/graph.graphml" || true)
typed=$(grep -c '<key [^>]*attr.type=' "$out/graph.graphml" || true)
if [ "$untyped" != "$typed" ]; then
  echo "xml_wellformed: $((untyped - typed)) GraphML keys have no attr.type" >&2
  exit 1
fi
# A broken file must fail: the check is not vacuous.
head -c 2000 "$out/graph.gexf" > "$out/cut.gexf"
if xmllint --noout "$out/cut.gexf" 2>/dev/null; then
  echo "xml_wellformed: xmllint accepted a truncated file" >&2
  exit 1
fi
echo "xml_wellformed: graph.graphml and graph.gexf are well-formed, every GraphML key typed"
