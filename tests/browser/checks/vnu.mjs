// The Nu HTML Checker (vnu.jar from npm `vnu-jar`) on the built pages, run with the system's Java.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
export const VNU_JAR = path.join(path.dirname(require.resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');

/** Every file under `dir` whose name ends in one of `exts`. */
export function listFiles(dir, exts) {
  const out = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (exts.some((x) => e.name.endsWith(x))) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * Validates `targets` (files or folders; with `css: true` as CSS, else the HTML files in them) in
 * one Java run and returns a Map file -> list of errors. Warnings are not errors and are left out.
 */
export async function runVnu(targets, { css = false, signal } = {}) {
  const args = ['-Xss1024k', '-jar', VNU_JAR, '--errors-only', '--format', 'json', '--exit-zero-always'];
  args.push(css ? '--css' : '--skip-non-html');
  const stderr = await new Promise((resolve, reject) => {
    const chunks = [];
    const child = spawn('java', [...args, ...targets], { stdio: ['ignore', 'ignore', 'pipe'], signal });
    child.stderr.on('data', (d) => chunks.push(d));
    child.on('error', reject);
    child.on('close', (code) => {
      const text = Buffer.concat(chunks).toString('utf8');
      if (code !== 0) reject(new Error(`vnu exited with ${code}: ${text.slice(0, 2000)}`));
      else resolve(text);
    });
  });
  let json;
  try {
    json = JSON.parse(stderr);
  } catch {
    throw new Error(`vnu did not print JSON: ${stderr.slice(0, 2000)}`);
  }
  const errors = new Map();
  for (const m of json.messages) {
    if (m.type !== 'error' && m.type !== 'non-document-error') continue;
    const file = m.url ? decodeURIComponent(new URL(m.url).pathname) : '(vnu)';
    const list = errors.get(file) || [];
    list.push({
      rule: `vnu ${m.type}${m.subType ? ' ' + m.subType : ''}`,
      element: `line ${m.lastLine ?? '?'}, column ${m.firstColumn ?? m.lastColumn ?? '?'}: ${m.extract || ''}`,
      message: m.message,
    });
    errors.set(file, list);
  }
  return errors;
}
