// Keyboard: a skip link comes first and moves focus to <main>; every focusable element is reached
// by Tab, shows a visible focus indicator and is on screen when focused; Tab never gets stuck and
// comes back round; links work with Enter and the matrix scroll region scrolls with arrow keys.

const FOCUSABLE =
  'a[href], area[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), ' +
  'textarea:not([disabled]), iframe, summary, [tabindex]:not([tabindex="-1"]), [contenteditable=""], [contenteditable="true"]';

function markFocusable(selector) {
  const els = [...document.querySelectorAll(selector)].filter(
    (e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility === 'visible' && !e.closest('[inert]'),
  );
  els.forEach((e, i) => e.setAttribute('data-kb', String(i)));
  return els.map((e) => e.outerHTML.slice(0, 120));
}

function focusState() {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return { kb: null, tag: el ? el.tagName : null };
  const cs = getComputedStyle(el);
  const r = el.getBoundingClientRect();
  const parse = (c) => {
    const m = c.match(/rgba?\(([^)]+)\)/);
    if (!m) return null;
    const [r0, g, b, a = 1] = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
    return { r: r0, g, b, a };
  };
  const lum = ({ r: r0, g, b }) => {
    const f = (v) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * f(r0) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  let bg = { r: 255, g: 255, b: 255 };
  for (let e = el.parentElement; e; e = e.parentElement) {
    const c = parse(getComputedStyle(e).backgroundColor);
    if (c && c.a > 0) {
      bg = c;
      break;
    }
  }
  const oc = parse(cs.outlineColor);
  let outlineContrast = 0;
  if (oc) {
    const [x, y] = [lum(oc), lum(bg)].sort((p, q) => q - p);
    outlineContrast = (x + 0.05) / (y + 0.05);
  }
  return {
    kb: el.getAttribute('data-kb'),
    html: el.outerHTML.slice(0, 120),
    outline: `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}`,
    outlineVisible: cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2,
    outlineContrast,
    boxShadow: cs.boxShadow,
    inMain: !!el.closest('main'),
    id: el.id,
    isSkip: el.classList.contains('skip-link'),
    onScreen: r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth,
    rect: [Math.round(r.left), Math.round(r.top), Math.round(r.width), Math.round(r.height)],
  };
}

/** Skip link: first focusable, visible when focused, moves focus to main. */
export async function skipLink(page) {
  const problems = [];
  const list = await page.evaluate(markFocusable, FOCUSABLE);
  const hasMain = await page.evaluate(() => !!document.querySelector('main#main'));
  await page.keyboard.press('Tab');
  let s = await page.evaluate(focusState);
  const blocksBeforeMain = await page.evaluate(() => {
    const main = document.querySelector('main');
    return !!main && [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')].some(
      (e) => !main.contains(e) && !e.classList.contains('skip-link') && main.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_PRECEDING,
    );
  });
  if (!blocksBeforeMain && s.inMain) {
    // Nothing to bypass (the language chooser): the first Tab already lands in main.
    return problems;
  }
  if (!s.isSkip || s.kb !== '0') {
    problems.push({ rule: 'skip-link-first', element: s.html || String(s.tag), message: `first Tab focuses this, not a skip link (first focusable: ${list[0]})` });
    return problems;
  }
  if (!s.onScreen) problems.push({ rule: 'skip-link-visible', element: s.html, message: `focused skip link is off screen at ${s.rect}` });
  if (!s.outlineVisible && s.boxShadow === 'none') problems.push({ rule: 'focus-visible', element: s.html, message: `no focus indicator: outline ${s.outline}` });
  const href = await page.evaluate(() => document.activeElement.getAttribute('href'));
  if (href !== '#main' || !hasMain) problems.push({ rule: 'skip-link-target', element: s.html, message: `skip link points to ${href}; main#main exists: ${hasMain}` });
  await page.keyboard.press('Enter');
  s = await page.evaluate(focusState);
  const active = await page.evaluate(() => document.activeElement && document.activeElement.id);
  if (active !== 'main') problems.push({ rule: 'skip-link-moves-focus', element: s.html || '', message: `after Enter on the skip link focus is on "${active}", not main` });
  await page.keyboard.press('Tab');
  s = await page.evaluate(focusState);
  if (!s.inMain) problems.push({ rule: 'skip-link-sequential-focus', element: s.html || '', message: 'Tab after the skip link does not go to the first control inside main' });
  return problems;
}

/** Tab through the whole page; every focusable element is reached with a visible focus indicator. */
export async function tabThrough(page) {
  const problems = [];
  const list = await page.evaluate(markFocusable, FOCUSABLE);
  const n = list.length;
  const seen = new Set();
  let previous = null;
  let cycled = false;
  const maxPresses = n + 5;
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    const s = await page.evaluate(focusState);
    if (s.kb === null) {
      // Focus left the page's elements (the document itself or the browser's UI) between cycles.
      previous = null;
      continue;
    }
    if (s.kb === previous) {
      problems.push({ rule: 'no-keyboard-trap', element: s.html, message: `Tab leaves focus on the same element (press ${i + 1})` });
      break;
    }
    if (seen.has(s.kb)) {
      if (s.kb === '0' && seen.size === n) {
        cycled = true;
        break;
      }
      if (s.kb !== '0') {
        problems.push({ rule: 'tab-order-loop', element: s.html, message: `focus came back to an element before reaching all ${n} (reached ${seen.size})` });
        break;
      }
    }
    seen.add(s.kb);
    previous = s.kb;
    if (!s.outlineVisible && s.boxShadow === 'none') {
      problems.push({ rule: 'focus-visible', element: s.html, message: `no focus indicator: outline ${s.outline}, box-shadow ${s.boxShadow}` });
    } else if (s.outlineVisible && s.outlineContrast < 3) {
      problems.push({ rule: 'focus-indicator-contrast', element: s.html, message: `outline ${s.outline} has ${s.outlineContrast.toFixed(2)}:1 against its background` });
    }
    if (!s.onScreen) problems.push({ rule: 'focus-on-screen', element: s.html, message: `focused element is off screen at ${s.rect}` });
    if (problems.length > 20) break;
  }
  if (seen.size < n) {
    const missing = [];
    for (let i = 0; i < n; i++) if (!seen.has(String(i))) missing.push(list[i]);
    problems.push({ rule: 'all-reachable', element: missing.slice(0, 3).join(' | '), message: `${missing.length} of ${n} focusable elements never received focus by Tab` });
  } else if (!cycled) {
    problems.push({ rule: 'tab-cycles', element: '', message: `after ${maxPresses} presses focus did not come back to the skip link` });
  }
  return problems;
}

/** Enter on a main navigation link follows it; the target page marks it current. */
export async function enterFollowsLink(page, hrefSuffix) {
  await page.evaluate(markFocusable, FOCUSABLE);
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const href = await page.evaluate(() => document.activeElement && document.activeElement.getAttribute('href'));
    const inNav = await page.evaluate(() => !!(document.activeElement && document.activeElement.closest('nav.main-nav')));
    if (inNav && href && href.endsWith(hrefSuffix)) {
      const label = await page.evaluate(() => document.activeElement.textContent.trim());
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press('Enter')]);
      const url = page.url();
      const current = await page.evaluate(() => {
        const a = document.querySelector('nav.main-nav a[aria-current="page"]');
        return a ? a.textContent.trim() : null;
      });
      const h1 = await page.evaluate(() => (document.querySelector('h1') || {}).textContent || '');
      const problems = [];
      if (!url.endsWith(hrefSuffix)) problems.push({ rule: 'enter-follows-link', element: label, message: `Enter led to ${url}` });
      if (current !== label) problems.push({ rule: 'nav-current', element: label, message: `target page marks "${current}" as current` });
      if (!h1.trim()) problems.push({ rule: 'target-h1', element: url, message: 'target page has no h1 text' });
      return problems;
    }
  }
  return [{ rule: 'enter-follows-link', element: hrefSuffix, message: `no main navigation link to ${hrefSuffix} reached with Tab` }];
}

/** The matrix's scroll region takes focus with Tab and scrolls with the arrow keys. */
export async function scrollRegion(page, rtl) {
  await page.evaluate(markFocusable, FOCUSABLE);
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const isRegion = await page.evaluate(() => !!(document.activeElement && document.activeElement.matches('.table-scroll')));
    if (!isRegion) continue;
    const before = await page.evaluate(() => {
      const r = document.activeElement;
      return { left: r.scrollLeft, scrollable: r.scrollWidth > r.clientWidth, name: r.getAttribute('aria-labelledby') };
    });
    if (!before.scrollable) return [{ rule: 'scroll-region', element: '.table-scroll', message: 'the matrix does not overflow its region at this width: test needs a narrower viewport' }];
    for (let k = 0; k < 5; k++) await page.keyboard.press(rtl ? 'ArrowLeft' : 'ArrowRight');
    // The suite turns smooth scrolling off; still, give a busy machine up to 5 s.
    let after = before.left;
    for (let t = 0; t < 50 && Math.abs(after - before.left) < 10; t++) {
      await page.waitForTimeout(100);
      after = await page.evaluate(() => document.activeElement.scrollLeft);
    }
    if (Math.abs(after - before.left) < 10) return [{ rule: 'scroll-region-keyboard', element: '.table-scroll', message: `arrow keys did not scroll the region (scrollLeft ${before.left} -> ${after})` }];
    return [];
  }
  return [{ rule: 'scroll-region-focusable', element: '.table-scroll', message: 'the matrix scroll region was not reached with Tab' }];
}
