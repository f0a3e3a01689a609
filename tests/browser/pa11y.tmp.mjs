import pa11y from 'pa11y';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
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
for (const u of process.argv.slice(2)) {
  const t0 = Date.now();
  const r = await pa11y(base + u, { runners: ['htmlcs'], standard: 'WCAG2AA', includeWarnings: false, includeNotices: false, timeout: 120000,
    chromeLaunchConfig: { executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] } });
  console.log(u, Date.now() - t0, 'ms', r.issues.length);
  for (const i of r.issues.slice(0, 10)) console.log('  ', i.type, i.code, i.selector, i.message.slice(0, 200), '|', (i.context||'').slice(0,120));
}
server.close();
