#!/usr/bin/env python3
"""Audits the nodes `kg` makes: split entities (one real thing, several nodes) and junk nodes.

Usage: bench/node_audit.py --pred PRED.jsonl [--graph GRAPH.json] [--gold GOLD.jsonl] [--examples N]

  --pred   `kg extract` output: within each document, entities are grouped by their canonical id.
  --graph  graph.json of `kg build` over the same input: splits and junk across documents.
  --gold   the gold entity spans, used only to MEASURE: an entity none of whose mentions overlaps
           any gold span is counted as "not a gold entity".

Split classes, for two entities of the same or a confusable type (PERSON/ORG, ORG/GPE/LOC/NORP)
in one document (or two graph nodes):
  surname      a one-word person name that is the first or last word of a fuller person name
  titled       a name with a title or honorific word before another entity's name ("Mr. Smith")
  middle       people: the same first and last word with other words between ("Jane A. Smith")
  acronym      an all-capital name whose letters are the initials of another name ("U.N.")
  affix        a name whose words begin or end another name of the same kind (ORG, place, NORP,
               EVENT): "Acme" / "Acme Corp.", "Department of X" / "State Department of X"
  punctuation  the same words but for punctuation or case ("U.S." / "US")
Junk classes (graph nodes or extract entities): lower-case, single letter, handle (@ or #),
digits only, title-only (a name written only with capitalised words of the titled class above).
Prints counts and examples; the numbers serve to compare two revisions on the same data.
"""
import argparse
import collections
import json
import re

CONFUSABLE = {
    "PERSON": {"PERSON", "ORG"},
    "ORG": {"ORG", "GPE", "LOC", "NORP", "PERSON"},
    "GPE": {"GPE", "LOC", "ORG", "NORP"},
    "LOC": {"LOC", "GPE", "ORG"},
    "NORP": {"NORP", "GPE", "ORG"},
    "EVENT": {"EVENT"},
}
# Kinds within which a shorter name beginning or ending a longer one is the same thing.
SAME_KIND = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "NORP": "NORP",
             "EVENT": "EVENT"}
SMALL = {"of", "the", "and", "for", "on", "&", "de", "du", "la", "in", "at", "to"}
# Honorifics only: an audit heuristic, not a rule of kg.
HONORIFIC = re.compile(r"^(Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Rev|Gen|Sen|Rep|Gov|Pres|Prof|Capt|Col|Lt|Sgt|Adm|Maj)\.?$")


def words_of(name):
    return [w for w in re.split(r"\s+", name.strip()) if w]


def fold(name):
    """Words without punctuation, lower-cased: "U.S." -> "us"."""
    s = re.sub(r"[’']s\b", "", name)
    s = re.sub(r"[^\w\s]", "", s).lower()
    return " ".join(s.split())


def strip_the(name):
    return re.sub(r"^(the|The|THE)\s+", "", name)


def initials(name):
    return "".join(w[0] for w in words_of(name) if w.lower() not in SMALL and w[0].isupper())


def acronym_letters(name):
    if not re.fullmatch(r"(?:[A-Z]\.?){2,}", name.replace(" ", "")):
        return ""
    return name.replace(".", "").replace(" ", "")


def split_class(short, long):
    """The class of `short` being a split-off form of `long`, or None."""
    ls, ll = strip_the(short), strip_the(long)
    ws, wl = words_of(ls), words_of(ll)
    if not ws or not wl or fold(ls) == fold(ll):
        return "punctuation" if ls != ll and fold(ls) == fold(ll) and fold(ls) else None
    if len(ws) >= len(wl):
        return None
    if len(ws) == 1 and fold(ws[0]) in (fold(wl[-1]), fold(wl[0])):
        return "surname"
    if HONORIFIC.match(ws[0]) and len(ws) > 1:
        return None  # handled from the titled side
    letters = acronym_letters(ls)
    if letters and len(letters) >= 2 and letters == initials(ll):
        return "acronym"
    fs, fl = fold(ls).split(), fold(ll).split()
    if fs and len(fs) < len(fl) and (fl[: len(fs)] == fs or fl[-len(fs):] == fs):
        return "affix"
    if len(ws) >= 2 and len(wl) >= 3 and fold(ws[0]) == fold(wl[0]) and fold(ws[-1]) == fold(wl[-1]):
        return "middle"
    return None


def titled_base(name):
    ws = words_of(name)
    if len(ws) >= 2 and HONORIFIC.match(ws[0]):
        return " ".join(ws[1:])
    return None


def junk_class(label):
    if not label:
        return "empty"
    if label[0] in "@#":
        return "handle"
    if re.fullmatch(r"[\d\W_]+", label):
        return "digits"
    if len(fold(label).replace(" ", "")) <= 1:
        return "single-letter"
    if label[0].islower() and not re.match(r"^(the|a|an)\s+[A-Z]", label):
        return "lower-case"
    if all(HONORIFIC.match(w) for w in words_of(label)):
        return "title-only"
    return None


def find_splits(entities):
    """entities: list of (id, type, label). Yields (class, short, long)."""
    by_type = collections.defaultdict(list)
    for e in entities:
        by_type[e[1]].append(e)
    labels = {fold(strip_the(e[2])): e for e in entities}
    for eid, etype, label in entities:
        if etype not in CONFUSABLE:
            continue
        base = titled_base(label)
        if base:
            other = labels.get(fold(strip_the(base)))
            if other and other[0] != eid:
                yield "titled", (eid, etype, label), other
                continue
            for oid, otype, olabel in entities:
                if oid != eid and otype == "PERSON" and split_class(base, olabel) == "surname":
                    yield "titled", (eid, etype, label), (oid, otype, olabel)
                    break
            continue
        for t in CONFUSABLE[etype]:
            for oid, otype, olabel in by_type.get(t, ()):
                if oid == eid:
                    continue
                cls = split_class(label, olabel)
                if cls is None:
                    continue
                if cls == "surname" and (otype != "PERSON" or etype not in ("PERSON", "ORG")):
                    continue
                if cls == "surname" and len(words_of(label)) != 1:
                    continue
                if cls == "affix" and (etype == "PERSON" or SAME_KIND[etype] != SAME_KIND[otype]):
                    continue  # "Jane"/"Jane Smith" is a surname; "Ohio"/"Ohio State University" no split
                if cls == "middle" and etype != "PERSON":
                    continue  # "Acme Bank Corp."/"Acme Data Corp." are often two companies
                if cls == "punctuation" and eid > oid:
                    continue  # count each pair once
                yield cls, (eid, etype, label), (oid, otype, olabel)
                break
            else:
                continue
            break


def load_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def overlaps(a, spans):
    return any(a[0] < e and s < a[1] for s, e in spans)


def report(title, counts, examples, n):
    total = sum(counts.values())
    print(f"{title}: {total}")
    for cls, count in counts.most_common():
        shown = "; ".join(examples[cls][:n])
        print(f"  {cls:12} {count:5}  e.g. {shown}")


def audit_documents(pred, gold, n):
    gold_by_id = {d["id"]: d for d in gold} if gold else {}
    split_counts, split_examples = collections.Counter(), collections.defaultdict(list)
    junk_counts, junk_examples = collections.Counter(), collections.defaultdict(list)
    entity_total = not_gold = 0
    not_gold_examples = collections.Counter()
    for doc in pred:
        groups = collections.OrderedDict()
        for m in doc.get("entities", []):
            if m["type"] in ("DATE", "MONEY", "PERCENT"):
                continue
            g = groups.setdefault(m["canonical"], {"type": m["type"], "texts": [], "spans": []})
            g["texts"].append(m["text"])
            g["spans"].append((m["start"], m["end"]))
        entities = []
        for eid, g in groups.items():
            label = max((strip_the(re.sub(r"[’']s$", "", t)) for t in g["texts"]),
                        key=lambda t: (len(words_of(t)), len(t)))
            entities.append((eid, g["type"], label))
            entity_total += 1
            cls = junk_class(label)
            if cls:
                junk_counts[cls] += 1
                junk_examples[cls].append(label)
            if doc["id"] in gold_by_id:
                gspans = [(e["start"], e["end"]) for e in gold_by_id[doc["id"]].get("entities", [])]
                if not any(overlaps(s, gspans) for s in g["spans"]):
                    not_gold += 1
                    not_gold_examples[f"{label} ({g['type']})"] += 1
        for cls, short, long in find_splits(entities):
            split_counts[cls] += 1
            split_examples[cls].append(f"{short[2]!r}/{long[2]!r}")
    print(f"documents: {len(pred)}  entities (per document, no values): {entity_total}")
    report("split entities within a document", split_counts, split_examples, n)
    report("junk entities (by label)", junk_counts, junk_examples, n)
    if gold:
        print(f"entities with no mention on a gold span: {not_gold}  e.g. "
              + "; ".join(t for t, _ in not_gold_examples.most_common(n)))


def audit_graph(graph, n):
    nodes = [(v["id"], v["type"], v["label"]) for v in graph["nodes"]
             if v["type"] not in ("DATE", "MONEY", "PERCENT")]
    split_counts, split_examples = collections.Counter(), collections.defaultdict(list)
    junk_counts, junk_examples = collections.Counter(), collections.defaultdict(list)
    for _, _, label in nodes:
        cls = junk_class(label)
        if cls:
            junk_counts[cls] += 1
            junk_examples[cls].append(label)
    # Candidate pairs by shared folded word, so the graph is not compared pair by pair.
    by_word = collections.defaultdict(list)
    for node in nodes:
        for w in set(fold(strip_the(node[2])).split()) | {acronym_letters(node[2]).lower()}:
            if w:
                by_word[w].append(node)
    by_initials = collections.defaultdict(list)
    for node in nodes:
        if len(words_of(node[2])) >= 2:
            by_initials[initials(strip_the(node[2])).lower()].append(node)
    for node in nodes:
        nid, ntype, label = node
        cands = {c for w in fold(strip_the(label)).split() for c in by_word[w]}
        letters = acronym_letters(label).lower()
        if letters:
            cands |= set(by_initials.get(letters, ()))
        found = list(find_splits([node] + sorted(c for c in cands if c != node)))
        for cls, short, long in found:
            if short[0] != nid:
                continue
            split_counts[cls] += 1
            split_examples[cls].append(f"{short[2]!r}/{long[2]!r}")
            break
    print(f"graph nodes (no values): {len(nodes)}")
    report("split nodes in the graph (across documents too; some are rightly apart)",
           split_counts, split_examples, n)
    report("junk nodes (by label)", junk_counts, junk_examples, n)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pred", required=True)
    ap.add_argument("--graph")
    ap.add_argument("--gold")
    ap.add_argument("--examples", type=int, default=6)
    args = ap.parse_args()
    audit_documents(load_jsonl(args.pred), load_jsonl(args.gold) if args.gold else None,
                    args.examples)
    if args.graph:
        with open(args.graph, encoding="utf-8") as f:
            audit_graph(json.load(f), args.examples)


if __name__ == "__main__":
    main()
