// Entry for web/vendor.js: the pinned libraries as globals for graph.html (no module loader there).
window.graphology = require("graphology");
window.Sigma = require("sigma").Sigma || require("sigma").default;
window.forceAtlas2 = require("graphology-layout-forceatlas2");
window.FA2Layout = require("graphology-layout-forceatlas2/worker");
