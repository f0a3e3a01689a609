// The ratification matrix with JavaScript: filter by name, by status under an instrument, and
// sort by column; the count is announced. Expected values come from the static HTML (the table
// as served without JavaScript), so the check proves the script against the data.

/** Runs in the page before the script changes anything (JavaScript disabled context). */
export function staticCounts(abbr) {
  const heads = [...document.querySelectorAll('#matrix thead th')].map((th) => th.textContent.trim());
  const col = heads.indexOf(abbr);
  const rows = [...document.querySelectorAll('#matrix tbody tr')];
  const status = (td) => (/\brat-([a-z_]+)/.exec(td.className) || [])[1];
  return {
    col,
    total: rows.length,
    notParty: rows.filter((tr) => status(tr.cells[col]) !== 'party').length,
    party: rows.filter((tr) => status(tr.cells[col]) === 'party').length,
  };
}

export async function filterAndSort(page, abbr, expected, lang) {
  const problems = [];
  const fail = (rule, message) => problems.push({ rule, element: '#matrix', message });
  if (await page.locator('#matrix-tools').isHidden()) return [{ rule: 'matrix-tools', element: '#matrix-tools', message: 'still hidden with JavaScript on' }];
  await page.selectOption('#matrix-instrument', { label: abbr });
  await page.selectOption('#matrix-status', 'not_party');
  const visible = () => page.locator('#matrix tbody tr:not([hidden])').count();
  let n = await visible();
  if (n !== expected.notParty) fail('matrix-filter', `${abbr} not party: ${n} rows shown, the table says ${expected.notParty}`);
  const live = await page.locator('.matrix-count[role="status"]').textContent();
  if (!live.includes(String(expected.notParty)) || !live.includes(String(expected.total))) fail('matrix-count', `live region says "${live}"`);
  await page.selectOption('#matrix-status', 'party');
  n = await visible();
  if (n !== expected.party) fail('matrix-filter', `${abbr} party: ${n} rows, the table says ${expected.party}`);
  // A name filter on top: the first visible state's name narrows to it.
  const first = (await page.locator('#matrix tbody tr:not([hidden]) th').first().textContent()).trim();
  await page.fill('#matrix-name', first);
  n = await visible();
  if (n < 1 || n > 3) fail('matrix-name', `"${first}" leaves ${n} rows`);
  await page.fill('#matrix-name', '');
  await page.selectOption('#matrix-instrument', '');
  // Sort by the instrument: parties first, earliest year first; aria-sort says so.
  const th = page.locator('#matrix thead th').nth(expected.col);
  await th.locator('button').click();
  if ((await th.getAttribute('aria-sort')) !== 'ascending') fail('matrix-sort', 'aria-sort is not "ascending" after one click');
  const years = await page.$$eval(`#matrix tbody tr`, (rows, col) =>
    rows.filter((r) => /rat-party/.test(r.cells[col].className)).map((r) => parseInt(r.cells[col].textContent.replace(/\D/g, ''), 10) || 9999), expected.col);
  for (let i = 1; i < years.length; i++) if (years[i] < years[i - 1]) { fail('matrix-sort', `years out of order: ${years[i - 1]} before ${years[i]}`); break; }
  const firstRow = await page.$eval('#matrix tbody tr', (r, col) => r.cells[col].className, expected.col);
  if (!/rat-party/.test(firstRow)) fail('matrix-sort', `first row after sorting is ${firstRow}`);
  // Sort by state name, descending, in the page language's collation.
  const stateTh = page.locator('#matrix thead th').first();
  await stateTh.locator('button').click();
  await stateTh.locator('button').click();
  if ((await stateTh.getAttribute('aria-sort')) !== 'descending') fail('matrix-sort', 'state column is not "descending" after two clicks');
  const names = await page.$$eval('#matrix tbody th', (ths) => ths.map((t) => t.textContent.trim()));
  const sorted = [...names].sort(new Intl.Collator(lang).compare).reverse();
  if (names.join('|') !== sorted.join('|')) fail('matrix-sort', 'state names are not in descending collation order');
  return problems;
}
