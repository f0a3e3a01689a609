import { chromium } from 'playwright-core';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const root = '/tmp/site';
const server = http.createServer((req, res) => {
  let p = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (p.endsWith('/')) p += 'index.html';
  const f = path.join(root, p);
  fs.readFile(f, (e, d) => { if (e) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { 'content-type': f.endsWith('.css') ? 'text/css' : 'text/html; charset=utf-8' }); res.end(d); });
});
await new Promise(r => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const width = Number(process.env.W || 1280);
const page = await browser.newPage({ viewport: { width, height: 900 } });
for (const u of process.argv.slice(2)) {
  const t0 = Date.now();
  await page.goto(base + u);
  await page.evaluate(axeSource);
  const r = await page.evaluate(() => axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22aa'] }, resultTypes: ['violations'] }));
  console.log(u, Date.now() - t0, 'ms', r.violations.length);
  for (const v of r.violations) { console.log('  ', v.id, v.impact, v.help, v.nodes.length); for (const n of v.nodes.slice(0,3)) console.log('     ', n.target.join(' '), n.failureSummary.replace(/\n/g,' | ').slice(0,300)); }
}
await browser.close(); server.close();
