#!/usr/bin/env node
// The browser test suite of suivi: accessibility and six-language quality of a built site, proven
// in headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core).
//
//   node tests/browser/run.mjs --site DIR [--out DIR] [--only axe,rtl,...] [--jobs N]
//
// DIR is a site built by `suivi build` from the example site. Exit status 0 when every test
// passed, 1 when one failed (each failure prints the check, the page, the rule and the element),
// 2 on wrong usage. See docs/accessibility.md.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { serve } from './lib/server.mjs';
import { launch, newContext, pool, withPage as openPage } from './lib/browser.mjs';
import { allPages, lightPages, LANGS } from './lib/pages.mjs';
import { Report, oneLine } from './lib/report.mjs';
import * as inpage from './lib/inpage.mjs';
import { runAxe, AXE_VERSION, AXE_TAGS } from './checks/axe.mjs';
import { launchPa11yBrowser, runPa11y } from './checks/pa11y.mjs';
import { runVnu, listFiles } from './checks/vnu.mjs';
import * as keyboard from './checks/keyboard.mjs';
import * as nojs from './checks/nojs.mjs';
import * as search from './checks/search.mjs';
import * as filter from './checks/filter.mjs';
import * as print from './checks/print.mjs';
import * as matrix from './checks/matrix.mjs';

const CHECKS = ['vnu', 'axe', 'rtl', 'keyboard', 'zoom', 'mobile', 'forced-colors', 'motion', 'nojs', 'pa11y', 'screenshots', 'print', 'matrix', 'search', 'filter'];

function usage(msg) {
  if (msg) console.error(`error: ${msg}`);
  console.error('usage: node tests/browser/run.mjs --site DIR [--out DIR] [--only CHECK,...] [--skip CHECK,...] [--jobs N]');
  console.error(`checks: ${CHECKS.join(', ')}`);
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { site: process.env.SUIVI_SITE, out: null, only: null, skip: new Set(), jobs: Math.min(2, os.cpus().length) };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => (i + 1 < argv.length ? argv[++i] : usage(`${a} needs a value`));
    if (a === '--site') opts.site = val();
    else if (a === '--out') opts.out = val();
    else if (a === '--only') opts.only = new Set(val().split(','));
    else if (a === '--skip') opts.skip = new Set(val().split(','));
    else if (a === '--jobs') opts.jobs = Math.max(1, Number(val()) || 1);
    else if (a === '-h' || a === '--help') usage();
    else usage(`unknown argument ${a}`);
  }
  if (!opts.site) usage('--site DIR is required (a site built with `suivi build`)');
  for (const c of [...(opts.only || []), ...opts.skip]) if (!CHECKS.includes(c)) usage(`unknown check ${c}`);
  opts.site = path.resolve(opts.site);
  opts.out = path.resolve(opts.out || path.join(os.tmpdir(), 'suivi-browser-tests'));
  return opts;
}

const opts = parseArgs(process.argv.slice(2));
const enabled = (c) => (!opts.only || opts.only.has(c)) && !opts.skip.has(c);
const pages = allPages();
for (const p of pages) {
  if (!fs.existsSync(path.join(opts.site, p.path))) {
    console.error(`error: ${p.path} is missing from ${opts.site}: build the example site first`);
    process.exit(2);
  }
}
fs.mkdirSync(path.join(opts.out, 'screenshots'), { recursive: true });

const report = new Report();
const started = Date.now();
const timings = [];
// A section runs when one of its checks is enabled (`uses`, by default its own name).
const section = async (name, fn, uses = [name]) => {
  if (!uses.some(enabled)) return;
  const t0 = Date.now();
  console.log(`== ${name}`);
  await fn();
  timings.push([name, Date.now() - t0]);
};

// A page that does not load (or a check that throws outside a test) fails as a test of its own
// instead of stopping the run.
const withPage = async (context, pageUrl, fn) => {
  try {
    return await openPage(context, pageUrl, fn);
  } catch (err) {
    await report.test('page loads', pageUrl.replace(/^http:\/\/[^/]+\//, ''), () => [
      { rule: 'page-load', element: pageUrl, message: String(err && err.stack ? err.stack : err) },
    ]);
    return undefined;
  }
};

const server = await serve(opts.site);
const url = (p) => server.base + p;
const browser = await launch();
console.log(`site ${opts.site} served at ${server.base}; Chromium ${browser.version()}; axe-core ${AXE_VERSION}; ${pages.length} pages, ${opts.jobs} at a time`);

const DESKTOP = { viewport: { width: 1280, height: 900 } };
const MOBILE = { viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true };

// The Nu HTML Checker runs in Java beside the browser checks (which wait on the browser half the
// time); its results are reported at the end.
let vnuRun = null;
const vnuAbort = new AbortController();
if (enabled('vnu')) {
  const t0 = Date.now();
  const css = listFiles(opts.site, ['.css']);
  vnuRun = Promise.all([runVnu([opts.site], { signal: vnuAbort.signal }), runVnu(css, { css: true, signal: vnuAbort.signal })]).then(
    ([html, cssErrors]) => ({ errors: new Map([...html, ...cssErrors]), ms: Date.now() - t0 }),
    (err) => ({ failure: err, ms: Date.now() - t0 }),
  );
}

// axe on the largest page (the CRPD fact sheet: 197 states and every reservation) takes seconds a
// run: it runs there in Arabic and English at 1280 px and in Arabic at 360 px (the fact sheet kind is
// covered in every language by the state fact sheet).
const heavy = (p, langs) => p.path.endsWith('factsheets/treaties/crpd.html') && !langs.includes(p.lang);
const requireIsolates = (p) => !p.path.endsWith('/about.html');

try {
  // 1. 1280 px, one load per page: right-to-left layout (Arabic), axe-core, the skip link, then
  //    text at 200%.
  await section('desktop', async () => {
    const context = await newContext(browser, DESKTOP);
    await pool(pages, opts.jobs, (p) =>
      withPage(context, url(p.path), async (page) => {
        if (p.rtl && enabled('rtl')) {
          await report.test('right-to-left', p.path, () => page.evaluate(inpage.rtlLayout, requireIsolates(p)));
        }
        if (enabled('axe') && !heavy(p, ['ar', 'en'])) {
          await report.test('axe 1280px', p.path, async () => {
            const r = await runAxe(page);
            if (r.incomplete.length) report.note(`axe needs review on ${p.path}: ${r.incomplete.join(', ')}`);
            return r.problems;
          });
        }
        if (enabled('keyboard')) await report.test('skip link', p.path, () => keyboard.skipLink(page));
        if (enabled('zoom')) {
          await page.evaluate(() => {
            document.documentElement.style.fontSize = '200%';
          });
          await report.test('text 200%', p.path, async () => [
            ...(await page.evaluate(inpage.horizontalOverflow)),
            ...(await page.evaluate(inpage.clippedContent)),
          ]);
        }
      }),
    );
    await context.close();
  }, ['axe', 'rtl', 'keyboard', 'zoom']);

  // 2. 360 px, one load per page: right-to-left layout (Arabic: the navigation wraps, the matrix
  //    scrolls), axe-core, no horizontal scrolling, touch targets.
  await section('mobile', async () => {
    const context = await newContext(browser, MOBILE);
    await pool(pages, opts.jobs, (p) =>
      withPage(context, url(p.path), async (page) => {
        if (p.rtl && enabled('rtl')) {
          await report.test('right-to-left 360px', p.path, () => page.evaluate(inpage.rtlLayout, requireIsolates(p)));
        }
        if (enabled('axe') && !heavy(p, ['ar'])) {
          await report.test('axe 360px', p.path, async () => (await runAxe(page)).problems);
        }
        if (enabled('mobile')) {
          await report.test('no horizontal scroll 360px', p.path, () => page.evaluate(inpage.horizontalOverflow));
          await report.test('target size 360px', p.path, () => page.evaluate(inpage.targetSizes));
        }
      }),
    );
    await context.close();
  }, ['mobile', 'rtl', 'axe']);

  // 3. Keyboard: tab through whole pages, Enter on a link, the matrix's scroll region.
  await section('keyboard', async () => {
    const context = await newContext(browser, DESKTOP);
    // Tab through the lighter pages in every language, and the matrix (about 230 stops) in Arabic.
    const kbPages = [...lightPages(), ...pages.filter((p) => p.path === 'ar/ratifications.html')];
    await pool(kbPages, opts.jobs, (p) =>
      withPage(context, url(p.path), (page) => report.test('tab through', p.path, () => keyboard.tabThrough(page))),
    );
    await pool(LANGS, opts.jobs, (lang) =>
      withPage(context, url(`${lang}/index.html`), (page) =>
        report.test('Enter follows a link', `${lang}/index.html`, () => keyboard.enterFollowsLink(page, 'recommendations/index.html')),
      ),
    );
    await context.close();
    const mobile = await newContext(browser, MOBILE);
    await pool(LANGS, opts.jobs, (lang) =>
      withPage(mobile, url(`${lang}/ratifications.html`), (page) =>
        report.test('scroll region by keyboard 360px', `${lang}/ratifications.html`, () => keyboard.scrollRegion(page, lang === 'ar')),
      ),
    );
    await mobile.close();
  });

  // 4. Zoom: 1280 px at 200% zoom is a 640 px viewport with 2 device pixels per CSS pixel.
  await section('zoom', async () => {
    const zoomed = await newContext(browser, { viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });
    await pool(pages, opts.jobs, (p) =>
      withPage(zoomed, url(p.path), (page) =>
        report.test('zoom 200% (640px)', p.path, async () => [
          ...(await page.evaluate(inpage.horizontalOverflow)),
          ...(await page.evaluate(inpage.clippedContent)),
        ]),
      ),
    );
    await zoomed.close();
  });

  // 5. Forced colours (Windows high contrast): status labels stay readable.
  await section('forced-colors', async () => {
    const context = await newContext(browser, { ...DESKTOP, forcedColors: 'active' });
    const withStatus = pages.filter((p) => p.lang && /^[a-z]+\/(index\.html|recommendations\/(uhri-1313c55e|svn-upr4-140-19)\.html)$/.test(p.path));
    await pool(withStatus, opts.jobs, (p) =>
      withPage(context, url(p.path), async (page) => {
        await page.emulateMedia({ forcedColors: 'active' });
        await report.test('forced colours', p.path, () => page.evaluate(inpage.forcedColorStatuses));
      }),
    );
    await context.close();
  });

  // 6. Reduced motion: nothing animates.
  await section('motion', async () => {
    const context = await newContext(browser, { ...DESKTOP, reducedMotion: 'reduce' });
    await pool(lightPages(), opts.jobs, (p) =>
      withPage(context, url(p.path), (page) => report.test('reduced motion', p.path, () => page.evaluate(inpage.noMotion))),
    );
    await context.close();
  });

  // 7. No JavaScript (and reduced motion): the core pages work.
  await section('nojs', async () => {
    const context = await newContext(browser, { ...DESKTOP, javaScriptEnabled: false, reducedMotion: 'reduce' });
    await report.test('no JavaScript', '(context)', () => nojs.scriptingOff(context));
    await pool(LANGS, opts.jobs, (lang) => report.test('no JavaScript: navigation', `index.html → ${lang}/…`, () => nojs.navigation(context, server.base, lang)));
    await pool(LANGS, opts.jobs, (lang) => report.test('no JavaScript: pagination, switcher, skip link', `${lang}/…`, () => nojs.otherLinks(context, server.base, lang)));
    await context.close();
  });

  // 7b. Search: a query in each language finds the expected recommendation (Chinese without
  //     spaces, Arabic), the count is announced, Tab reaches the results; axe on the page with
  //     results; without JavaScript the page says search needs it.
  await section('search', async () => {
    const context = await newContext(browser, DESKTOP);
    await pool(search.QUERIES, opts.jobs, ([lang, query, expected]) =>
      withPage(context, url(`${lang}/search.html`), async (page) => {
        await report.test('search finds', `${lang}/search.html?q=${query}`, () => search.finds(page, server.base, query, expected));
        await report.test('axe with results', `${lang}/search.html?q=${query}`, async () => (await runAxe(page)).problems);
      }),
    );
    await context.close();
    const off = await newContext(browser, { ...DESKTOP, javaScriptEnabled: false });
    await pool(LANGS, opts.jobs, (lang) =>
      withPage(off, url(`${lang}/search.html`), (page) => report.test('search without JavaScript', `${lang}/search.html`, () => search.withoutJs(page))),
    );
    await off.close();
  });

  // 7c. Filter: Slovenia × supported gives the CSV's count with JavaScript (filter page) and
  //     without (state page → position page), in every language; axe on the filtered page.
  await section('filter', async () => {
    const expected = filter.expectedCount(opts.site, 'SVN', 'supported');
    const context = await newContext(browser, DESKTOP);
    await pool(LANGS, opts.jobs, (lang) =>
      withPage(context, url(`${lang}/recommendations/filter.html`), async (page) => {
        await report.test('filter with JavaScript', `${lang}/recommendations/filter.html`, () => filter.withJs(page, 'SVN', 'supported', expected));
        await report.test('axe filtered', `${lang}/recommendations/filter.html?states=svn&positions=supported`, async () => (await runAxe(page)).problems);
      }),
    );
    await context.close();
    const off = await newContext(browser, { ...DESKTOP, javaScriptEnabled: false });
    await pool(LANGS, opts.jobs, async (lang) => {
      const page = await off.newPage();
      try {
        await report.test('filter without JavaScript', `${lang}/states/svn/supported/`, () => filter.withoutJs(page, server.base, lang, 'SVN', 'supported', expected));
      } finally {
        await page.close();
      }
    });
    await off.close();
  });

  // 8. pa11y (HTML_CodeSniffer, WCAG2AA) on the Arabic pages and the two root pages.
  await section('pa11y', async () => {
    const pb = await launchPa11yBrowser();
    try {
      const arPages = pages.filter((p) => p.lang === 'ar' || p.lang === null);
      await pool(arPages, opts.jobs, (p) => report.test('pa11y WCAG2AA', p.path, () => runPa11y(pb, url(p.path))));
    } finally {
      await pb.close();
    }
  });

  // 9. Screenshots: home and a six-language recommendation in every language, desktop and 360 px.
  await section('screenshots', async () => {
    const desk = await newContext(browser, DESKTOP);
    const mob = await newContext(browser, { ...MOBILE, deviceScaleFactor: 2 });
    const shots = [];
    for (const lang of LANGS) {
      shots.push([desk, `${lang}/index.html`, `${lang}-home.png`]);
      shots.push([desk, `${lang}/recommendations/uhri-1313c55e.html`, `${lang}-recommendation.png`]);
      shots.push([mob, `${lang}/recommendations/uhri-1313c55e.html`, `${lang}-recommendation-360px.png`]);
    }
    await pool(shots, opts.jobs, ([ctx, p, file]) =>
      withPage(ctx, url(p), (page) =>
        report.test('screenshot', p, async () => {
          await page.screenshot({ path: path.join(opts.out, 'screenshots', file), fullPage: true });
          return [];
        }),
      ),
    );
    await desk.close();
    await mob.close();
  });

  // 10. Fact sheets printed to PDF, A4 and US Letter, in every language; print-media layout.
  await section('print', async () => {
    const context = await newContext(browser, DESKTOP);
    const sheets = [];
    for (const lang of LANGS) {
      for (const p of ['factsheets/states/svn.html', 'factsheets/treaties/crpd.html']) sheets.push(`${lang}/${p}`);
    }
    await pool(sheets, opts.jobs, (p) =>
      withPage(context, url(p), async (page) => {
        await page.emulateMedia({ media: 'print' });
        await report.test('print layout', p, () => page.evaluate(print.printLayout));
        for (const format of ['A4', 'Letter']) {
          const file = path.join(opts.out, 'pdf', `${p.replace(/\//g, '-').replace(/\.html$/, '')}-${format}.pdf`);
          await report.test(`print to PDF (${format})`, p, () => print.printPdf(page, format, file));
        }
      }),
    );
    await context.close();
  });

  // 11. The ratification matrix with JavaScript: filters and sorting agree with the static table.
  await section('matrix', async () => {
    const off = await newContext(browser, { ...DESKTOP, javaScriptEnabled: false });
    const on = await newContext(browser, DESKTOP);
    await pool(LANGS, opts.jobs, async (lang) => {
      const p = `${lang}/ratifications.html`;
      const expected = await withPage(off, url(p), (page) => page.evaluate(matrix.staticCounts, 'CRPD'));
      if (!expected) return;
      await withPage(on, url(p), (page) => report.test('matrix filter and sort (JavaScript)', p, () => matrix.filterAndSort(page, 'CRPD', expected, lang)));
    });
    await off.close();
    await on.close();
  });

  // 12. The Nu HTML Checker's results.
  if (vnuRun) {
    console.log('== vnu (Nu HTML Checker, whole site)');
    const { errors, failure, ms } = await vnuRun;
    timings.push(['vnu', ms]);
    if (failure) {
      await report.test('Nu HTML Checker', opts.site, () => [{ rule: 'vnu run', element: '', message: String(failure) }]);
    } else {
      // One test per page and stylesheet; messages about no listed file (a crash) fail too.
      for (const file of [...listFiles(opts.site, ['.html']), ...listFiles(opts.site, ['.css'])]) {
        await report.test('Nu HTML Checker', path.relative(opts.site, file), () => errors.get(file) || []);
        errors.delete(file);
      }
      for (const [file, errs] of errors) await report.test('Nu HTML Checker', file, () => errs);
    }
  }
} finally {
  vnuAbort.abort(); // no-op once vnu has finished; stops it if the run crashed
  await browser.close();
  await server.close();
}

const { byCheck, passed, failed } = report.summary();
const seconds = ((Date.now() - started) / 1000).toFixed(1);
fs.writeFileSync(
  path.join(opts.out, 'report.json'),
  JSON.stringify({ axe: AXE_VERSION, axeTags: AXE_TAGS, seconds: Number(seconds), timings, notes: report.notes, results: report.results }, null, 1),
);
console.log('');
console.log('== summary');
for (const [check, s] of byCheck) console.log(`${check.padEnd(48)} ${String(s.passed).padStart(5)} passed ${String(s.failed).padStart(4)} failed`);
for (const [name, ms] of timings) console.log(`time ${name.padEnd(16)} ${(ms / 1000).toFixed(1)} s`);
if (report.notes.length) console.log(`${report.notes.length} note(s) (axe "needs review" items, not failures) in ${path.join(opts.out, 'report.json')}`);
if (failed) {
  console.log('');
  console.log('failures:');
  for (const r of report.results.filter((x) => !x.ok)) {
    for (const p of r.problems.slice(0, 5)) console.log(`  [${r.check}] ${r.page}: ${p.rule} — ${oneLine(p.element, 160)}`);
  }
}
console.log(`browser suite: ${seconds} s; screenshots and report.json in ${opts.out}`);
console.log(`browser: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
