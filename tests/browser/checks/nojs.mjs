// With JavaScript disabled and reduced motion requested, a reader can use the core pages: the
// language chooser, the main navigation, pagination, the language switcher and the skip link.

const h1Of = async (page) => ((await page.locator('h1').first().textContent()) || '').trim();

/** Sanity: scripting really is off in this context (a <noscript> body is parsed as elements). */
export async function scriptingOff(context) {
  const page = await context.newPage();
  try {
    await page.setContent('<!DOCTYPE html><title>t</title><noscript><p id="off">off</p></noscript>');
    const off = await page.locator('#off').count();
    return off === 1 ? [] : [{ rule: 'javascript-disabled', element: '', message: 'scripting is not disabled in the no-JavaScript context' }];
  } finally {
    await page.close();
  }
}

/** Language chooser -> home in `lang`; then every main navigation link from the home page. */
export async function navigation(context, base, lang) {
  const problems = [];
  const page = await context.newPage();
  try {
    await page.goto(base + 'index.html');
    await Promise.all([page.waitForURL(`**/${lang}/index.html`), page.locator(`.language-list a[href^="${lang}/"]`).click()]);
    const htmlLang = await page.locator('html').getAttribute('lang');
    if (!htmlLang || !htmlLang.startsWith(lang)) problems.push({ rule: 'chooser-link', element: lang, message: `chooser led to a page with lang="${htmlLang}"` });
    if (!(await h1Of(page))) problems.push({ rule: 'home-h1', element: page.url(), message: 'home page has no h1' });

    const links = page.locator('nav.main-nav a');
    const count = await links.count();
    if (count < 5) problems.push({ rule: 'main-nav', element: 'nav.main-nav', message: `only ${count} links` });
    const home = page.url();
    for (let i = 0; i < count; i++) {
      await page.goto(home);
      const link = page.locator('nav.main-nav a').nth(i);
      const label = ((await link.textContent()) || '').trim();
      const href = await link.getAttribute('href');
      const target = new URL(href, home).href;
      await Promise.all([page.waitForURL(target), link.click()]);
      if (page.url() !== target) problems.push({ rule: 'nav-link-followed', element: label, message: `clicked ${href}, landed on ${page.url()}` });
      const h1 = await h1Of(page);
      if (!h1) problems.push({ rule: 'target-h1', element: label, message: `${page.url()} has no h1 text` });
      const current = await page.locator('nav.main-nav a[aria-current="page"]').allTextContents();
      if (current.length !== 1 || current[0].trim() !== label) {
        problems.push({ rule: 'nav-current', element: label, message: `target page marks ${JSON.stringify(current)} as current` });
      }
    }
  } finally {
    await page.close();
  }
  return problems;
}

/** Pagination, language switcher and skip link, without JavaScript. */
export async function otherLinks(context, base, lang) {
  const problems = [];
  const page = await context.newPage();
  try {
    await page.goto(`${base}${lang}/recommendations/index.html`);
    const h1 = await h1Of(page);
    const second = page.locator('nav.pagination a').nth(1);
    await Promise.all([page.waitForURL('**/index-2.html'), second.click()]);
    if ((await h1Of(page)) !== h1) problems.push({ rule: 'pagination', element: 'nav.pagination a[2]', message: `page 2 h1 is "${await h1Of(page)}"` });
    const cur = await page.locator('nav.pagination a[aria-current="page"]').allTextContents();
    if (cur.length !== 1 || cur[0].trim() !== (await second.textContent()).trim()) problems.push({ rule: 'pagination-current', element: 'nav.pagination', message: `current: ${JSON.stringify(cur)}` });

    await page.goto(`${base}${lang}/recommendations/uhri-1313c55e.html`);
    const other = lang === 'fr' ? 'ar' : 'fr';
    const switcher = page.locator(`nav.languages a[href*="/${other}/"]`);
    await Promise.all([page.waitForURL(`**/${other}/recommendations/uhri-1313c55e.html`), switcher.click()]);
    const htmlLang = await page.locator('html').getAttribute('lang');
    if (htmlLang !== other) problems.push({ rule: 'language-switcher', element: `nav.languages → ${other}`, message: `landed on lang="${htmlLang}"` });

    await page.goto(`${base}${lang}/pages/about.html`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(50);
    if (!page.url().endsWith('#main')) problems.push({ rule: 'skip-link-no-js', element: '.skip-link', message: `Enter on the skip link left the URL at ${page.url()}` });
  } finally {
    await page.close();
  }
  return problems;
}
