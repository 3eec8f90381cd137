#!/usr/bin/env python3
"""Sorts the entity errors of `kg extract` output into classes, to see which fix pays most.

Usage: bench/entity_errors.py --gold GOLD.jsonl --pred PRED.jsonl [--map A=B,...] [--types T,...]
                              [--type T] [--examples N] [--context C]

Classes, for each gold type (after --map on the predictions, as score_entities.py does):
  missed      no prediction overlaps the gold span
  wrong-type  a prediction has the exact span but another scored type (or an unscored one)
  boundary    a prediction of the same type overlaps but has other offsets
  spurious    a prediction overlaps no gold span of a scored type (split by the gold type it hits,
              "none" when it hits nothing)
Each class lists its most frequent texts, and --context shows that many characters around one
example of each.
"""
import argparse
import collections
import json


def load(path):
    docs = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                docs[d["id"]] = d
    return docs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", required=True)
    ap.add_argument("--pred", required=True)
    ap.add_argument("--map", default="")
    ap.add_argument("--types", default="")
    ap.add_argument("--type", default="", help="show only this gold/pred type")
    ap.add_argument("--examples", type=int, default=8)
    ap.add_argument("--context", type=int, default=0)
    args = ap.parse_args()
    rename = dict(p.split("=") for p in args.map.split(",") if p)
    scored = set(t for t in args.types.split(",") if t)
    gold, pred = load(args.gold), load(args.pred)

    errors = collections.defaultdict(collections.Counter)
    example = {}

    def note(cls, text, doc, start, end):
        errors[cls][text] += 1
        example.setdefault((cls, text), (doc, start, end))

    for doc_id, g in gold.items():
        text = g["text"].encode()
        golds = [e for e in g["entities"] if not scored or e["type"] in scored]
        others = [e for e in g["entities"] if scored and e["type"] not in scored]
        preds = []
        for e in pred.get(doc_id, {}).get("entities", []):
            t = rename.get(e["type"], e["type"])
            preds.append((e["start"], e["end"], t))
        for e in golds:
            s, t = e["start"], e["end"]
            over = [p for p in preds if p[0] < t and s < p[1]]
            if any(p[0] == s and p[1] == t and p[2] == e["type"] for p in over):
                continue
            same_span = [p for p in over if p[0] == s and p[1] == t]
            same_type = [p for p in over if p[2] == e["type"]]
            if same_span:
                cls = "%s wrong-type as %s" % (e["type"], same_span[0][2])
            elif same_type:
                p = same_type[0]
                cls = "%s boundary (pred %s)" % (e["type"], "longer" if p[1] - p[0] > t - s else
                                                 "shorter" if p[1] - p[0] < t - s else "shifted")
            elif over:
                cls = "%s boundary+type as %s" % (e["type"], over[0][2])
            else:
                cls = "%s missed" % e["type"]
            note(cls, e["text"], doc_id, s, t)
        for s, t, ty in preds:
            if scored and ty not in scored:
                continue
            if any(e["start"] < t and s < e["end"] for e in golds):
                continue
            hit = [e["type"] for e in others if e["start"] < t and s < e["end"]]
            note("%s spurious (gold %s)" % (ty, hit[0] if hit else "none"),
                 text[s:t].decode(errors="replace"), doc_id, s, t)

    rows = sorted(errors.items(), key=lambda kv: -sum(kv[1].values()))
    for cls, counter in rows:
        if args.type and not cls.startswith(args.type + " "):
            continue
        print("%5d  %s" % (sum(counter.values()), cls))
        for text, n in counter.most_common(args.examples):
            line = "        %3d  %s" % (n, text)
            if args.context:
                doc, s, t = example[(cls, text)]
                body = gold[doc]["text"].encode()
                left = body[max(0, s - args.context):s].decode(errors="replace")
                right = body[t:t + args.context].decode(errors="replace")
                line += "   | %s[[%s]]%s" % (left, text, right)
            print(line.replace("\n", " / "))


if __name__ == "__main__":
    main()
