// graph.html's own code. Reads the inlined graph (window.KG_GRAPH, graph.json's node-link
// layout), draws it at once from the start positions kg wrote, then spreads it with ForceAtlas2
// in a web worker for a few seconds, so the page stays responsive however big the graph. Wires
// the search box, the side panel (relations with their evidence) and the filters.
// Globals graphology, Sigma, forceAtlas2, FA2Layout come from vendor.js.
(function () {
  "use strict";
  const data = window.KG_GRAPH;
  const links = data.links || data.edges || [];
  const COLORS = {PERSON: "#1f77b4", ORG: "#ff7f0e", GPE: "#2ca02c", LOC: "#17becf",
                  NORP: "#9467bd", EVENT: "#d62728", MONEY: "#bcbd22", PERCENT: "#8c564b",
                  DATE: "#7f7f7f"};
  const status = document.getElementById("kg-status");

  // Size by mentions on a log scale, capped: a hub mentioned a thousand times must not cover
  // the canvas.
  function nodeSize(mentions) {
    return Math.min(15, 3 + 2.5 * Math.log2(1 + (mentions || 1)));
  }
  // Search ignores case and accents: "societe" finds "Société Générale".
  function fold(text) {
    return String(text).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  const graph = new graphology.MultiDirectedGraph();
  const n = data.nodes.length;
  data.nodes.forEach(function (d, i) {
    const angle = (2 * Math.PI * i) / Math.max(n, 1);  // graph.json without x/y: a circle
    graph.addNode(d.id, {
      label: d.label, kind: d.type, mentions: d.mentions || 1, aliases: d.aliases || [],
      x: typeof d.x === "number" ? d.x : 100 * Math.cos(angle),
      y: typeof d.y === "number" ? d.y : 100 * Math.sin(angle),
      size: nodeSize(d.mentions), color: COLORS[d.type] || "#444",
    });
  });
  links.forEach(function (e) {
    graph.addEdge(e.source, e.target, {
      relation: e.relation, evidence: e.evidence || [], weight: e.weight || 1, size: 1,
      color: "#ccc", sourceKind: graph.getNodeAttribute(e.source, "kind"),
      targetKind: graph.getNodeAttribute(e.target, "kind"),
    });
  });

  const hiddenKinds = new Set(), hiddenRelations = new Set();
  let focused = null;
  // While a big graph is being laid out, only its nodes are drawn: thousands of edges redrawn at
  // every step would take the CPU from the layout (and, with software WebGL, from the page).
  const bigGraph = links.length > 2000;
  let layoutRunning = false;
  const renderer = new Sigma(graph, document.getElementById("kg-canvas"), {
    nodeReducer: function (node, attrs) {
      if (hiddenKinds.has(attrs.kind)) return Object.assign({}, attrs, {hidden: true});
      if (node === focused) return Object.assign({}, attrs, {highlighted: true});
      return attrs;
    },
    edgeReducer: function (edge, attrs) {
      if ((layoutRunning && bigGraph) || hiddenRelations.has(attrs.relation) || hiddenKinds.has(attrs.sourceKind) ||
          hiddenKinds.has(attrs.targetKind)) {
        return Object.assign({}, attrs, {hidden: true});
      }
      return attrs;
    },
    renderLabels: true,
  });
  const summary = n + " entities, " + links.length + " relations";

  // Layout: ForceAtlas2 in a worker for a time that grows with the graph, the page drawing as it
  // goes; where workers cannot start, a bounded synchronous run instead.
  const settings = forceAtlas2.inferSettings(graph);
  settings.barnesHutOptimize = n > 500;
  let layout = null;
  function layoutDone() {
    if (window.KG_LAYOUT_DONE) return;
    if (layout) layout.kill();
    layoutRunning = false;
    renderer.setSetting("renderLabels", true);
    status.textContent = summary;
    window.KG_LAYOUT_DONE = true;
  }
  try {
    layout = new FA2Layout(graph, {settings: settings});
    layout.start();
    layoutRunning = true;
    if (bigGraph) renderer.setSetting("renderLabels", false);
    status.textContent = "Laying out " + summary + "…";
    // The time counts from the worker's first positions, not from its start: on a busy machine
    // starting the worker can take longer than the whole budget, and the layout would end before
    // it moved anything. A worker that never answers is stopped all the same.
    const budget = Math.min(8000, 1500 + n);
    graph.once("eachNodeAttributesUpdated", function () { setTimeout(layoutDone, budget); });
    setTimeout(layoutDone, budget + 20000);
  } catch (error) {
    forceAtlas2.assign(graph, {iterations: n > 2000 ? 50 : n > 500 ? 150 : 400,
                               settings: settings});
    layoutDone();
  }

  function element(tag, text, className) {
    const el = document.createElement(tag);
    if (text !== undefined) el.textContent = text;  // graph text never becomes markup
    if (className) el.className = className;
    return el;
  }
  function entityLink(node) {
    const link = element("button", graph.getNodeAttribute(node, "label"), "kg-entity");
    link.type = "button";
    link.addEventListener("click", function () { showNode(node); });
    return link;
  }

  // Side panel: the node's names and its relations, outgoing then incoming, each with every
  // evidence sentence and its document; a neighbour's name focuses it.
  function showNode(node) {
    focused = node;
    const attrs = graph.getNodeAttributes(node);
    const panel = document.getElementById("kg-panel");
    panel.replaceChildren(element("h2", attrs.label),
                          element("div", attrs.kind + " · " + attrs.mentions + " mentions",
                                  "kg-meta"));
    const others = attrs.aliases.filter(function (a) { return a !== attrs.label; });
    if (others.length) panel.appendChild(element("div", "Also: " + others.join(", "), "kg-meta"));
    [["outbound", "Relations"], ["inbound", "Relations to it"]].forEach(function (side) {
      const list = element("ul");
      graph.forEachEdge(node, function (edge, edgeAttrs, source, target) {
        if ((side[0] === "outbound") !== (source === node)) return;
        const item = element("li");
        const line = element("div", undefined, "kg-relation");
        if (side[0] === "outbound") {
          line.append(edgeAttrs.relation + " → ", entityLink(target));
        } else {
          line.append(entityLink(source), " " + edgeAttrs.relation + " →");
        }
        item.appendChild(line);
        edgeAttrs.evidence.forEach(function (ev) {
          item.appendChild(element("div", "“" + ev.text + "” (" + ev.doc + ")", "kg-evidence"));
        });
        list.appendChild(item);
      });
      if (list.childElementCount) panel.append(element("h3", side[1]), list);
    });
    const shown = renderer.getNodeDisplayData(node);
    if (shown) renderer.getCamera().animate({x: shown.x, y: shown.y, ratio: 0.3}, {duration: 300});
    renderer.refresh();
  }
  renderer.on("clickNode", function (event) { showNode(event.node); });

  // Search: the exact name first, then the first (in id order) that contains the text.
  const labels = document.getElementById("kg-labels");
  graph.forEachNode(function (node, attrs) { labels.appendChild(element("option", attrs.label)); });
  document.getElementById("kg-search").addEventListener("change", function (event) {
    const query = fold(event.target.value.trim());
    if (!query) return;
    let hit = graph.findNode(function (node, attrs) { return fold(attrs.label) === query; });
    if (!hit) hit = graph.findNode(function (node, attrs) { return fold(attrs.label).includes(query); });
    if (hit) showNode(hit);
    else document.getElementById("kg-panel").replaceChildren(
        element("p", "No entity matches “" + event.target.value.trim() + "”"));
  });

  // Filters: one checkbox per entity type and relation class in the graph.
  function filters(id, values, hidden) {
    const box = document.getElementById(id);
    Array.from(values).sort().forEach(function (value) {
      const label = element("label");
      const checkbox = element("input");
      checkbox.type = "checkbox";
      checkbox.checked = true;
      checkbox.value = value;
      checkbox.addEventListener("change", function () {
        if (checkbox.checked) hidden.delete(value); else hidden.add(value);
        renderer.refresh();
      });
      label.append(checkbox, " " + value);
      if (COLORS[value]) label.style.borderLeft = "10px solid " + COLORS[value];  // the legend
      box.appendChild(label);
    });
  }
  filters("kg-types", new Set(data.nodes.map(function (d) { return d.type; })), hiddenKinds);
  filters("kg-relations", new Set(links.map(function (e) { return e.relation; })), hiddenRelations);

  window.kgView = {graph: graph, renderer: renderer, showNode: showNode,
                   layout: layout ? "worker" : "inline"};
  // The test and the load-time bench wait for these.
  renderer.once("afterRender", function () { window.KG_READY = true; });
  renderer.refresh();
})();
