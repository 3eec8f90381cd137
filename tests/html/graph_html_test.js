// Opens graph.html in headless Chromium via file:// and checks what a user would see:
// nodes on the canvas, search -> side panel with relations and evidence, a type filter, a screenshot.
// Usage: node graph_html_test.js GRAPH.html SCREENSHOT.png ENTITY EXPECTED_TEXT
// Fails when Chromium is missing unless KG_CLIENT_TESTS=0.
const path = require("path");
const fs = require("fs");
const { chromium } = require(path.join(__dirname, "../../web/node_modules/playwright-core"));

function findChromium() {
  for (const p of [process.env.KG_CHROMIUM, "/usr/bin/chromium", "/usr/bin/chromium-browser"])
    if (p && fs.existsSync(p)) return p;
  return null;
}

(async () => {
  const [page_path, shot, entity, expected] = process.argv.slice(2);
  const exe = findChromium();
  if (!exe) {
    if (process.env.KG_CLIENT_TESTS === "0") { console.log("skipped: KG_CLIENT_TESTS=0"); return; }
    throw new Error("chromium not found (run scripts/setup.sh, or KG_CLIENT_TESTS=0 to skip)");
  }
  const browser = await chromium.launch({ executablePath: exe, args: ["--no-sandbox", "--use-gl=swiftshader"] });
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  const t0 = Date.now();
  await page.goto("file://" + path.resolve(page_path));
  await page.waitForFunction(() => window.KG_READY === true, null, { timeout: 60000 });
  console.log("load+layout+first render ms: " + (Date.now() - t0));
  if (errors.length) throw new Error("page errors: " + errors.join("; "));
  // Non-blank pixels on sigma's node canvas.
  const painted = await page.evaluate(() => {
    const c = document.querySelector("#kg-canvas canvas.sigma-nodes");
    const gl = c.getContext("webgl", { preserveDrawingBuffer: true }) || c.getContext("webgl2");
    const img = document.createElement("canvas");
    img.width = c.width; img.height = c.height;
    const ctx = img.getContext("2d"); ctx.drawImage(c, 0, 0);
    const px = ctx.getImageData(0, 0, img.width, img.height).data;
    let n = 0; for (let i = 3; i < px.length; i += 4) if (px[i] !== 0) n++;
    return n;
  });
  if (painted < 100) throw new Error("node canvas looks blank: " + painted + " painted pixels");
  await page.fill("#kg-search", entity);
  await page.press("#kg-search", "Enter");
  const panel = await page.textContent("#kg-panel");
  if (!panel.includes(expected)) throw new Error("side panel lacks '" + expected + "': " + panel.slice(0, 300));
  if (!/\u201c.+\u201d/.test(panel)) throw new Error("side panel shows no evidence sentence");
  const box = page.locator("#kg-types input[value=PERSON]");
  await box.uncheck();
  if (await box.isChecked()) throw new Error("PERSON filter did not toggle");
  await page.screenshot({ path: shot });
  await browser.close();
  console.log("ok: " + painted + " painted pixels, panel shows " + expected);
})().catch((e) => { console.error(e.message || e); process.exit(1); });
