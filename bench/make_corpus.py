#!/usr/bin/env python3
"""Writes a JSONL corpus of at least --mb megabytes of article text from the shared labelled data
(text and id only; labels dropped), repeating the articles under new ids until the size is reached.
The corpus is a measuring input only: it is never committed."""
import argparse
import json
import os

ap = argparse.ArgumentParser(description=__doc__)
ap.add_argument("--shared", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data"))
ap.add_argument("--mb", type=float, default=20)
ap.add_argument("-o", "--output", required=True)
args = ap.parse_args()

sources = ["ontonotes_train.jsonl", "conll2003_train.jsonl", "ontonotes_dev.jsonl", "conll2003_dev.jsonl"]
texts = []
for name in sources:
    with open(os.path.join(args.shared, name), encoding="utf-8") as f:
        texts += [json.loads(line)["text"] for line in f if line.strip()]

target = int(args.mb * 1e6)
written = 0
round_ = 0
with open(args.output, "w", encoding="utf-8") as out:
    while written < target:
        for i, text in enumerate(texts):
            out.write(json.dumps({"id": "r%d-%d" % (round_, i), "text": text}, ensure_ascii=False) + "\n")
            written += len(text.encode("utf-8"))
            if written >= target:
                break
        round_ += 1
print("%s: %.1f MB of text" % (args.output, written / 1e6))
