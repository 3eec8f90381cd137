// Opens graph.html in headless Chromium from file:// and checks what a user sees: nodes painted
// at once, the layout running in a worker and moving them, search (case and accents ignored)
// focusing an entity, the side panel with relations and evidence sentences, a neighbour's name
// focusing it, filters really hiding nodes and edges; saves an overview and a panel screenshot.
// Usage: node graph_html_test.js GRAPH.html SHOT_PREFIX ENTITY EXPECTED_IN_PANEL
const path = require("path");
const fs = require("fs");
const { chromium } = require(path.join(__dirname, "../../web/node_modules/playwright-core"));

function findChromium() {
  for (const p of [process.env.KG_CHROMIUM, "/usr/bin/chromium", "/usr/bin/chromium-browser"])
    if (p && fs.existsSync(p)) return p;
  throw new Error("chromium not found (scripts/setup_clients.sh installs it)");
}

function check(condition, message) {
  if (!condition) throw new Error(message);
}

// Pixels of the graph canvas that are not background (WebGL buffers read back blank, so count
// them in a screenshot).
async function paintedPixels(page) {
  const png = (await page.locator("#kg-canvas").screenshot()).toString("base64");
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = "data:image/png;base64," + b64;
    await img.decode();
    const c = document.createElement("canvas");
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext("2d");
    ctx.drawImage(img, 0, 0);
    const px = ctx.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < px.length; i += 4) if (px[i] < 240 || px[i + 1] < 240 || px[i + 2] < 240) n++;
    return n;
  }, png);
}

(async () => {
  const [pagePath, shotPrefix, entity, expected] = process.argv.slice(2);
  const browser = await chromium.launch({
    executablePath: findChromium(), args: ["--no-sandbox", "--enable-unsafe-swiftshader"] });
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  await page.goto("file://" + path.resolve(pagePath));
  await page.waitForFunction(() => window.KG_READY === true, null, { timeout: 60000 });
  check((await paintedPixels(page)) > 100, "no nodes painted at first render");
  // The start positions as written in graph.json (the page draws them first): read from the file,
  // since on a busy machine the first render may come after the layout has ended.
  const written = JSON.parse(fs.readFileSync(path.join(path.dirname(pagePath), "graph.json"), "utf8"));
  const start = written.nodes.map((n) => [n.id, n.x, n.y]);
  await page.waitForFunction(() => window.KG_LAYOUT_DONE === true, null, { timeout: 60000 });
  check(errors.length === 0, "page errors: " + errors.join("; "));
  check(await page.evaluate(() => window.kgView.layout) === "worker", "layout did not run in a worker");
  const moved = await page.evaluate((s) => {
    const g = window.kgView.graph;
    return s.filter(([id, x, y]) => g.getNodeAttribute(id, "x") !== x || g.getNodeAttribute(id, "y") !== y).length;
  }, start);
  check(moved > start.length / 2, "the layout moved " + moved + " of " + start.length + " nodes");
  const painted = await paintedPixels(page);
  check(painted > 100, "node canvas looks blank after layout: " + painted + " painted pixels");
  await page.screenshot({ path: shotPrefix + "_overview.png" });

  // Search, lower case without accents.
  await page.fill("#kg-search", entity.toLowerCase());
  await page.press("#kg-search", "Enter");
  check((await page.textContent("#kg-panel h2")) === entity, "search did not focus " + entity);
  const panel = await page.textContent("#kg-panel");
  check(panel.includes(expected), "side panel lacks '" + expected + "': " + panel.slice(0, 300));
  check(/\u201c.+\u201d \(.+\)/.test(panel), "side panel shows no evidence sentence with its document");
  await page.screenshot({ path: shotPrefix + "_panel.png" });

  // A neighbour's name in the panel focuses it.
  const neighbour = await page.textContent("#kg-panel .kg-entity >> nth=0");
  await page.click("#kg-panel .kg-entity >> nth=0");
  check((await page.textContent("#kg-panel h2")) === neighbour, "clicking " + neighbour + " did not focus it");

  await page.fill("#kg-search", "no such entity zzz");
  await page.press("#kg-search", "Enter");
  check((await page.textContent("#kg-panel")).includes("No entity matches"), "no message for an unknown name");

  // Filters hide what they name.
  await page.uncheck("#kg-types input[value=PERSON]");
  const personHidden = await page.evaluate(() => {
    const { graph, renderer } = window.kgView;
    const person = graph.findNode((n, a) => a.kind === "PERSON");
    return renderer.getNodeDisplayData(person).hidden === true;
  });
  check(personHidden, "unticking PERSON left a person shown");
  await page.check("#kg-types input[value=PERSON]");
  const relation = await page.evaluate(() => window.kgView.graph.getEdgeAttribute(window.kgView.graph.edges()[0], "relation"));
  await page.uncheck(`#kg-relations input[value=${relation}]`);
  const edgeHidden = await page.evaluate((r) => {
    const { graph, renderer } = window.kgView;
    const edge = graph.findEdge((e, a) => a.relation === r);
    return renderer.getEdgeDisplayData(edge).hidden === true;
  }, relation);
  check(edgeHidden, "unticking " + relation + " left its edges shown");
  check(errors.length === 0, "page errors: " + errors.join("; "));
  await browser.close();
  console.log("ok: " + painted + " painted pixels; search, panel with evidence, neighbour, filters");
})().catch((e) => { console.error(e.message || e); process.exit(1); });
