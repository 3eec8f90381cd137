#!/usr/bin/env python3
"""Lists the relation errors of `kg extract` output, to see which rule to write or fix.

Usage: bench/relation_errors.py --gold GOLD.jsonl --pred PRED.jsonl [--map CLASS=T1|T2,...]
                                [--type T] [--examples N] [--rules] [--kind missed|spurious]

Matching follows ../shared/tools/score_relations.py (overlapping spans, direction matters, one triple
per gold relation, the same default class map). For each gold type it prints
  missed    gold relations no triple found, split by cause:
              "no head" / "no tail"   kg marked no entity over that argument (an entity problem)
              "one mention"           one kg mention covers both arguments ("Beijing XINHUA")
              "mistyped A/B"          kg's mentions have types no rule of that class links
              "no rule"               both arguments are mentions; the line shows the sentence as the
                                      rules see it ([[TYPE:i]] placeholders), so a pattern can be read off
  spurious  triples matching no gold relation, with the rule that made them and a hint when the gold
            has another type or the reverse direction for the pair
--rules prints, per rule id, how many of its triples were right and wrong.
Python 3 standard library only.
"""
import argparse
import collections
import json

# The kg types a rule can link for each CoNLL04 type; a miss whose mentions have other types is an
# entity problem ("mistyped"), not a missing pattern.
EXPECTED_TYPES = {"Work_For": ({"PERSON"}, {"ORG", "GPE", "NORP"}), "Kill": ({"PERSON"}, {"PERSON"}),
                  "Live_In": ({"PERSON"}, {"GPE", "LOC"}), "OrgBased_In": ({"ORG"}, {"GPE", "LOC"}),
                  "Located_In": ({"GPE", "LOC", "ORG", "EVENT"}, {"GPE", "LOC"})}
DEFAULT_MAP = "ROLE=Work_For,MEMBER_OF=Work_For,LOCATED_IN=OrgBased_In|Located_In,LIVES_IN=Live_In,KILLED=Kill"


def load(path):
    docs = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                docs[str(d["id"])] = d
    return docs


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def abstracted(text, entities):
    """The sentence with each kg mention replaced by [[TYPE:i]], as relation rules see it."""
    raw = text.encode("utf-8")
    out, pos = [], 0
    for i, e in enumerate(sorted(entities, key=lambda e: e["start"])):
        if e["start"] < pos:
            continue
        out.append(raw[pos:e["start"]].decode("utf-8", "replace"))
        out.append("[[%s:%d]]" % (e["type"], i))
        pos = e["end"]
    out.append(raw[pos:].decode("utf-8", "replace"))
    return "".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", required=True)
    ap.add_argument("--pred", required=True)
    ap.add_argument("--map", default=DEFAULT_MAP)
    ap.add_argument("--type", default="", help="show only this gold type (Work_For, Live_In, ...)")
    ap.add_argument("--kind", default="", choices=["", "missed", "spurious"])
    ap.add_argument("--examples", type=int, default=15)
    ap.add_argument("--rules", action="store_true", help="print right / wrong triples per rule id")
    args = ap.parse_args()
    class_map = {}
    for item in args.map.split(","):
        if item:
            cls, types = item.split("=", 1)
            class_map[cls] = types.split("|")
    gold, pred = load(args.gold), load(args.pred)

    missed = collections.defaultdict(list)     # (gold type, cause) -> lines
    spurious = collections.defaultdict(list)   # gold type guess -> lines
    per_rule = collections.defaultdict(collections.Counter)

    for did, g in gold.items():
        text = g["text"]
        ents = g["entities"]
        grels = [(r["type"], (ents[r["head"]]["start"], ents[r["head"]]["end"]),
                  (ents[r["tail"]]["start"], ents[r["tail"]]["end"]),
                  ents[r["head"]]["text"], ents[r["tail"]]["text"]) for r in g.get("relations", [])]
        p = pred.get(did, {})
        pents = p.get("entities", [])
        view = abstracted(text, pents)
        used = set()
        seen = set()
        for t in p.get("triples", []):
            types = class_map.get(t["relation"])
            if not types:
                continue
            s = (t["subject"]["start"], t["subject"]["end"])
            o = (t["object"]["start"], t["object"]["end"])
            if (s, o, tuple(types)) in seen:
                continue
            seen.add((s, o, tuple(types)))
            hit = None
            # Prefer an exact pair, as the scorer does.
            cands = [i for i, r in enumerate(grels) if i not in used and r[0] in types
                     and overlaps(s, r[1]) and overlaps(o, r[2])]
            cands.sort(key=lambda i: not (grels[i][1] == s and grels[i][2] == o))
            if cands:
                hit = cands[0]
                used.add(hit)
                per_rule[t.get("rule", "?")]["right"] += 1
                continue
            per_rule[t.get("rule", "?")]["wrong"] += 1
            hint = ""
            for ge in ents:
                if overlaps(s, (ge["start"], ge["end"])) and overlaps(o, (ge["start"], ge["end"])):
                    hint = "both inside one gold entity %r" % ge["text"]
            for r in grels:
                if overlaps(s, r[1]) and overlaps(o, r[2]):
                    hint = "gold has %s" % r[0]
                elif overlaps(s, r[2]) and overlaps(o, r[1]):
                    hint = "gold has the reverse %s" % r[0]
            subj_ent = next((e for e in ents if overlaps(s, (e["start"], e["end"]))), None)
            guess = types[0]
            if len(types) > 1 and subj_ent is not None:
                guess = "OrgBased_In" if subj_ent.get("orig_type") == "Org" else "Located_In"
            spurious[guess].append("%s  %r -%s-> %r  [%s]%s\n      %s" % (
                did, t["subject"]["text"], t["relation"], t["object"]["text"], t.get("rule", "?"),
                "  (%s)" % hint if hint else "", view))
        for i, r in enumerate(grels):
            if i in used:
                continue
            heads = [e for e in pents if overlaps(r[1], (e["start"], e["end"]))]
            tails = [e for e in pents if overlaps(r[2], (e["start"], e["end"]))]
            cause = "no rule" if heads and tails else "no head" if not heads and tails else \
                "no tail" if heads else "no head, no tail"
            want = EXPECTED_TYPES.get(r[0])
            if heads and tails and any(h is t for h in heads for t in tails):
                cause = "one mention"
            elif heads and tails and want and not (any(h["type"] in want[0] for h in heads) and
                                                   any(t["type"] in want[1] for t in tails)):
                cause = "mistyped %s/%s" % (heads[0]["type"], tails[0]["type"])
            def mark(span):
                idx = [i for i, e in enumerate(sorted(pents, key=lambda e: e["start"]))
                       if overlaps(span, (e["start"], e["end"]))]
                return ",".join(str(i) for i in idx) or "-"
            missed[(r[0], cause)].append("%s  %r (%s) -> %r (%s)\n      %s" % (
                did, r[3], mark(r[1]), r[4], mark(r[2]), view))

    types = sorted({k[0] for k in missed} | set(spurious))
    for ty in types:
        if args.type and ty != args.type:
            continue
        if args.kind in ("", "missed"):
            causes = sorted({c for t, c in missed if t == ty}, key=lambda c: (c != "no rule", c))
            for cause in causes:
                lines = missed.get((ty, cause), [])
                if lines:
                    print("== %s missed (%s): %d" % (ty, cause, len(lines)))
                    for line in lines[:args.examples]:
                        print("  " + line)
        if args.kind in ("", "spurious"):
            lines = spurious.get(ty, [])
            if lines:
                print("== %s spurious: %d" % (ty, len(lines)))
                for line in lines[:args.examples]:
                    print("  " + line)
    if args.rules:
        print("== per rule: right wrong")
        for rule, c in sorted(per_rule.items(), key=lambda kv: -(kv[1]["right"] + kv[1]["wrong"])):
            print("  %-28s %4d %4d" % (rule, c["right"], c["wrong"]))


if __name__ == "__main__":
    main()
