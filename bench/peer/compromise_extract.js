#!/usr/bin/env node
// The peer in kg's benchmark: the JavaScript NLP library compromise extracting people, places,
// organizations and money from a kg JSONL corpus (one {"id", "text"} per line), written in the
// PRED format of ../shared/tools/score_entities.py: {"id", "entities": [{start, end, type, text}]}
// with UTF-8 byte offsets (compromise counts UTF-16 code units). MB/s of article text on stderr.
// Usage: compromise_extract.js CORPUS.jsonl [-o OUT.jsonl | --no-output] [--check]
//   --check: assert that every entity's bytes in the text equal its text.
"use strict";
const fs = require("fs");
const readline = require("readline");
const nlp = require("compromise");

const TYPES = [["people", "PERSON"], ["places", "GPE"], ["organizations", "ORG"], ["money", "MONEY"]];

// byteAt[i] = UTF-8 bytes before UTF-16 index i.
function byteOffsets(text) {
  const byteAt = new Uint32Array(text.length + 1);
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    byteAt[i] = bytes;
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) { bytes += 4; byteAt[++i] = bytes; }  // a pair: 4 bytes
    else if (code >= 0xdc00 && code <= 0xdfff) bytes += 0;  // lone low half: counted with its pair
    else bytes += 3;
  }
  byteAt[text.length] = bytes;
  return byteAt;
}

function extract(text) {
  const doc = nlp(text);
  const byteAt = byteOffsets(text);
  const entities = [];
  for (const [method, type] of TYPES) {
    for (const match of doc[method]().json({ offset: true })) {
      let start = match.offset.start, end = start + match.offset.length;
      // compromise's spans may carry trailing punctuation or space ("Red Cross."): trim it.
      while (end > start && /[\s.,;:!?)"'\u201d\u2019]/.test(text[end - 1])) end--;
      if (end <= start) continue;
      entities.push({ start: byteAt[start], end: byteAt[end], type, text: text.slice(start, end) });
    }
  }
  entities.sort((a, b) => a.start - b.start || a.end - b.end);
  return entities;
}

async function main() {
  const args = process.argv.slice(2);
  const input = args[0];
  const outIndex = args.indexOf("-o");
  const noOutput = args.includes("--no-output"), check = args.includes("--check");
  const out = noOutput ? null : outIndex >= 0 ? fs.createWriteStream(args[outIndex + 1]) : process.stdout;
  const lines = readline.createInterface({ input: fs.createReadStream(input), crlfDelay: Infinity });
  let textBytes = 0, documents = 0;
  const started = process.hrtime.bigint();
  for await (const line of lines) {
    if (!line.trim()) continue;
    const article = JSON.parse(line);
    const text = article.text;
    const entities = extract(text);
    textBytes += Buffer.byteLength(text, "utf8");
    documents++;
    if (check) {
      const bytes = Buffer.from(text, "utf8");
      for (const e of entities) {
        const got = bytes.subarray(e.start, e.end).toString("utf8");
        if (got !== e.text) throw new Error(`${article.id}: bytes [${e.start}, ${e.end}) are "${got}", not "${e.text}"`);
      }
    }
    if (out) out.write(JSON.stringify({ id: article.id, entities }) + "\n");
  }
  if (out && out !== process.stdout) await new Promise((resolve) => out.end(resolve));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  process.stderr.write(`compromise: ${documents} documents, ${(textBytes / 1e6).toFixed(2)} MB of text in ` +
                       `${seconds.toFixed(2)} s: ${(textBytes / 1e6 / seconds).toFixed(3)} MB/s\n`);
}

main().catch((e) => { console.error("compromise_extract: " + (e.message || e)); process.exit(1); });
