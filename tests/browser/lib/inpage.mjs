// Functions that run inside the page (passed to page.evaluate). Each returns a list of problems
// { rule, element, message }; an empty list means the check passed. They must be self-contained.

/** No horizontal scrolling of the document; names the elements that stick out. */
export function horizontalOverflow() {
  const de = document.documentElement;
  const cw = de.clientWidth;
  if (de.scrollWidth <= cw && document.body.scrollWidth <= cw) return [];
  const describe = (el) => {
    let s = el.tagName.toLowerCase();
    if (el.id) s += '#' + el.id;
    if (el.className && typeof el.className === 'string') s += '.' + el.className.trim().split(/\s+/).join('.');
    return s;
  };
  const out = [];
  for (const el of document.querySelectorAll('body *')) {
    if (el.closest('.table-scroll, .visually-hidden')) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (r.right > cw + 1 || r.left < -1) {
      // Report the outermost offender only.
      const parent = el.parentElement && el.parentElement.getBoundingClientRect();
      if (parent && (parent.right > cw + 1 || parent.left < -1) && el.parentElement !== document.body) continue;
      out.push({
        rule: 'no-horizontal-scroll',
        element: describe(el) + ' ' + el.outerHTML.slice(0, 160),
        message: `document scrolls horizontally: scrollWidth ${de.scrollWidth} > clientWidth ${cw}; this element spans ${Math.round(r.left)}..${Math.round(r.right)} px`,
      });
      if (out.length >= 10) break;
    }
  }
  if (out.length === 0) {
    out.push({ rule: 'no-horizontal-scroll', element: 'html', message: `scrollWidth ${de.scrollWidth} > clientWidth ${cw}` });
  }
  return out;
}

/** Nothing clipped: no element hides overflowing content (overflow hidden or clip). */
export function clippedContent() {
  const out = [];
  for (const el of document.querySelectorAll('body *')) {
    if (el.closest('.visually-hidden')) continue;
    const cs = getComputedStyle(el);
    const hides = (v) => v === 'hidden' || v === 'clip';
    if (!hides(cs.overflowX) && !hides(cs.overflowY)) continue;
    if (el.clientWidth === 0 && el.clientHeight === 0) continue;
    const x = hides(cs.overflowX) && el.scrollWidth > el.clientWidth + 1;
    const y = hides(cs.overflowY) && el.scrollHeight > el.clientHeight + 1;
    if (x || y) {
      out.push({
        rule: 'no-clipped-content',
        element: el.outerHTML.slice(0, 160),
        message: `content clipped: scroll ${el.scrollWidth}x${el.scrollHeight} in a box of ${el.clientWidth}x${el.clientHeight}`,
      });
    }
  }
  return out;
}

/**
 * WCAG 2.5.8 target size (minimum) for navigation, pagination and language-switcher targets: each
 * is at least 24x24 CSS px, or a 24 px circle centred on it touches no other target and no other
 * undersized target's circle. Inline links in sentences are exempt by the criterion, so not tested.
 */
export function targetSizes() {
  const sel = '.site-header a, .pagination a, .language-list a, .skip-link';
  const els = [...document.querySelectorAll(sel)].filter((e) => e.getClientRects().length > 0);
  const rects = els.map((e) => e.getBoundingClientRect());
  const small = rects.map((r) => r.width < 23.99 || r.height < 23.99);
  const out = [];
  els.forEach((el, i) => {
    if (!small[i]) return;
    const r = rects[i];
    const cx = r.left + r.width / 2;
    const cy = r.top + r.height / 2;
    for (let j = 0; j < els.length; j++) {
      if (j === i) continue;
      const o = rects[j];
      const dx = Math.max(o.left - cx, 0, cx - o.right);
      const dy = Math.max(o.top - cy, 0, cy - o.bottom);
      const touchesTarget = Math.hypot(dx, dy) < 12;
      const oc = [o.left + o.width / 2, o.top + o.height / 2];
      const touchesCircle = small[j] && Math.hypot(oc[0] - cx, oc[1] - cy) < 24;
      if (touchesTarget || touchesCircle) {
        out.push({
          rule: 'target-size-2.5.8',
          element: el.outerHTML.slice(0, 160),
          message: `target is ${r.width.toFixed(1)}x${r.height.toFixed(1)} px and too close to ${els[j].outerHTML.slice(0, 80)}`,
        });
        return;
      }
    }
  });
  return out;
}

/** Right-to-left layout of an Arabic page, checked on computed boxes. */
export function rtlLayout(requireIsolates) {
  const out = [];
  const html = document.documentElement;
  if (html.getAttribute('dir') !== 'rtl') out.push({ rule: 'html-dir-rtl', element: '<html>', message: `dir="${html.getAttribute('dir')}"` });
  if (getComputedStyle(document.body).direction !== 'rtl') out.push({ rule: 'body-direction-rtl', element: '<body>', message: 'computed direction is not rtl' });

  // Navigation: the first item is at the right of the last one (on the same line).
  for (const nav of document.querySelectorAll('nav.main-nav, nav.languages, nav.pagination')) {
    const items = [...nav.querySelectorAll(':scope > ul > li')];
    if (items.length < 2) continue;
    const a = items[0].getBoundingClientRect();
    const b = items[items.length - 1].getBoundingClientRect();
    const sameLine = Math.abs(a.top - b.top) < 2;
    if (sameLine ? !(a.left > b.right - 1) : !(a.right >= b.right - 1)) {
      out.push({
        rule: 'nav-mirrored',
        element: `nav.${nav.className} first item ${items[0].textContent.trim()} / last item ${items[items.length - 1].textContent.trim()}`,
        message: `first item spans ${Math.round(a.left)}..${Math.round(a.right)}, last ${Math.round(b.left)}..${Math.round(b.right)}: first item should be at the right`,
      });
    }
  }

  // Tables: the first column is at the right.
  for (const table of document.querySelectorAll('table')) {
    const row = table.querySelector('tr');
    if (!row || row.cells.length < 2) continue;
    const first = row.cells[0].getBoundingClientRect();
    const second = row.cells[1].getBoundingClientRect();
    const t = table.getBoundingClientRect();
    if (!(first.left >= second.right - 1 && Math.abs(first.right - t.right) < 2)) {
      out.push({
        rule: 'table-mirrored',
        element: table.outerHTML.slice(0, 120),
        message: `first column spans ${Math.round(first.left)}..${Math.round(first.right)}, second ${Math.round(second.left)}..${Math.round(second.right)}, table ${Math.round(t.left)}..${Math.round(t.right)}`,
      });
    }
  }

  // Symbols and numbers: isolated and drawn left to right. For every <bdi> and .symbol holding
  // no Arabic letter, the first character is drawn at the left of the last one; those holding
  // a Latin letter (document symbols such as A/HRC/59/15) also compute `direction: ltr`.
  const arabic = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
  const charBox = (node, i) => {
    const r = document.createRange();
    r.setStart(node, i);
    r.setEnd(node, i + 1);
    return r.getBoundingClientRect();
  };
  let checked = 0;
  for (const el of document.querySelectorAll('bdi, .symbol')) {
    const text = el.textContent;
    if (arabic.test(text) || text.trim().length < 2) continue;
    if (el.getClientRects().length !== 1) continue; // wrapped or hidden: positions not comparable
    if (el.closest('.visually-hidden')) continue;
    const node = el.firstChild;
    if (!node || node.nodeType !== Node.TEXT_NODE || node.data !== text) continue;
    const s = text.search(/\S/);
    const e = text.length - 1 - [...text].reverse().join('').search(/\S/);
    if (e <= s) continue;
    const first = charBox(node, s);
    const last = charBox(node, e);
    checked++;
    if (!(first.left < last.left)) {
      out.push({ rule: 'ltr-isolate-order', element: el.outerHTML.slice(0, 120), message: `"${text}" is drawn right to left (first character at x=${Math.round(first.left)}, last at x=${Math.round(last.left)})` });
    }
    if (/[A-Za-z]/.test(text) && getComputedStyle(el).direction !== 'ltr') {
      out.push({ rule: 'ltr-isolate-direction', element: el.outerHTML.slice(0, 120), message: `"${text}" computes direction ${getComputedStyle(el).direction}` });
    }
  }
  // Any document symbol written in a text node outside such an isolate.
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const symbol = /\b[A-Z]{1,6}\/[A-Z0-9][A-Za-z0-9.\-]*(\/[A-Za-z0-9.\-]+)+/;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!symbol.test(n.data)) continue;
    const p = n.parentElement;
    if (p.closest('.visually-hidden, title, script, style')) continue;
    // Texts from the records (recommendation texts, narratives, pages) carry their own lang and
    // dir: their wording is the source's. Only what suivi writes around them is checked here.
    const block = p.closest('[lang]');
    if (block && block !== document.documentElement) continue;
    if (getComputedStyle(p).direction !== 'ltr') {
      out.push({ rule: 'symbol-not-isolated', element: p.outerHTML.slice(0, 160), message: `document symbol "${n.data.match(symbol)[0]}" sits in right-to-left text without an ltr isolate` });
    }
  }
  if (requireIsolates && checked === 0) out.push({ rule: 'ltr-isolate-order', element: '', message: 'no left-to-right isolate (bdi, .symbol) found to check on this page' });
  return out;
}

/** Forced colours: every .status label is visible text with a readable colour and a border. */
export function forcedColorStatuses() {
  const parse = (c) => {
    const m = c.match(/rgba?\(([^)]+)\)/);
    if (!m) return null;
    const [r, g, b, a = 1] = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
    return { r, g, b, a };
  };
  const lum = ({ r, g, b }) => {
    const f = (v) => {
      v /= 255;
      return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const ratio = (a, b) => {
    const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
    return (x + 0.05) / (y + 0.05);
  };
  const background = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c && c.a > 0) return c;
    }
    return { r: 255, g: 255, b: 255, a: 1 };
  };
  const out = [];
  const statuses = [...document.querySelectorAll('.status')];
  if (statuses.length === 0) out.push({ rule: 'status-present', element: '', message: 'no .status label on this page' });
  if (!matchMedia('(forced-colors: active)').matches) out.push({ rule: 'forced-colors-emulated', element: '', message: 'forced-colors media query does not match' });
  for (const el of statuses) {
    const r = el.getBoundingClientRect();
    const text = el.textContent.trim();
    const cs = getComputedStyle(el);
    const fg = parse(cs.color);
    const bg = background(el);
    const contrast = fg ? ratio(fg, bg) : 0;
    const where = el.outerHTML.slice(0, 140);
    if (r.width < 1 || r.height < 1 || cs.visibility !== 'visible' || Number(cs.opacity) < 1) {
      out.push({ rule: 'status-visible', element: where, message: `status box ${r.width}x${r.height}, visibility ${cs.visibility}, opacity ${cs.opacity}` });
    }
    if (!text) out.push({ rule: 'status-text', element: where, message: 'status label has no text' });
    if (contrast < 4.5) out.push({ rule: 'status-text-contrast', element: where, message: `text ${cs.color} on ${JSON.stringify(bg)}: ${contrast.toFixed(2)}:1` });
    const bw = parseFloat(cs.borderInlineStartWidth);
    const bc = parse(cs.borderInlineStartColor);
    if (!(bw >= 1) || !bc || ratio(bc, bg) < 3) {
      out.push({ rule: 'status-border', element: where, message: `border-inline-start ${cs.borderInlineStartWidth} ${cs.borderInlineStartColor}` });
    }
    const icon = el.querySelector('.status-icon');
    if (icon) {
      const ir = icon.getBoundingClientRect();
      const ic = parse(getComputedStyle(icon).color);
      if (ir.width < 1 || ir.height < 1 || !ic || ratio(ic, background(icon)) < 3) {
        out.push({ rule: 'status-icon-visible', element: icon.outerHTML, message: `icon ${ir.width}x${ir.height}, colour ${getComputedStyle(icon).color}` });
      }
    }
  }
  return out;
}

/** Nothing moves when the reader asks for reduced motion. */
export function noMotion() {
  const out = [];
  if (!matchMedia('(prefers-reduced-motion: reduce)').matches) out.push({ rule: 'reduced-motion-emulated', element: '', message: 'prefers-reduced-motion does not match' });
  const running = document.getAnimations();
  if (running.length) out.push({ rule: 'no-animation', element: String(running[0].effect && running[0].effect.target && running[0].effect.target.outerHTML).slice(0, 140), message: `${running.length} animation(s) or transition(s) running` });
  for (const el of document.querySelectorAll('*')) {
    const cs = getComputedStyle(el);
    const longest = (v) => Math.max(...v.split(',').map((x) => parseFloat(x) || 0));
    if (longest(cs.transitionDuration) > 0 || (cs.animationName !== 'none' && longest(cs.animationDuration) > 0) || cs.scrollBehavior === 'smooth') {
      out.push({ rule: 'no-motion-css', element: el.outerHTML.slice(0, 140), message: `transition ${cs.transitionDuration}, animation ${cs.animationName} ${cs.animationDuration}, scroll-behavior ${cs.scrollBehavior}` });
      break;
    }
  }
  return out;
}
