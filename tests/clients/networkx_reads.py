#!/usr/bin/env python3
"""NetworkX reads kg's exports: read_graphml and node_link_graph give the nodes and edges of
graph.json, with node attributes typed (numbers as numbers) and parallel edges kept.

NetworkX 2.x and up to 3.5 read the edge list of node-link JSON from "links" by default; 3.6 reads
"edges" unless told edges="links". kg writes "links" (the contract), so the reader is told which
key to use on every version that has the keyword.

Usage: networkx_reads.py KG_BINARY SAMPLES_DIR
"""
import inspect
import json
import subprocess
import sys
import tempfile

import networkx as nx


def node_link(data):
    if "edges" in inspect.signature(nx.node_link_graph).parameters:
        return nx.node_link_graph(data, edges="links")
    return nx.node_link_graph(data)  # 2.x: "links" is the only key


def main():
    kg, samples = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as out:
        subprocess.run([kg, "build", "-q", samples, "-o", out], check=True)
        with open(f"{out}/graph.json", encoding="utf-8") as f:
            data = json.load(f)
        want_nodes, want_edges = len(data["nodes"]), len(data["links"])

        g = node_link(data)
        assert isinstance(g, nx.MultiDiGraph), type(g)
        assert g.number_of_nodes() == want_nodes, (g.number_of_nodes(), want_nodes)
        assert g.number_of_edges() == want_edges, (g.number_of_edges(), want_edges)

        ml = nx.read_graphml(f"{out}/graph.graphml")
        assert ml.number_of_nodes() == want_nodes, (ml.number_of_nodes(), want_nodes)
        # GraphML keeps one edge per subject-relation-object; parallel edges of different
        # relations between the same two nodes stay apart in the multigraph.
        assert ml.number_of_edges() == want_edges, (ml.number_of_edges(), want_edges)
        assert ml.is_multigraph() and ml.is_directed()
        parallel = sum(1 for u, v in ml.edges() if ml.number_of_edges(u, v) > 1)
        assert parallel > 0, "the samples have parallel edges; GraphML must keep them"

        for node_id, attrs in ml.nodes(data=True):
            assert isinstance(attrs["label"], str) and attrs["label"], node_id
            assert isinstance(attrs["mentions"], int), (node_id, attrs["mentions"])
            assert isinstance(attrs["documents"], int), (node_id, attrs["documents"])
            if "value" in attrs:
                assert isinstance(attrs["value"], float), (node_id, attrs["value"])
        for u, v, attrs in ml.edges(data=True):
            assert isinstance(attrs["weight"], float) and attrs["weight"] >= 1, (u, v, attrs)
            assert isinstance(attrs["relation"], str), (u, v)
        by_id = {n["id"]: n for n in data["nodes"]}
        for node_id, attrs in ml.nodes(data=True):
            assert attrs["label"] == by_id[node_id]["label"], node_id
    print(f"networkx {nx.__version__}: {want_nodes} nodes, {want_edges} edges read from "
          "graph.json and graph.graphml, attributes typed")


if __name__ == "__main__":
    main()
