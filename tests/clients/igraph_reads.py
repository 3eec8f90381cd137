#!/usr/bin/env python3
"""igraph reads kg's graph.graphml (Graph.Read_GraphML): the node and edge counts of graph.json,
node attributes with their types, and every edge's relation.

Usage: igraph_reads.py KG_BINARY SAMPLES_DIR
"""
import json
import subprocess
import sys
import tempfile

import igraph


def main():
    kg, samples = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as out:
        subprocess.run([kg, "build", "-q", samples, "-o", out], check=True)
        with open(f"{out}/graph.json", encoding="utf-8") as f:
            data = json.load(f)
        g = igraph.Graph.Read_GraphML(f"{out}/graph.graphml")
        assert g.is_directed()
        assert g.vcount() == len(data["nodes"]), (g.vcount(), len(data["nodes"]))
        assert g.ecount() == len(data["links"]), (g.ecount(), len(data["links"]))
        for name in ("id", "label", "type", "mentions", "documents", "value"):
            assert name in g.vs.attributes(), (name, g.vs.attributes())
        for name in ("relation", "weight", "evidence"):
            assert name in g.es.attributes(), (name, g.es.attributes())
        labels = {n["id"]: n["label"] for n in data["nodes"]}
        for v in g.vs:
            assert v["label"] == labels[v["id"]], v["id"]
            # igraph reads GraphML int keys as numbers (floats in some versions), never strings.
            assert isinstance(v["mentions"], (int, float)) and v["mentions"] >= 0, v["id"]
        relations = sorted(e["relation"] for e in g.es)
        assert relations == sorted(l["relation"] for l in data["links"])
    print(f"igraph {igraph.__version__}: {g.vcount()} nodes, {g.ecount()} edges read from graph.graphml")


if __name__ == "__main__":
    main()
