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
  const browser = await chromium.launch({ executablePath: exe, args: ["--no-sandbox", "--enable-unsafe-swiftshader"] });
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  const t0 = Date.now();
  await page.goto("file://" + path.resolve(page_path));
  await page.waitForFunction(() => window.KG_READY === true, null, { timeout: 180000 });
  console.log("load+layout+first render ms: " + (Date.now() - t0));
  if (errors.length) throw new Error("page errors: " + errors.join("; "));
  // Non-blank pixels: screenshot the graph area, decode it in the page, count non-white pixels.
  const png = (await page.locator("#kg-canvas").screenshot()).toString("base64");
  const painted = await page.evaluate(async (b64) => {
    const img = new Image(); img.src = "data:image/png;base64," + b64; await img.decode();
    const c = document.createElement("canvas"); c.width = img.width; c.height = img.height;
    const ctx = c.getContext("2d"); ctx.drawImage(img, 0, 0);
    const px = ctx.getImageData(0, 0, c.width, c.height).data;
    let n = 0; for (let i = 0; i < px.length; i += 4) if (px[i] < 240 || px[i + 1] < 240 || px[i + 2] < 240) n++;
    return n;
  }, png);
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
