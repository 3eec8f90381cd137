// Opens a graph.html in headless Chromium RUNS times and prints, per run and as medians: ms from
// navigation to the first render (KG_READY), ms to the end of the layout (KG_LAYOUT_DONE), and
// the longest the main thread went without running a 50 ms timer between the two (how long the
// page was unresponsive at worst while the layout ran). KG_SHOT=FILE.png saves the last page. Usage: node bench/html_load.js PAGE.html [RUNS]
const path = require("path");
const { chromium } = require(path.join(__dirname, "../web/node_modules/playwright-core"));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

(async () => {
  const [pagePath, runsArg] = process.argv.slice(2);
  const runs = Number(runsArg || 3);
  const browser = await chromium.launch({
    executablePath: process.env.KG_CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--enable-unsafe-swiftshader"] });
  const rows = [];
  for (let run = 0; run < runs; run++) {
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    // A 50 ms timer from the first script on: the largest gap between its ticks is the longest
    // stretch the page could not react to input.
    await page.addInitScript(() => {
      window.KG_MAX_GAP = 0;
      let last = null;  // the first tick after the graph is shown: loading is not laying out
      setInterval(() => {
        const now = performance.now();
        if (window.KG_READY && !window.KG_LAYOUT_DONE) {
          if (last !== null) window.KG_MAX_GAP = Math.max(window.KG_MAX_GAP, now - last - 50);
          last = now;
        }
      }, 50);
    });
    const start = Date.now();
    await page.goto("file://" + path.resolve(pagePath), { waitUntil: "commit" });
    await page.waitForFunction(() => window.KG_READY === true, null, { timeout: 300000, polling: 20 });
    const ready = Date.now() - start;
    await page.waitForFunction(() => window.KG_LAYOUT_DONE === true, null, { timeout: 300000, polling: 20 });
    const done = Date.now() - start;
    const gap = await page.evaluate(() => window.KG_MAX_GAP);
    if (process.env.KG_SHOT && run === runs - 1) await page.screenshot({ path: process.env.KG_SHOT });
    rows.push({ ready, done, gap });
    console.log(`run ${run + 1}: first render ${ready} ms, layout done ${done} ms, ` +
                `longest unresponsive stretch during layout ${gap.toFixed(0)} ms`);
    await page.close();
  }
  await browser.close();
  console.log(`median of ${runs}: first render ${median(rows.map((r) => r.ready))} ms, ` +
              `layout done ${median(rows.map((r) => r.done))} ms, ` +
              `longest unresponsive stretch ${median(rows.map((r) => r.gap)).toFixed(0)} ms`);
})().catch((e) => { console.error(e.message || e); process.exit(1); });
