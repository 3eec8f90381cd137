// graph.html's own code: reads the inlined graph (window.KG_GRAPH, graph.json's node-link layout),
// lays it out with ForceAtlas2 for a bounded time, renders it with sigma, and wires search,
// side panel and filters. Globals graphology, Sigma, forceAtlas2 come from vendor.js.
(function () {
  "use strict";
  const data = window.KG_GRAPH;
  const COLORS = {PERSON: "#1f77b4", ORG: "#ff7f0e", GPE: "#2ca02c", LOC: "#17becf", NORP: "#9467bd",
                  EVENT: "#d62728", MONEY: "#bcbd22", PERCENT: "#8c564b", DATE: "#7f7f7f"};
  const graph = new graphology.MultiDirectedGraph();
  // Start positions on a circle in id order: deterministic, and FA2 converges from there.
  const n = data.nodes.length;
  data.nodes.forEach(function (d, i) {
    const a = (2 * Math.PI * i) / Math.max(n, 1);
    graph.addNode(d.id, {label: d.label, type_: d.type, mentions: d.mentions || 1,
                         x: d.x !== undefined ? d.x : Math.cos(a) * 100,
                         y: d.y !== undefined ? d.y : Math.sin(a) * 100,
                         size: 3 + 2 * Math.sqrt(d.mentions || 1), color: COLORS[d.type] || "#444"});
  });
  data.links.forEach(function (e) {
    graph.addEdge(e.source, e.target, {relation: e.relation, evidence: e.evidence || [],
                                       size: 1, color: "#ccc"});
  });

  // Bounded layout: iterations scaled down for big graphs so load stays within ~1-2 s.
  const iterations = n > 2000 ? 50 : n > 500 ? 150 : 400;
  const settings = forceAtlas2.inferSettings(graph);
  settings.barnesHutOptimize = n > 500;
  forceAtlas2.assign(graph, {iterations: iterations, settings: settings});

  const hiddenTypes = new Set(), hiddenRelations = new Set();
  let focused = null;
  const container = document.getElementById("kg-canvas");
  const renderer = new Sigma(graph, container, {
    nodeReducer: function (node, attrs) {
      if (hiddenTypes.has(attrs.type_)) return Object.assign({}, attrs, {hidden: true});
      if (node === focused) return Object.assign({}, attrs, {highlighted: true});
      return attrs;
    },
    edgeReducer: function (edge, attrs) {
      const ends = graph.extremities(edge);
      if (hiddenRelations.has(attrs.relation) ||
          hiddenTypes.has(graph.getNodeAttribute(ends[0], "type_")) ||
          hiddenTypes.has(graph.getNodeAttribute(ends[1], "type_")))
        return Object.assign({}, attrs, {hidden: true});
      return attrs;
    },
  });

  function text(tag, s, cls) {
    const el = document.createElement(tag);
    el.textContent = s;
    if (cls) el.className = cls;
    return el;
  }

  // Side panel: the node's relations (both directions) with their evidence sentences.
  function showNode(node) {
    focused = node;
    const panel = document.getElementById("kg-panel");
    panel.replaceChildren(text("h2", graph.getNodeAttribute(node, "label")),
                          text("div", graph.getNodeAttribute(node, "type_") + ", " +
                               graph.getNodeAttribute(node, "mentions") + " mentions", "kg-meta"));
    const list = document.createElement("ul");
    graph.forEachEdge(node, function (edge, attrs, source, target) {
      const li = document.createElement("li");
      li.appendChild(text("div", graph.getNodeAttribute(source, "label") + " " + attrs.relation + " " +
                                 graph.getNodeAttribute(target, "label"), "kg-relation"));
      attrs.evidence.forEach(function (ev) {
        li.appendChild(text("div", "\u201c" + ev.text + "\u201d (" + ev.doc + ")", "kg-evidence"));
      });
      list.appendChild(li);
    });
    panel.appendChild(list);
    const pos = renderer.getNodeDisplayData(node);
    if (pos) renderer.getCamera().animate({x: pos.x, y: pos.y, ratio: 0.3}, {duration: 300});
    renderer.refresh();
  }
  renderer.on("clickNode", function (e) { showNode(e.node); });

  // Search: exact label first, then the first label (in id order) that contains the query.
  document.getElementById("kg-search").addEventListener("change", function (e) {
    const q = e.target.value.trim().toLowerCase();
    if (!q) return;
    let hit = null;
    graph.forEachNode(function (node, a) { if (!hit && a.label.toLowerCase() === q) hit = node; });
    graph.forEachNode(function (node, a) { if (!hit && a.label.toLowerCase().includes(q)) hit = node; });
    if (hit) showNode(hit);
    else document.getElementById("kg-panel").replaceChildren(text("p", "No entity matches \u201c" + q + "\u201d"));
  });

  // Filters: one checkbox per entity type and relation class present in the graph.
  function filters(id, values, hidden) {
    const box = document.getElementById(id);
    Array.from(values).sort().forEach(function (v) {
      const label = document.createElement("label");
      const cb = document.createElement("input");
      cb.type = "checkbox"; cb.checked = true; cb.value = v;
      cb.addEventListener("change", function () {
        if (cb.checked) hidden.delete(v); else hidden.add(v);
        renderer.refresh();
      });
      label.appendChild(cb);
      label.appendChild(document.createTextNode(" " + v));
      box.appendChild(label);
    });
  }
  filters("kg-types", new Set(data.nodes.map(function (d) { return d.type; })), hiddenTypes);
  filters("kg-relations", new Set(data.links.map(function (e) { return e.relation; })), hiddenRelations);
  window.KG_READY = true;  // the headless test and the load-time bench wait for this
})();
