#!/usr/bin/env node
// Gephi Lite's loaders read the samples' build: counts equal graph.json's, labels, GEXF viz colour
// and size, edge weights. Usage: graphology_reads.js KG_BINARY SAMPLES_DIR. KG_CLIENT_TESTS=0 skips (77).
'use strict';
if (process.env.KG_CLIENT_TESTS === '0') {
  console.log('skipped: KG_CLIENT_TESTS=0 (run scripts/setup_clients.sh)');
  process.exit(77);
}
const fs = require('fs'), os = require('os'), path = require('path'), cp = require('child_process');
const assert = require('assert');
const {MultiDirectedGraph} = require('graphology');  // missing npm ci: fails here, as CI must
const graphml = require('graphology-graphml');
const gexf = require('graphology-gexf');
const {DOMParser} = require('@xmldom/xmldom');

const [kg, samples] = process.argv.slice(2);
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'kg_graphology_'));
cp.execFileSync(kg, ['build', samples, '-o', out], {stdio: 'ignore'});
const json = JSON.parse(fs.readFileSync(path.join(out, 'graph.json'), 'utf8'));
const links = json.links || json.edges;
const read = (name) => fs.readFileSync(path.join(out, name), 'utf8');
const parse = (text) => new DOMParser().parseFromString(text, 'application/xml');

const fromGraphml = graphml.parse(MultiDirectedGraph, parse(read('graph.graphml')));
assert.strictEqual(fromGraphml.order, json.nodes.length, 'GraphML node count');
assert.strictEqual(fromGraphml.size, links.length, 'GraphML edge count');
for (const n of json.nodes) {
  assert.strictEqual(fromGraphml.getNodeAttribute(n.id, 'label'), n.label, 'GraphML label of ' + n.id);
  assert.strictEqual(typeof fromGraphml.getNodeAttribute(n.id, 'mentions'), 'number', 'mentions typed');
}
fromGraphml.forEachEdge((e, a) => assert.strictEqual(typeof a.weight, 'number', 'GraphML weight'));

const fromGexf = gexf.parse(MultiDirectedGraph, parse(read('graph.gexf')));
assert.strictEqual(fromGexf.order, json.nodes.length, 'GEXF node count');
assert.strictEqual(fromGexf.size, links.length, 'GEXF edge count');
fromGexf.forEachNode((id, a) => {
  assert.match(String(a.color), /^rgba?\(/, 'viz colour of ' + id);
  assert.ok(a.size > 0, 'viz size of ' + id);
  assert.ok(Number.isFinite(a.x) && Number.isFinite(a.y), 'viz position of ' + id);
});
fromGexf.forEachEdge((e, a) => assert.ok(a.weight > 0, 'GEXF weight of ' + e));
console.log(`ok: graphology reads ${fromGexf.order} nodes, ${fromGexf.size} edges from GraphML and GEXF`);
