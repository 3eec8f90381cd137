#!/usr/bin/env python3
"""Mines rules/lexicon/type_cues.tsv: how often each context cue of a capitalized name was seen with
a PERSON, an ORG, a PLACE or NONE (a capitalized run that names none of them), counted on the TRAIN
splits of shared/data (CoNLL-2003 and OntoNotes nw/bn; never the dev splits).

Usage: scripts/mine_type_cues.py --shared ../shared/data -o rules/lexicon/type_cues.tsv

The features are defined exactly as extract/type_cues.cc computes them (docs/text.md, "Typing a
name by its context"); change both together. Anti-memorization: a context token that may be a
name (it has a capital) is written as its shape ("Wasim" -> "Xx") unless it is a word of the
hand-written CONTEXT_WORD_FILES ("Mr.", "The", "Monday"); a feature is kept only when it was seen
with at least MIN_NAMES different names in at least MIN_DOCS different documents. A word of the
name itself (first=, last=) is spelled out only when it is an ordinary word (ordinary_words()) seen
in at least MIN_NAMES_WORD different names (a head word such as "Bank" or "United"); any other
name word, a surname or a place, is written as its class ("<gpe>", "<first>", "<Xx>"). kg spells
a name word out exactly when the table has its feature, so the counts are taken in two passes
(mine()). Whole names are never features.
"""
import argparse
import json
import os
import sys
from collections import defaultdict

CLASSES = ("PERSON", "ORG", "PLACE", "NONE")
MIN_NAMES = 5
MIN_NAMES_WORD = 12
MIN_DOCS = 5
# The capitalized words a context feature may spell out (type_cues.h kContextWordFiles).
CONTEXT_WORD_FILES = ("titles.txt", "common_words.txt", "person_cues.txt", "cue_context_words.txt")
# A name's first or last word is spelled out (first=bank) only when it is an ordinary word: a word
# of LIST_WORD_FILES (single words; the first word of an org_heads.txt entry), or seen in lower case
# at least MIN_LOWER times in the train text and in no gazetteer nor first_names.txt. Any other
# name word, a name or a surname, is written as its class (first=<gpe>, last=<first>, last=<Xx>),
# as a capitalized context token is.
MIN_LOWER = 20
LIST_WORD_FILES = ("common_words.txt", "titles.txt", "org_suffixes.txt", "event_words.txt",
                   "name_words.tsv")
HEAD_FIRST_WORD_FILES = ("org_heads.txt",)
WINDOW = 64  # bytes of context scanned on each side of a name
LINE_END = "<nl>"

# Gold types -> class. Types missing here (DATE, CARDINAL, ...) are neither an example nor NONE:
# kg's patterns claim them before names are typed.
CLASS_OF = {
    "PER": "PERSON", "PERSON": "PERSON",
    "ORG": "ORG",
    "LOC": "PLACE", "GPE": "PLACE",
    # Capitalized names of no PERSON/ORG/PLACE: kg should not type them as one.
    "MISC": "NONE", "WORK_OF_ART": "NONE", "PRODUCT": "NONE", "LAW": "NONE", "LANGUAGE": "NONE",
    "EVENT": "NONE",
}
# Capitalized but neither example nor NONE: nationalities have their own gazetteer, and
# FAC (airports, bridges) sits between ORG and PLACE in both corpora.
SKIP_TYPES = {"NORP", "FAC"}


def is_word_byte(c):
    return (48 <= c <= 57) or (65 <= c <= 90) or (97 <= c <= 122) or c >= 0x80


def is_space(c):
    return c in (0x20, 0x09, 0x0A, 0x0D)


def is_possessive_at(s, i):
    """'s (or the curly ’s) at i, not followed by a word byte."""
    for mark in (b"'s", "\u2019s".encode()):
        if s.startswith(mark, i):
            j = i + len(mark)
            return j if j == len(s) or not is_word_byte(s[j]) else 0
    return 0


def tokenize(s):
    """Cue tokens of bytes s: words (letters, digits, non-ASCII, and . - & ' between them), a
    possessive 's, and every other byte alone. Mirrors type_cues.cc next_cue_token()."""
    out = []
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if is_space(c):
            i += 1
            continue
        end = is_possessive_at(s, i)
        if end:
            out.append(s[i:end])
            i = end
            continue
        if not is_word_byte(c):
            out.append(s[i:i + 1])
            i += 1
            continue
        j = i + 1
        while j < n:
            if is_word_byte(s[j]) and not is_possessive_at(s, j):
                j += 1
            elif s[j] in b".-&'" and j + 1 < n and is_word_byte(s[j + 1]) and not is_possessive_at(s, j):
                j += 1
            else:
                break
        out.append(s[i:j])
        i = j
    return out


def normalize(token):
    """Lower-case ASCII, every run of digits as one 0: "1996-08-30" -> "0-0-0", "2-1" -> "0-0"."""
    out = bytearray()
    for c in token.lower():
        if 48 <= c <= 57:
            if not out or out[-1] != 48:  # only a digit run writes "0"
                out.append(48)
        else:
            out.append(c)
    return bytes(out).decode("utf-8", "replace")


def has_lower(token):
    return any(97 <= c <= 122 for c in token)


def has_letter(token):
    return any((65 <= c <= 90) or (97 <= c <= 122) for c in token)


def title_case(token):
    return token[:1] + token[1:].lower()


def may_be_name(token):
    """A token with a capital, or of more than one non-ASCII character; not "'S" nor "(" ."""
    if not is_word_byte(token[0]):
        return False
    return any(65 <= c <= 90 for c in token) or (len(token) > 3 and any(c >= 0x80 for c in token))


def shape(token):
    """Capitals as X (a run of two or more as XX), other letters and non-ASCII bytes as x (a run
    as one), each run of digits as 0, other bytes as written: "McDonald" -> "XxXx"."""
    out = []
    previous, doubled = None, False
    for c in token:
        if 65 <= c <= 90:
            cls = "X"
        elif 48 <= c <= 57:
            cls = "0"
        elif is_word_byte(c):
            cls = "x"
        else:
            cls = chr(c)
        run = cls == previous and cls in ("X", "x", "0")
        previous = cls
        if run and cls == "X" and not doubled:
            out.append("X")
            doubled = True
        if run:
            continue
        doubled = False
        out.append(cls)
    return "".join(out)


def context_token(token, lists):
    """A context token as a feature spells it: normalized, unless it may be a name and is no
    context word as written or, shouted, title-cased ("THE" -> "The"); then "<gpe>", "<org>", ...
    when the gazetteers list it, "<first>" when first_names.txt does, else its shape. Mirrors
    type_cues.cc FeatureText::add_context()."""
    if not may_be_name(token):
        return normalize(token)
    title = token if has_lower(token) else title_case_words(token)
    if token in lists.context_words or title in lists.context_words:
        return normalize(token)
    return word_class(token, title, lists)


def list_class(token, title, lists):
    """What a public list says a word that may be a name is ("<gpe>", "<first>"), or None.
    Mirrors type_cues.cc FeatureText::add_list_class()."""
    listed = lists.gazetteer.get(token) or lists.gazetteer.get(title)
    if listed:
        return "<" + listed.lower() + ">"
    if token in lists.first_names or title in lists.first_names:
        return "<first>"
    return None


def word_class(token, title, lists):
    """A context token's list class, else its shape."""
    return list_class(token, title, lists) or shape(token)


def name_word(position, word, lists, head_words, shouted):
    """The feature of a name's first or last word: "first=bank" when the cue table keeps that
    feature (an ordinary word that heads many names, see head_word_features()), else the word's
    class: "first=<gpe>", "last=<first>", "last=<Xx>". Mirrors type_cues.cc."""
    feature = position + "=" + normalize(word)
    if feature in head_words:
        return feature
    title = word if has_lower(word) else title_case_words(word)
    # A shape in brackets, like the list classes, so that no class reads as a word ("x", "0s");
    # in a shouted name a word's capitals say nothing, so it has the shape of its title case.
    return position + "=" + (list_class(word, title, lists)
                             or "<" + shape(title if shouted else word) + ">")


def context_before(text, begin):
    """The last two cue tokens before byte `begin` on its line, nearest first, padded with <nl>.
    Only the window is searched for the line's start."""
    start = max(0, begin - WINDOW)
    newline = text.rfind(b"\n", start, begin)
    if newline >= 0:
        start = newline + 1
    elif start > 0 and not is_space(text[start - 1]):
        while start < begin and not is_space(text[start]):
            start += 1
    tokens = tokenize(text[start:begin])[-2:][::-1]
    while len(tokens) < 2:
        tokens.append(LINE_END.encode())
    return tokens


def context_after(text, end):
    """The first two cue tokens after byte `end` on its line, padded with <nl>."""
    stop = min(len(text), end + WINDOW)
    newline = text.find(b"\n", end, stop)
    if newline >= 0:
        stop = newline
    elif stop < len(text) and not is_space(text[stop]):
        while stop > end and not is_space(text[stop]):
            stop -= 1
    tokens = tokenize(text[end:stop])[:2]
    while len(tokens) < 2:
        tokens.append(LINE_END.encode())
    return tokens


def features(text, begin, end, lists, head_words):
    """The cue features of the name text[begin:end] (bytes); head_words are the first=/last=
    features of the cue table the name is looked up in. Mirrors type_cues.cc."""
    name = tokenize(text[begin:end])
    words = [t for t in name if is_word_byte(t[0])]
    if not words:
        return []
    before = context_before(text, begin)
    after = context_after(text, end)
    p1, p2 = (context_token(t, lists) for t in before)
    n1, n2 = (context_token(t, lists) for t in after)
    count = len(words)
    # The words on both sides, with the name's length: "<nl> X said" is mostly "Acme Corp said".
    out = ["p1=" + p1, "n1=" + n1, "p1n1=" + p1 + "_" + n1 + ("_1" if count == 1 else "_2+")]
    # Past a line's edge the second token says nothing the first did not.
    if p1 != LINE_END:
        out.append("p2=" + p2 + "_" + p1)
    if n1 != LINE_END:
        out.append("n2=" + n1 + "_" + n2)
    out.append("words=" + (str(count) if count < 4 else "4+"))
    shouted = not any(has_lower(w) for w in words)
    if shouted:
        out.append("caps")
        # a shouted name among shouted words: a headline or a results table
        context = [t for t in before + after if has_letter(t) and t != LINE_END.encode()]
        if context and not any(has_lower(t) for t in context):
            out.append("caps_context")
    first = words[0]
    if first in lists.first_names or (shouted and title_case(first) in lists.first_names):
        out.append("first_name")
    last = words[-1]
    if len(last) >= 4 and all(65 <= c <= 90 or 97 <= c <= 122 for c in last):
        out.append("suffix=" + normalize(last[-3:]))
    if count >= 2:
        out.append(name_word("first", first, lists, head_words, shouted))
        out.append(name_word("last", last, lists, head_words, shouted))
    if first in lists.common_words:
        out.append("common_first")  # "It Matters", "Last Week": a phrase, seldom a name
    raw = text[begin:end]
    pieces = raw.split(b" ")
    initial = any(is_initial(piece) for piece in pieces[:-1])
    if initial:
        out.append("initial")  # "J. Smith", "J.P. Bolduc"
    elif b"." in raw:
        out.append("period")  # "Corp.", "U.S."
    if b"-" in raw:
        out.append("hyphen")
    if b"&" in raw:
        out.append("ampersand")
    if any(48 <= c <= 57 for c in raw):
        out.append("digit")
    if any(not (65 <= w[0] <= 90) for w in words):
        out.append("lower_word")  # "Bank of", "de", "van"
    if not shouted and any(65 <= c <= 90 for w in words if b"." not in w for c in w[1:]):
        out.append("inner_capital")  # McDonald, MacLeod, iPhone
    if count == 1 and len(first) <= 4 and shouted:
        out.append("short_caps")
    return out


def is_initial(piece):
    """b"J." or b"J.P.": one or two capitals, each with a period."""
    return len(piece) in (2, 4) and all(
        65 <= piece[k] <= 90 and piece[k + 1] == 46 for k in range(0, len(piece), 2))


def read_word_list(path):
    words = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                words.add(line.encode())
    return words


def read_gazetteer_types(directory):
    """SURFACE -> TYPE of rules/gazetteers/*.tsv; the first file by name that lists a surface wins,
    as in kg."""
    types = {}
    for name in sorted(os.listdir(directory)):
        if name.endswith(".tsv"):
            for line in read_word_list(os.path.join(directory, name)):
                fields = line.split(b"\t")
                if len(fields) >= 2:
                    types.setdefault(fields[0].strip(), fields[1].strip().decode())
    return types


def title_case_words(name):
    """b"NEW YORK" -> b"New York", as kg looks up a shouted name (names::title_case)."""
    out = bytearray(name)
    word_start = True
    for k, c in enumerate(out):
        if 65 <= c <= 90 and not word_start:
            out[k] = c + 32
        word_start = c in b" -"
    return bytes(out)


def gazetteer_type(known, surface):
    """The gazetteer type of a name as kg looks it up, or None."""
    if surface in known:
        return known[surface]
    if len(surface) > 3 and not any(97 <= c <= 122 for c in surface):
        return known.get(title_case_words(surface))
    return None


class WordLists:
    """The rules/ lists the features look up (type_cues.h CueWordLists)."""

    def __init__(self, rules):
        lexicon = os.path.join(rules, "lexicon")
        self.first_names = read_word_list(os.path.join(lexicon, "first_names.txt"))
        self.common_words = read_word_list(os.path.join(lexicon, "common_words.txt"))
        self.context_words = set()
        for name in CONTEXT_WORD_FILES:
            self.context_words |= read_word_list(os.path.join(lexicon, name))
        self.gazetteer = read_gazetteer_types(os.path.join(rules, "gazetteers"))


def starts_upper(text, i):
    return 65 <= text[i] <= 90


def at_sentence_start(text, i):
    """Whether only spaces, quotes and brackets stand between text[i] and the start of the text or
    a line, or the end of a sentence or clause (. ! ? : -), as kg's sentence_start roughly."""
    k = i - 1
    while k >= 0 and text[k] in b" \t\"'(":
        k -= 1
    return k < 0 or text[k] in b".!?:\n-"


def name_spans(text, entities, common_words):
    """(begin, end, class) of each example in one document: gold names of a class, and the
    capitalized runs outside every gold entity as NONE."""
    spans = []
    covered = bytearray(len(text))
    for e in entities:
        begin, end = e["start"], e["end"]
        for k in range(begin, end):
            covered[k] = 1
        cls = CLASS_OF.get(e["type"])
        if cls is None or e["type"] in SKIP_TYPES:
            continue
        # OntoNotes starts some names with "the"; kg's names start at the capital.
        for article in (b"the ", b"The ", b"THE "):
            if text.startswith(article, begin) and end - begin > len(article):
                begin += len(article)
        if not starts_upper(text, begin):
            continue
        spans.append((begin, end, cls))
    # Runs of capitalized words (same line, single spaces) that touch no gold entity.
    i, n = 0, len(text)
    while i < n:
        if (i == 0 or is_space(text[i - 1]) or text[i - 1] in b"(\"'") and starts_upper(text, i):
            j = i
            run_end = i
            while j < n and starts_upper(text, j):
                k = j
                while k < n and not is_space(text[k]):
                    k += 1
                word_end = k
                while word_end > j and not is_word_byte(text[word_end - 1]):
                    word_end -= 1
                run_end = word_end
                if word_end < k or k >= n or text[k] != 0x20:
                    break  # punctuation or a line break ends the run
                j = k + 1
            begin = i
            # A sentence's first words ("The", "But") are not part of a name; kg drops them there
            # and only there.
            while at_sentence_start(text, begin):
                first_end = text.find(b" ", begin, run_end)
                first = text[begin:first_end if first_end >= 0 else run_end]
                if first in common_words:
                    if first_end < 0:
                        begin = run_end
                        break
                    begin = first_end + 1
                else:
                    break
            if begin < run_end and not any(covered[begin:run_end]):
                spans.append((begin, run_end, "NONE"))
            i = max(run_end, i + 1)
        else:
            i += 1
    return spans


class Table:
    """Counts of features per class, and the different names and documents each feature was seen
    with."""

    def __init__(self):
        self.counts = defaultdict(lambda: [0, 0, 0, 0])
        self.names = defaultdict(set)
        self.docs = defaultdict(set)
        self.examples = [0, 0, 0, 0]

    def add(self, name, doc, cls, feature_list):
        index = CLASSES.index(cls)
        self.examples[index] += 1
        for feature in set(feature_list):
            self.counts[feature][index] += 1
            self.names[feature].add(name.lower())
            self.docs[feature].add(doc)

    def kept(self):
        """The features seen with enough different names in enough different documents (no cue of
        one article's table or one story); first=/last= are words of the name, so they need a
        word common to many different names."""
        out = {}
        for feature, row in self.counts.items():
            need = MIN_NAMES_WORD if feature.startswith(("first=", "last=")) else MIN_NAMES
            if len(self.names[feature]) >= need and len(self.docs[feature]) >= MIN_DOCS:
                out[feature] = row
        return out


def read_documents(paths):
    """(document key, text as bytes, gold entities) of every line of the files."""
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f):
                doc = json.loads(line)
                yield (path, number), doc["text"].encode("utf-8"), doc["entities"]


def listed_as_name(word, lists):
    """Whether a public list has the normalized word, as written, title-cased or in capitals, as a
    place, an organization, a nationality or a first name ("us" as "US", "bill" as "Bill")."""
    text = word.encode()
    for form in (text, text[:1].upper() + text[1:], text.upper()):
        if form in lists.gazetteer or form in lists.first_names:
            return True
    return False


def ordinary_words(documents, rules, lists):
    """The normalized words that are ordinary English words, not names: the words of the
    hand-written LIST_WORD_FILES, and the words seen in lower case at least MIN_LOWER times in the
    texts that no public list has as a name (listed_as_name())."""
    lower = defaultdict(int)
    for _, text, _ in documents:
        for token in tokenize(text):
            if has_lower(token) and not any(65 <= c <= 90 for c in token):
                lower[normalize(token)] += 1
    words = {word for word, count in lower.items()
             if count >= MIN_LOWER and not listed_as_name(word, lists)}
    lexicon = os.path.join(rules, "lexicon")
    for name in LIST_WORD_FILES + HEAD_FIRST_WORD_FILES:
        for entry in read_word_list(os.path.join(lexicon, name)):
            entry = entry.split(b"\t")[0].split(b" ")
            if len(entry) == 1 or name in HEAD_FIRST_WORD_FILES:
                words.add(normalize(entry[0]))
    return words


def name_examples(documents, lists):
    """(table, name, document key, class, text, begin, end) of every example: table "unknown" for
    names no gazetteer lists (kg asks the cues what they are), "places" for names the gazetteers
    list as a place (kg asks whether the context makes them a team, a person, ...)."""
    for key, text, entities in documents:
        for begin, end, cls in name_spans(text, entities, lists.common_words):
            surface = text[begin:end]
            listed = gazetteer_type(lists.gazetteer, surface)
            if listed is None:
                table = "unknown"
            elif listed in ("GPE", "LOC"):
                table = "places"
            else:
                continue
            yield table, surface, key, cls, text, begin, end


def head_word_features(examples, ordinary):
    """Per table, the first=/last= features of ordinary words that head enough different names
    in enough documents to be kept (Table.kept()). kg spells a name word out exactly when its
    table has the feature, so the counts are taken again with these words (mine())."""
    heads = {"unknown": Table(), "places": Table()}
    for table, surface, key, cls, text, begin, end in examples:
        words = [t for t in tokenize(text[begin:end]) if is_word_byte(t[0])]
        if len(words) < 2:
            continue
        found = [position + "=" + normalize(word)
                 for position, word in (("first", words[0]), ("last", words[-1]))
                 if normalize(word) in ordinary]
        heads[table].add(surface, key, cls, found)
    return {table: set(counts.kept()) for table, counts in heads.items()}


def mine(paths, lists, rules):
    """The two tables, "unknown" and "places" (name_examples())."""
    documents = list(read_documents(paths))
    ordinary = ordinary_words(documents, rules, lists)
    examples = list(name_examples(documents, lists))
    head_words = head_word_features(examples, ordinary)
    tables = {"unknown": Table(), "places": Table()}
    for table, surface, key, cls, text, begin, end in examples:
        tables[table].add(surface, key, cls,
                          features(text, begin, end, lists, head_words[table]))
    return tables["unknown"], tables["places"]


OWN_LINES = "# --- lines of your own go below this one; the miner keeps them ---"


def write_table(path, table, train, about):
    own = ""
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            previous = f.read()
        if OWN_LINES in previous:
            own = previous.split(OWN_LINES + "\n", 1)[1] if OWN_LINES + "\n" in previous else ""
    kept = table.kept()
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write("# GENERATED by scripts/mine_type_cues.py from the TRAIN splits of shared/data\n")
        out.write("# (" + ", ".join(train) + "; see docs/data-sources.md). Regenerate rather\n")
        out.write("# than edit; add cues of your own at the end (counts of a feature add up).\n")
        out.write("# " + about + "\n")
        out.write("# FEATURE<TAB>PERSON<TAB>ORG<TAB>PLACE<TAB>NONE: how many capitalized names of each\n")
        out.write("# class had the feature (PLACE = CoNLL LOC, OntoNotes GPE+LOC; NONE = a capitalized\n")
        out.write("# run naming no person, org or place). Features are context cues (p1= previous\n")
        out.write("# token, n1= next token, p2=/n2= two tokens, lower case, digit runs as 0, <nl> a\n")
        out.write("# line edge; a capitalized token that is no word of the lists %s,\n"
                  % ", ".join(CONTEXT_WORD_FILES[:2]))
        out.write("# %s is written as its shape: Xx, XX, X.),\n" % ", ".join(CONTEXT_WORD_FILES[2:]))
        out.write("# the name's shape, and its first/last word: an ordinary word (lower case in the\n")
        out.write("# text, no listed name) heading at least %d different names, else its class:\n"
                  % MIN_NAMES_WORD)
        out.write("# <gpe>, <first>, <Xx> as for context tokens (kg spells a name word out exactly\n")
        out.write("# when the table has its first=/last= feature, also on a line of your own); every\n")
        out.write("# feature was seen with at least %d different names in at least %d different\n"
                  % (MIN_NAMES, MIN_DOCS))
        out.write("# documents. docs/text.md explains each feature; kg turns the counts into smoothed\n")
        out.write("# log-likelihoods when it loads.\n")
        out.write("*examples*\t" + "\t".join(str(c) for c in table.examples) + "\n")
        for feature in sorted(kept):
            out.write(feature + "\t" + "\t".join(str(c) for c in kept[feature]) + "\n")
        out.write(OWN_LINES + "\n" + own)
    print("%s: %d features, examples %s" % (path, len(kept), dict(zip(CLASSES, table.examples))),
          file=sys.stderr)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", required=True, help="the shared/data directory")
    parser.add_argument("--rules", default=os.path.join(os.path.dirname(__file__), "..", "rules"))
    parser.add_argument("-o", "--out", required=True, help="the table of unknown names")
    parser.add_argument("--places-out", help="the table of listed places (default: next to --out)")
    args = parser.parse_args()
    train = ["conll2003_train.jsonl", "ontonotes_train.jsonl"]
    paths = [os.path.join(args.shared, name) for name in train]
    lists = WordLists(args.rules)
    unknown, places = mine(paths, lists, args.rules)
    write_table(args.out, unknown, train,
                "Names no gazetteer lists: kg types them by these cues.")
    places_out = args.places_out or os.path.join(os.path.dirname(args.out), "type_cues_places.tsv")
    write_table(places_out, places, train,
                "Names the gazetteers list as GPE or LOC: kg retypes one when these cues say so.")


if __name__ == "__main__":
    main()
