// Launching the system's Chromium (Debian's `chromium` package): no browser is downloaded.
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
// Keyboard scrolling is animated by default; the animation runs late on a busy 2-core machine.
const SUITE_ARGS = ['--disable-smooth-scrolling'];

export function launch() {
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, ...SUITE_ARGS] });
}

/** Runs `fn` on every item with at most `limit` running at once; keeps the input order of results. */
export async function pool(items, limit, fn) {
  const out = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i], i);
    }
  });
  await Promise.all(workers);
  return out;
}

// Contexts made with JavaScript off: their pages have no script to wait for.
const scriptless = new WeakSet();

/** `browser.newContext(options)`, remembering whether the context runs scripts. */
export async function newContext(browser, options) {
  const context = await browser.newContext(options);
  if (options && options.javaScriptEnabled === false) scriptless.add(context);
  return context;
}

/**
 * The search and filter widgets are shown only once their script has loaded its index
 * (Pagefind's bundle, the filter's JSON), which can finish after the `load` event on a busy
 * machine. Checks of such a page wait for that, so that they see the page a reader sees. If the
 * widget never appears, the wait ends after 30 s and the checks report what is there.
 */
async function settle(page) {
  try {
    await page.waitForFunction(() => {
      const widget = document.querySelector('#search.search, form#filter');
      return !widget || !widget.hidden;
    }, null, { timeout: 30000 });
  } catch {
    // reported by the checks themselves
  }
}

/** Opens `url` in a new page of `context`, runs `fn(page)`, closes the page. */
export async function withPage(context, url, fn) {
  const page = await context.newPage();
  try {
    const resp = await page.goto(url, { waitUntil: 'load', timeout: 60000 });
    if (!resp || !resp.ok()) throw new Error(`HTTP ${resp ? resp.status() : 'no response'} for ${url}`);
    if (!scriptless.has(context)) await settle(page);
    return await fn(page);
  } finally {
    await page.close();
  }
}
