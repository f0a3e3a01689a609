// Full-text search (Pagefind, docs/search.md): a query in the page's language finds the expected
// recommendation, the count is announced in a live region, results are reachable by keyboard, and
// without JavaScript the page says so and links to the browse pages.

// [lang, query, page that must be among the results]. The Chinese queries have no spaces: the
// index was segmented at build time. The Arabic one needs stemming-free exact words.
export const QUERIES = [
  ['zh', '母乳喂养', 'zh/recommendations/uhri-9015d8e7.html'],
  ['zh', '法轮功', 'zh/recommendations/uhri-1313c55e.html'],
  ['ar', 'الرضاعة الطبيعية', 'ar/recommendations/uhri-9015d8e7.html'],
  ['ar', 'الفالون غونغ', 'ar/recommendations/uhri-1313c55e.html'],
  ['en', 'breastfeeding', 'en/recommendations/uhri-9015d8e7.html'],
  ['fr', 'allaitement maternel exclusif', 'fr/recommendations/uhri-9015d8e7.html'],
  ['ru', 'грудного вскармливания', 'ru/recommendations/uhri-9015d8e7.html'],
  ['es', 'lactancia materna', 'es/recommendations/uhri-9015d8e7.html'],
  // A reservation's text is indexed on the page of the state that made it (not the treaty's).
  ['en', 'maternity leave with pay', 'en/states/aus.html'],
];

/** Runs `query` on the loaded search page; returns the result hrefs (resolved to site paths). */
export async function runQuery(page, base, query) {
  await page.locator('#search-input').waitFor({ state: 'visible', timeout: 30000 });
  await page.locator('#search-input').focus();
  await page.keyboard.type(query);
  await page.keyboard.press('Enter');
  await page.locator('#search-results li a').first().waitFor({ timeout: 30000 }).catch(() => {});
  const hrefs = await page.locator('#search-results li a').evaluateAll((as) => as.map((a) => a.href));
  return hrefs.map((h) => h.replace(base, ''));
}

/** The query finds `expected`; the count is in the live region; Tab reaches the first result. */
export async function finds(page, base, query, expected) {
  const problems = [];
  const hrefs = await runQuery(page, base, query);
  if (!hrefs.includes(expected)) {
    problems.push({ rule: 'search-finds', element: query, message: `expected ${expected} among ${hrefs.length} results: ${hrefs.slice(0, 5).join(', ')}` });
  }
  const status = page.locator('#search-status');
  const live = await status.evaluate((el) => [el.getAttribute('role'), el.getAttribute('aria-live')].join(' '));
  if (live !== 'status polite') problems.push({ rule: 'search-live-region', element: '#search-status', message: `role/aria-live: ${live}` });
  const text = ((await status.textContent()) || '').trim();
  if (!text || !/\d|一|واحدة|نتيجتان/.test(text)) problems.push({ rule: 'search-count', element: '#search-status', message: `status says "${text}"` });
  // Input → submit button → first result link.
  await page.locator('#search-input').focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement && document.activeElement.closest('#search-results') ? document.activeElement.href : null);
  if (!focused) problems.push({ rule: 'search-keyboard', element: query, message: 'two Tabs from the field do not reach the first result' });
  // The query is in the address, so that a search can be linked and reloaded.
  if (new URL(page.url()).searchParams.get('q') !== query) problems.push({ rule: 'search-url', element: page.url(), message: 'q= is not in the address' });
  return problems;
}

/** Without JavaScript: the notice and its links are shown, the search form is not. */
export async function withoutJs(page) {
  const problems = [];
  if (!(await page.locator('#search-nojs').isVisible())) problems.push({ rule: 'search-nojs-notice', element: '#search-nojs', message: 'no notice without JavaScript' });
  if (await page.locator('#search').isVisible()) problems.push({ rule: 'search-nojs-form', element: '#search', message: 'a search form that cannot work is shown' });
  const links = await page.locator('#search-nojs a').count();
  if (links < 3) problems.push({ rule: 'search-nojs-links', element: '#search-nojs', message: `${links} browse links` });
  return problems;
}
