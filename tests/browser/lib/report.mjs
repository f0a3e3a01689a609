// Collects results: one test is one check on one page (at one viewport). A test passes when the
// check found no problem; each problem names the rule, the page and the element.

export class Report {
  constructor() {
    this.results = []; // { check, page, ok, problems, ms }
    this.notes = []; // informative lines printed in the summary (not failures)
  }

  /** Runs `fn` (which returns a list of problems) as the test `check` on `page`. */
  async test(check, page, fn) {
    const t0 = Date.now();
    let problems;
    try {
      problems = (await fn()) || [];
    } catch (err) {
      problems = [{ rule: 'exception', element: '', message: String(err && err.stack ? err.stack : err) }];
    }
    const ms = Date.now() - t0;
    const ok = problems.length === 0;
    this.results.push({ check, page, ok, problems, ms });
    if (ok) {
      if (process.env.VERBOSE) console.log(`ok   [${check}] ${page} (${ms} ms)`);
    } else {
      console.log(`FAIL [${check}] ${page}: ${problems.length} problem(s)`);
      for (const p of problems.slice(0, 25)) {
        console.log(`     rule: ${p.rule}`);
        if (p.element) console.log(`     element: ${oneLine(p.element, 300)}`);
        if (p.message) console.log(`     ${oneLine(p.message, 600)}`);
      }
      if (problems.length > 25) console.log(`     … and ${problems.length - 25} more (see report.json)`);
    }
    return ok;
  }

  note(line) {
    this.notes.push(line);
  }

  summary() {
    const byCheck = new Map();
    for (const r of this.results) {
      const s = byCheck.get(r.check) || { passed: 0, failed: 0, ms: 0 };
      if (r.ok) s.passed += 1;
      else s.failed += 1;
      s.ms += r.ms;
      byCheck.set(r.check, s);
    }
    const passed = this.results.filter((r) => r.ok).length;
    const failed = this.results.length - passed;
    return { byCheck, passed, failed };
  }
}

export function oneLine(s, max) {
  const t = String(s).replace(/\s+/g, ' ').trim();
  return t.length > max ? t.slice(0, max - 1) + '…' : t;
}
