// graph.html: one page that shows a graph in any browser, from disk, with no server or network.
// The page is web/page.html with its marked slots filled: view.css, vendor.js (sigma.js and
// graphology, bundled by scripts/vendor_web.sh), the graph as graph.json, and view.js.
#pragma once

#include <ostream>
#include <string>

#include "base/status.h"
#include "graph/knowledge_graph.h"

namespace kg {

// The files graph.html is made of, read once, before any long run, so a missing vendor.js is
// reported at once.
struct WebAssets {
  std::string page, style, vendor, view;

  // Reads page.html, view.css, vendor.js and view.js from `dir`. Errors name the missing file and
  // what makes it, a slot missing from page.html, or a script that would end its own element.
  static Result<WebAssets> load(const std::string& dir);
};

// Writes the page for `graph`. The graph's JSON has every '<' written as \u003c: the same JSON,
// and no "</script>" inside an evidence sentence can end the script element.
void write_graph_html(const Graph& graph, const WebAssets& assets, std::ostream& out);

}  // namespace kg
