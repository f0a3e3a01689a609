// Faceted filtering (docs/search.md): with JavaScript, the filter page combines facets and
// announces the count; without it, the state × position pages give the same count. The expected
// count comes from the open-data CSV (data/en/recommendations.csv), which is built by other code.
import fs from 'node:fs';
import path from 'node:path';

/** Recommendations of `state` (ISO code) with UPR position `position`, counted in the CSV. */
export function expectedCount(site, state, position) {
  const text = fs.readFileSync(path.join(site, 'data/en/recommendations.csv'), 'utf8');
  // A small CSV reader: quoted fields may hold commas, quotes ("") and newlines.
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; }
    else if (c !== '\r') field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  const [head, ...data] = rows;
  const s = head.indexOf('state');
  const p = head.indexOf('position');
  const m = head.indexOf('mechanism');
  return data.filter((r) => r[s] === state && r[p] === position && r[m] === 'upr').length;
}

const numbers = (text) => (text.match(/\d[\d\s,.\u00a0\u202f]*/g) || []).map((n) => Number(n.replace(/\D/g, '')));

/** With JavaScript: choose the two facets by keyboard-free selection, read the live count. */
export async function withJs(page, state, position, expected) {
  const problems = [];
  await page.locator('#filter').waitFor({ state: 'visible', timeout: 30000 });
  for (const [facet, key] of [['states', state.toLowerCase()], ['positions', position]]) {
    const value = await page.locator(`#facet-${facet} option[data-key="${key}"]`).getAttribute('value');
    await page.locator(`#facet-${facet}`).selectOption(value);
  }
  const status = page.locator('#filter-status');
  const live = await status.evaluate((el) => `${el.getAttribute('role')} ${el.getAttribute('aria-live')}`);
  if (live !== 'status polite') problems.push({ rule: 'filter-live-region', element: '#filter-status', message: live });
  const text = ((await status.textContent()) || '').trim();
  if (!numbers(text).includes(expected)) problems.push({ rule: 'filter-count-js', element: '#filter-status', message: `says "${text}", expected ${expected}` });
  const items = await page.locator('#filter-results li').count();
  if (items !== Math.min(50, expected)) problems.push({ rule: 'filter-list-js', element: '#filter-results', message: `${items} items listed, expected ${Math.min(50, expected)}` });
  const q = new URL(page.url()).searchParams;
  if (q.get('states') !== state.toLowerCase() || q.get('positions') !== position) problems.push({ rule: 'filter-url', element: page.url(), message: 'the facets are not in the address' });
  return problems;
}

/** Without JavaScript: state page → its position link → the count and the list. */
export async function withoutJs(page, base, lang, state, position, expected) {
  const problems = [];
  await page.goto(`${base}${lang}/states/${state.toLowerCase()}/index.html`);
  const link = page.locator(`a[href$="${state.toLowerCase()}/${position}/index.html"]`).first();
  if (!(await link.count())) return [{ rule: 'filter-nojs-link', element: page.url(), message: `no link to the ${position} recommendations` }];
  await Promise.all([page.waitForURL(`**/${state.toLowerCase()}/${position}/index.html`), link.click()]);
  const text = ((await page.locator('main h1 + p').textContent()) || '').trim();
  if (!numbers(text).includes(expected)) problems.push({ rule: 'filter-count-nojs', element: page.url(), message: `says "${text}", expected ${expected}` });
  const items = await page.locator('main ol.rec-list > li').count();
  if (items !== Math.min(50, expected)) problems.push({ rule: 'filter-list-nojs', element: page.url(), message: `${items} items, expected ${Math.min(50, expected)}` });
  // The filter page itself lists the one-facet pages.
  await page.goto(`${base}${lang}/recommendations/filter.html`);
  if (await page.locator('#filter').isVisible()) problems.push({ rule: 'filter-nojs-form', element: '#filter', message: 'a filter form that cannot work is shown' });
  const links = await page.locator('#filter-nojs a').count();
  if (links < 10) problems.push({ rule: 'filter-nojs-links', element: '#filter-nojs', message: `${links} links` });
  return problems;
}
