// Fact sheets in print: each is printed to PDF by Chromium on A4 and on US Letter, in the six
// languages; the PDF must have pages of the right size, and under print media the navigation is
// gone, table heads repeat and table rows do not split. The PDFs are kept for a human to look at
// (pdftoppm renders them to PNG; docs/printing.md).
import fs from 'node:fs';
import path from 'node:path';

const SIZES = { A4: [595.92, 842.88], Letter: [612, 792] };

/** Page sizes of a PDF written by Chromium (its MediaBox entries), in points. */
export function pdfPages(bytes) {
  const text = bytes.toString('latin1');
  if (!text.startsWith('%PDF-')) return null;
  const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
  return boxes;
}

/** Prints `page` to a PDF of `format` in `dir`; returns problems. */
export async function printPdf(page, format, file) {
  const problems = [];
  const bytes = await page.pdf({ format, printBackground: true });
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, bytes);
  const boxes = pdfPages(Buffer.from(bytes));
  if (!boxes) return [{ rule: 'pdf', element: file, message: 'not a PDF' }];
  if (!boxes.length) problems.push({ rule: 'pdf-pages', element: file, message: 'no page' });
  const [w, h] = SIZES[format];
  for (const [bw, bh] of boxes) {
    if (Math.abs(bw - w) > 2 || Math.abs(bh - h) > 2) {
      problems.push({ rule: 'pdf-page-size', element: file, message: `page is ${bw}×${bh} pt, ${format} is ${w}×${h}` });
      break;
    }
  }
  return problems;
}

/** In print media: no navigation, repeating table heads, rows that do not split. */
export function printLayout() {
  const problems = [];
  const shown = (el) => el && getComputedStyle(el).display !== 'none';
  for (const sel of ['nav.main-nav', 'nav.languages', '.skip-link', '.screen-only', '.site-footer']) {
    for (const el of document.querySelectorAll(sel)) {
      if (shown(el)) problems.push({ rule: 'print-hidden', element: sel, message: 'shown in print' });
    }
  }
  for (const thead of document.querySelectorAll('thead')) {
    if (getComputedStyle(thead).display !== 'table-header-group') {
      problems.push({ rule: 'print-thead', element: 'thead', message: 'does not repeat on each page' });
    }
  }
  const row = document.querySelector('.factsheet-table tbody tr');
  if (!row) problems.push({ rule: 'print-table', element: '.factsheet-table', message: 'no table rows' });
  else if (getComputedStyle(row).breakInside !== 'avoid') {
    problems.push({ rule: 'print-rows', element: 'tr', message: `break-inside is ${getComputedStyle(row).breakInside}` });
  }
  const asOf = document.querySelector('.factsheet .as-of');
  if (!asOf || !/\d{4}/.test(asOf.textContent)) {
    problems.push({ rule: 'as-of', element: '.factsheet', message: 'no "as of" date' });
  }
  return problems;
}
