#!/usr/bin/env python3
"""kg build throughput side by side (issue 8): corpora of several sizes made from ../shared/data,
1 and 2 threads, medians of RUNS runs, end to end and per stage (kg build --timings), peak RSS,
and the ratios between runs. Prints a markdown report for bench/RESULTS.md.

  bench/throughput.py                      # 20 MB x 3 runs, 100/200/1000 MB x 1 run
  bench/throughput.py --sizes 20 --runs 5
  bench/throughput.py --kg build/kg --work /tmp/kgbench

Corpora are kept in --work (default /tmp/kg-bench, never committed) and remade only when missing.
Exits 0 with a note when ../shared/data is absent.
"""
import argparse
import os
import re
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = ["read", "split", "entities", "canonicalize", "relations", "graph", "export", "total"]


def corpus(work, shared, mb):
    path = os.path.join(work, f"corpus_{mb}mb.jsonl")
    if not os.path.exists(path):
        subprocess.run([sys.executable, os.path.join(HERE, "make_corpus.py"), "--shared", shared,
                        "--mb", str(mb), "-o", path + ".tmp"], check=True, stdout=subprocess.DEVNULL)
        os.replace(path + ".tmp", path)
    return path


def run_build(kg, path, threads, out):
    """One kg build: wall seconds, peak RSS in MB (GNU time), per-stage seconds, text MB."""
    command = ["/usr/bin/time", "-f", "%M", kg, "build", path, "-o", out, "-j", str(threads),
               "-q", "--timings"]
    start = time.monotonic()
    run = subprocess.run(command, capture_output=True, text=True)
    wall = time.monotonic() - start
    if run.returncode not in (0, 3):
        sys.exit(f"throughput: {' '.join(command)} failed:\n{run.stderr}")
    lines = run.stderr.strip().splitlines()
    rss_mb = int(lines[-1]) / 1024
    stages = {m.group(1): float(m.group(2))
              for m in re.finditer(r"^  (\w+) +([\d.]+) s", run.stderr, re.M)}
    text_mb = float(re.search(r"timings over ([\d.]+) MB", run.stderr).group(1))
    return wall, rss_mb, stages, text_mb


def measure(kg, path, threads, runs, out):
    results = [run_build(kg, path, threads, out) for _ in range(runs)]
    wall = statistics.median(r[0] for r in results)
    return {
        "wall": wall,
        "rss": statistics.median(r[1] for r in results),
        "stages": {s: statistics.median(r[2].get(s, 0) for r in results) for s in STAGES},
        "mb": results[0][3],
        "runs": runs,
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kg", default=os.path.join(HERE, "..", "build", "kg"))
    ap.add_argument("--shared", default=os.path.join(HERE, "..", "..", "shared", "data"))
    ap.add_argument("--work", default="/tmp/kg-bench")
    ap.add_argument("--sizes", default="20,100,200,1000", help="corpus sizes in MB")
    ap.add_argument("--runs", type=int, default=3, help="runs of the first (smallest) size")
    ap.add_argument("--big-runs", type=int, default=1, help="runs of the larger sizes")
    ap.add_argument("--threads", default="1,2")
    args = ap.parse_args()
    if not os.path.isdir(args.shared):
        print(f"throughput: {args.shared} not found, nothing to measure")
        return
    os.makedirs(args.work, exist_ok=True)
    sizes = [int(s) for s in args.sizes.split(",")]
    threads = [int(t) for t in args.threads.split(",")]
    commit = subprocess.run(["git", "-C", HERE, "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True).stdout.strip()
    out = os.path.join(args.work, "out")
    rows = {}
    for i, mb in enumerate(sizes):
        path = corpus(args.work, args.shared, mb)
        for t in threads:
            rows[(mb, t)] = measure(args.kg, path, t, args.runs if i == 0 else args.big_runs, out)
            r = rows[(mb, t)]
            print(f"# {mb} MB, {t} thread(s): {r['mb'] / r['wall']:.2f} MB/s, "
                  f"peak RSS {r['rss']:.0f} MB", file=sys.stderr)

    print(f"`bench/throughput.py --sizes {args.sizes} --runs {args.runs}` at {commit}; "
          f"medians; text MB (article text, not JSON)\n")
    print("| corpus | threads | runs | s | MB/s | peak RSS MB | " +
          " | ".join(f"{s} MB/s" for s in STAGES[:-1]) + " |")
    print("| --- " * (6 + len(STAGES) - 1) + "|")
    for (mb, t), r in rows.items():
        stage_rates = [r["mb"] / r["stages"][s] if r["stages"][s] > 0 else 0 for s in STAGES[:-1]]
        print(f"| {r['mb']:.0f} MB | {t} | {r['runs']} | {r['wall']:.1f} | {r['mb'] / r['wall']:.2f} | "
              f"{r['rss']:.0f} | " + " | ".join(f"{x:.1f}" for x in stage_rates) + " |")
    print()
    for mb in sizes:
        if (mb, 1) in rows and (mb, 2) in rows:
            print(f"- {mb} MB: 2 threads / 1 thread throughput = "
                  f"{rows[(mb, 1)]['wall'] / rows[(mb, 2)]['wall']:.2f}")
    for t in threads:
        if (100, t) in rows and (1000, t) in rows:
            print(f"- {t} thread(s): 1 GB takes {rows[(1000, t)]['wall'] / rows[(100, t)]['wall']:.2f}x "
                  "the time of 100 MB (target <= 11)")


if __name__ == "__main__":
    main()
