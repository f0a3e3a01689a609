// pa11y with the HTML_CodeSniffer runner, standard WCAG2AA. axe-core's colour-contrast rule skips
// Arabic text (its icon-ligature heuristic misreads cursive joining), HTML_CodeSniffer does not.
import pa11y from 'pa11y';
import { createRequire } from 'node:module';
import { CHROMIUM, CHROMIUM_ARGS } from '../lib/browser.mjs';

const require = createRequire(import.meta.url);
// pa11y drives Chromium through its own Puppeteer; take that very copy, so versions match.
const puppeteer = require(require.resolve('puppeteer', { paths: [require.resolve('pa11y')] }));

export async function launchPa11yBrowser() {
  return puppeteer.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

export async function runPa11y(browser, url) {
  const page = await browser.newPage();
  try {
    const result = await pa11y(url, {
      browser,
      page,
      runners: ['htmlcs'],
      standard: 'WCAG2AA',
      includeNotices: false,
      includeWarnings: false,
      timeout: 120000,
      viewport: { width: 1280, height: 900 },
    });
    return result.issues
      .filter((i) => i.type === 'error')
      .map((i) => ({ rule: `${i.code}`, element: `${i.selector}  ${i.context || ''}`, message: i.message }));
  } finally {
    await page.close().catch(() => {});
  }
}
