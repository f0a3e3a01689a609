// Edit → visible in a real browser, for `suivi serve` (docs/serve.md): headless Chromium shows a
// recommendation page; the first recommendation's English text gets a marker; the time runs until
// the page has painted the marker (replaced in place, or reloaded). Not a test (machines are noisy): a measurement.
//
//   node tests/browser/serve_visible.mjs SUIVI_BINARY SITE_DIR [RUNS [PAUSE_SECONDS]]
//
// Edits the first recommendation of the first file in SITE_DIR/content/recommendations in place
// and puts the file back at the end.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from './lib/browser.mjs';
import { startServe } from './lib/suivi_serve.mjs';

const [binary, site, runsArg, pauseArg] = process.argv.slice(2);
if (!binary || !site) {
  console.error('usage: node tests/browser/serve_visible.mjs SUIVI_BINARY SITE_DIR [RUNS [PAUSE]]');
  process.exit(2);
}
const runs = Number(runsArg || 8);
const pause = Number(pauseArg || 5) * 1000;
const dir = join(site, 'content/recommendations');
const file = join(dir, readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()[0]);
const original = readFileSync(file, 'utf8');
const id = original.match(/^- id: "?([a-z0-9-]+)"?/m)[1];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Whether the page shows `marker`, asked once per animation frame until it does (the page may be
// replaced in place, or reloaded: a reload destroys the context being asked, which is retried).
// Then one more frame: the text has been painted.
async function shown(page, marker) {
  const deadline = performance.now() + 20000;
  for (;;) {
    try {
      const seen = await page.evaluate(
        (m) => new Promise((r) => requestAnimationFrame(() => r(!!document.body && document.body.textContent.includes(m)))),
        marker,
      );
      if (seen) break;
    } catch (e) {
      // The page is navigating (a reload): ask the new one.
    }
    if (performance.now() > deadline) throw new Error(`the page never showed ${marker}`);
  }
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
}

const server = await startServe(binary, site);
const url = server.url;

const browser = await launch();
const times = [];
let inPlace = 0;
let text = original;
try {
  const page = await browser.newPage();
  await page.goto(`${url}en/recommendations/${id}.html`);
  await sleep(1000); // the live-reload connection
  for (let i = 0; i < runs; i++) {
    const marker = `Visible${i}x${Date.now()}`;
    const next = text.replace(/(\n {4}en: "?)(?:Visible\d+x\d+ )?/, `$1${marker} `);
    // Survives a replacement in place, not a reload.
    await page.evaluate(() => { window.suiviKept = true; });
    const t0 = performance.now();
    writeFileSync(file, next);
    await shown(page, marker);
    const t1 = performance.now();
    if (!(await page.content()).includes(marker)) throw new Error(`run ${i}: reloaded without the edit`);
    times.push(t1 - t0);
    if (await page.evaluate(() => window.suiviKept === true)) inPlace++;
    text = next;
    await sleep(pause);
  }
} finally {
  writeFileSync(file, original);
  await browser.close();
  server.stop();
}
times.sort((a, b) => a - b);
const median = times.length % 2 ? times[(times.length - 1) / 2] : (times[times.length / 2 - 1] + times[times.length / 2]) / 2;
console.log(`edit -> visible in Chromium: median ${median.toFixed(0)} ms, min ${times[0].toFixed(0)}, max ${times[times.length - 1].toFixed(0)} (n=${times.length}; ${inPlace} replaced in place, ${times.length - inPlace} reloaded)`);
