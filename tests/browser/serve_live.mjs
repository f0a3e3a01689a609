#!/usr/bin/env node
// `suivi serve` in a real browser (part of scripts/test.sh): a new site from `suivi init` is
// served, and headless Chromium shows what an editor sees.
//   - An edit to a recommendation appears on its open page in place (no reload, no navigation).
//   - An open page that the edit does not change is left alone (not fetched again).
//   - A broken edit shows the problem over the page (role=alert, focus on its button, no axe
//     violation), Escape hides it; the fix shows the new text in place.
//   - A change to the configuration reloads the open pages whole.
//
//   node tests/browser/serve_live.mjs SUIVI_BINARY
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from './lib/browser.mjs';
import { startServe } from './lib/suivi_serve.mjs';
import { runAxe } from './checks/axe.mjs';

const binary = process.argv[2];
if (!binary) {
  console.error('usage: node tests/browser/serve_live.mjs SUIVI_BINARY');
  process.exit(2);
}
const tmp = mkdtempSync(join(tmpdir(), 'suivi-serve-live-'));
const site = join(tmp, 'site');
execFileSync(binary, ['init', site], { stdio: 'ignore' });
const dir = join(site, 'content/recommendations');
const file = join(dir, readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()[0]);
const original = readFileSync(file, 'utf8');
const SAMPLE = 'Replace this sample with a real recommendation';
assert.ok(original.includes(SAMPLE), `${file} holds the sample text`);

const server = await startServe(binary, site);
const base = server.url;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
// Waits until `fn` (run in the page) is true; a reload in between is waited through.
async function until(page, fn, arg, what) {
  const deadline = Date.now() + 60000;
  for (;;) {
    try {
      if (await page.evaluate(fn, arg)) return;
    } catch (e) {
      // The page is navigating.
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${server.log()}`);
    await sleep(20);
  }
}
const shows = (text) => document.body.textContent.includes(text);
const mark = (page) => page.evaluate(() => { window.suiviKept = true; });
const kept = (page) => page.evaluate(() => window.suiviKept === true);

const browser = await launch();
let failed = false;
const test = async (name, fn) => {
  try {
    await fn();
    console.log(`ok   ${name}`);
  } catch (e) {
    failed = true;
    console.log(`FAIL ${name}\n     ${String(e && e.stack ? e.stack : e).split('\n').join('\n     ')}`);
  }
};
try {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}en/recommendations/my-first-recommendation.html`);
  const other = await context.newPage();
  await other.goto(`${base}en/browse.html`);
  const otherRequests = [];
  other.on('request', (r) => otherRequests.push(r.url()));
  await sleep(500); // the event streams connect

  await test('an edit appears on the open page in place', async () => {
    await mark(page);
    await mark(other);
    writeFileSync(file, original.replace(SAMPLE, 'Edited while serving'));
    await until(page, shows, 'Edited while serving', 'the edit');
    assert.ok(await kept(page), 'the page was reloaded, not updated in place');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  });

  await test('an open page the edit does not change is left alone', async () => {
    await sleep(1000);
    assert.ok(await kept(other), 'the unchanged page was reloaded');
    assert.deepEqual(otherRequests.filter((u) => !u.includes('/__suivi/')), []);
  });

  await test('a broken edit shows an accessible overlay; Escape hides it', async () => {
    writeFileSync(file, original.replace(SAMPLE, 'Edited while serving').replace('mechanism: crc', 'mechanism: [unclosed'));
    await until(page, () => !!document.querySelector('.suivi-overlay[role="alert"]'), null, 'the overlay');
    const overlay = await page.evaluate(() => {
      const o = document.querySelector('.suivi-overlay');
      return { text: o.textContent, focus: document.activeElement && document.activeElement.textContent };
    });
    assert.match(overlay.text, /recommendations/);
    assert.equal(overlay.focus, 'Dismiss');
    assert.ok(await page.evaluate(shows, 'Edited while serving'), 'the last good page stays under the overlay');
    const { problems } = await runAxe(page);
    assert.deepEqual(problems, []);
    await page.keyboard.press('Escape');
    assert.equal(await page.evaluate(() => document.querySelector('.suivi-overlay')), null);
  });

  await test('the fix appears in place', async () => {
    await mark(page);
    writeFileSync(file, original.replace(SAMPLE, 'Fixed while serving'));
    await until(page, shows, 'Fixed while serving', 'the fix');
    assert.ok(await kept(page), 'the page was reloaded, not updated in place');
    assert.equal(await page.evaluate(() => document.querySelector('.suivi-overlay')), null);
  });

  await test('a change to the configuration reloads the open pages', async () => {
    await mark(page);
    const config = readFileSync(join(site, 'site.yaml'), 'utf8');
    writeFileSync(join(site, 'site.yaml'), `${config}\n# edited while serving\n`);
    await until(page, () => window.suiviKept !== true && document.readyState === 'complete', null, 'the reload');
    assert.ok(await page.evaluate(shows, 'Fixed while serving'));
  });
} finally {
  await browser.close();
  server.stop();
  rmSync(tmp, { recursive: true, force: true });
}
if (failed) {
  console.log('suivi serve in Chromium: FAILED');
  process.exit(1);
}
console.log('suivi serve in Chromium: all passed');
