// Starts `suivi serve SITE --port 0` and waits for the address it prints first on standard output.
// Returns { url, log, stop }: `log()` is what the server printed on standard error so far.
import { spawn } from 'node:child_process';

export async function startServe(binary, site) {
  const server = spawn(binary, ['serve', site, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  server.stderr.on('data', (d) => { log += d; });
  const url = await new Promise((resolve, reject) => {
    let out = '';
    server.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/http:\/\/[\d.]+:\d+\//);
      if (m) resolve(m[0]);
    });
    server.on('exit', (code) => reject(new Error(`suivi serve exited (${code}): ${log}`)));
  });
  return { url, log: () => log, stop: () => server.kill() };
}
