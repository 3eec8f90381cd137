#!/usr/bin/env python3
"""Renders graph.html from an existing graph.json (the same page `kg build --html` is meant to write).

Usage: bench/render_html.py GRAPH.json OUT.html [WEB_DIR]
Inlines web/vendor.js, web/view.css, web/view.js and the graph; '</' in inlined data is escaped as '<\\/'
so a '</script>' inside an evidence sentence cannot end the script element.
"""
import json, os, sys

def main():
    graph_path, out_path = sys.argv[1], sys.argv[2]
    web = sys.argv[3] if len(sys.argv) > 3 else os.path.join(os.path.dirname(__file__), "..", "web")
    read = lambda name: open(os.path.join(web, name), encoding="utf-8").read()
    data = json.dumps(json.load(open(graph_path, encoding="utf-8")), ensure_ascii=False)
    data = data.replace("</", "<\\/")
    page = ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>kg graph</title>\n"
            "<style>" + read("view.css") + "</style></head><body>\n"
            "<div id=\"kg-canvas\"></div><div id=\"kg-side\">"
            "<input id=\"kg-search\" placeholder=\"Search an entity\">"
            "<h3>Types</h3><div id=\"kg-types\"></div><h3>Relations</h3><div id=\"kg-relations\"></div>"
            "<div id=\"kg-panel\"></div></div>\n"
            "<script>" + read("vendor.js").replace("</script", "<\\/script") + "</script>\n"
            "<script>window.KG_GRAPH=" + data + ";</script>\n"
            "<script>" + read("view.js") + "</script>\n</body></html>\n")
    tmp = out_path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(page)
    os.replace(tmp, out_path)

if __name__ == "__main__":
    main()
