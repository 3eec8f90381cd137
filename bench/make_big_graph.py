#!/usr/bin/env python3
"""Writes a synthetic graph.json in kg's format (OUTPUT_FORMATS.md, kg_format 1) of N nodes and M
edges, for timing `kg query` and the exporters on graphs far larger than the samples give.

Names, relations and evidence sentences look like news but are generated (no shared data). Degrees
follow a power law, as in real news graphs: a few hubs (countries, big companies) and a long tail.
Deterministic for a given --seed.

    bench/make_big_graph.py --nodes 100000 --edges 1000000 -o /tmp/big/graph.json
"""
import argparse
import json
import os
import random

TYPES = ["PERSON"] * 5 + ["ORG"] * 3 + ["GPE", "LOC", "NORP", "EVENT"]
FIRST = ["Maria", "James", "Amara", "Chen", "Olga", "Rafael", "Priya", "Tomas", "Leila", "Owen",
         "Ingrid", "Kwame", "Sofia", "Dmitri", "Hana", "Mateo", "Aisha", "Lars", "Yuki", "Nadia"]
LAST = ["Okafor", "Lindgren", "Haddad", "Moreau", "Castillo", "Novak", "Brennan", "Takahashi",
        "Adeyemi", "Fischer", "Quintero", "Marsh", "Kowalski", "Dube", "Halvorsen", "Ibarra"]
ORG_WORDS = ["Harbor", "Summit", "Crest", "Meridian", "Granite", "Beacon", "Northwind", "Cedar",
             "Atlas", "Pioneer", "Redwood", "Keystone", "Silverline", "Bluewater", "Ironwood"]
ORG_KINDS = ["Bank", "Holdings", "Partners", "Foundation", "Energy", "Media", "Capital", "Group",
             "Institute", "Logistics"]
PLACE_WORDS = ["Port", "Lake", "Fort", "New", "East", "West", "Glen", "Mount", "Bay", "Spring"]
RELATIONS = {
    ("PERSON", "ORG"): ["ROLE", "FUNDED", "FOUNDED", "MEMBER_OF"],
    ("ORG", "ORG"): ["ACQUIRED", "FUNDED", "CONTRACT", "OWNS"],
    ("PERSON", "PERSON"): ["MET", "SUPPORTED", "OPPOSED", "APPOINTED"],
}


def name_of(i, kind, rng):
    if kind == "PERSON":
        return f"{rng.choice(FIRST)} {rng.choice(LAST)}-{i}"
    if kind == "ORG":
        return f"{rng.choice(ORG_WORDS)} {rng.choice(ORG_KINDS)} {i}"
    if kind in ("GPE", "LOC"):
        return f"{rng.choice(PLACE_WORDS)} {rng.choice(LAST)}ville {i}"
    if kind == "NORP":
        return f"{rng.choice(LAST)}ian {i}"
    return f"{rng.choice(ORG_WORDS)} Summit {i}"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--nodes", type=int, default=100000)
    ap.add_argument("--edges", type=int, default=1000000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("-o", "--out", required=True, help="graph.json to write")
    args = ap.parse_args()
    rng = random.Random(args.seed)

    nodes = []
    for i in range(args.nodes):
        kind = rng.choice(TYPES)
        label = name_of(i, kind, rng)
        slug = label.lower().replace(" ", "-")
        aliases = [label, label.split(" ")[-1]] if kind == "PERSON" else [label]
        nodes.append({"id": f"{kind.lower()}:{slug}", "label": label, "type": kind,
                      "aliases": sorted(set(aliases)), "mentions": 1 + int(rng.paretovariate(1.5)),
                      "documents": 1})
    nodes.sort(key=lambda n: n["id"])
    # Power-law endpoints: vertex k is picked with weight 1/(k+1).
    weights = [1.0 / (k + 1) for k in range(args.nodes)]
    order = list(range(args.nodes))
    rng.shuffle(order)

    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    tmp = args.out + ".tmp"
    with open(tmp, "w", encoding="utf-8") as out:
        head = {"directed": True, "multigraph": True,
                "graph": {"name": "synthetic", "generator": "bench/make_big_graph.py",
                          "kg_format": 1, "documents": args.edges // 5}}
        out.write(json.dumps(head)[:-1] + ', "nodes": [\n')
        out.write(",\n".join(json.dumps(n, ensure_ascii=False) for n in nodes))
        out.write('],\n"links": [\n')
        batch = 100000
        written = 0
        while written < args.edges:
            k = min(batch, args.edges - written)
            sources = rng.choices(order, weights=weights, k=k)
            targets = rng.choices(range(args.nodes), k=k)
            lines = []
            for s, t in zip(sources, targets):
                if s == t:
                    t = (t + 1) % args.nodes
                a, b = nodes[s], nodes[t]
                rel = rng.choice(RELATIONS.get((a["type"], b["type"]), ["LOCATED_IN", "SUPPORTED"]))
                doc = f"wire-{rng.randrange(args.edges // 5):07d}"
                text = (f"{a['label']} and {b['label']} were named in a filing on Tuesday, "
                        f"officials said, in a case reporters have followed for months.")
                start = rng.randrange(5000)
                lines.append(json.dumps({
                    "source": a["id"], "target": b["id"], "key": 0, "relation": rel,
                    "predicate": "be", "weight": 1,
                    "evidence": [{"doc": doc, "start": start, "end": start + len(text.encode()),
                                  "text": text, "rule": "synthetic.pair", "confidence": 0.7}]},
                    ensure_ascii=False))
            out.write(("" if written == 0 else ",\n") + ",\n".join(lines))
            written += k
        out.write("]}\n")
    os.replace(tmp, args.out)


if __name__ == "__main__":
    main()
