// axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA rules. Injected through the DevTools protocol,
// so the pages' Content-Security-Policy stays on.
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const AXE_VERSION = JSON.parse(fs.readFileSync(require.resolve('axe-core/package.json'), 'utf8')).version;
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe on the loaded page; returns { problems, incomplete, rules }. */
export async function runAxe(page) {
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'incomplete'] }),
    AXE_TAGS,
  );
  const problems = [];
  for (const v of result.violations) {
    for (const node of v.nodes) {
      problems.push({
        rule: `${v.id} (${v.impact}; ${v.tags.filter((t) => t.startsWith('wcag')).join(' ')})`,
        element: `${node.target.join(' ')}  ${node.html}`,
        message: `${v.help}. ${node.failureSummary || ''} ${v.helpUrl}`,
      });
    }
  }
  const rules = result.passes.length + result.violations.length + result.inapplicable.length + result.incomplete.length;
  return { problems, incomplete: result.incomplete.map((i) => `${i.id} (${i.nodes.length})`), rules };
}
