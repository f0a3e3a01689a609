#!/usr/bin/env bash
# Build-time benchmark: the bundled example and a synthetic 10,000-recommendation site, with all
# cores and with one thread, against a baseline measured in the same run (copying the finished
# output tree, the floor for any generator that writes the same files).
# Usage: bash scripts/bench.sh   (needs hyperfine: apt-get install hyperfine)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked -q
bin=$PWD/target/release/suivi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A large site: the example's site.yaml and reference content, with its Slovenia records
# repeated under new ids until there are 10,000 recommendations.
big=$work/big
mkdir -p "$big/content"
cp site.yaml "$big/"
cp -r content/ratifications content/reservations content/pages "$big/content/"
mkdir -p "$big/content/recommendations"
python3 - "$big/content/recommendations" <<'PY'
import re, sys, pathlib
src = sorted(pathlib.Path("content/recommendations").glob("slovenia-upr-cycle-*.yaml"))
text = "".join(p.read_text() for p in src)
records = ["- id:" + r for r in text.split("\n- id:")[1:]]
out, n, copy = pathlib.Path(sys.argv[1]), 0, 0
while n < 10000:
    chunk = []
    for r in records:
        if n >= 10000:
            break
        chunk.append(re.sub(r'^- id: "?([a-z0-9-]+)"?', f'- id: "c{copy}-\\1"', r, count=1).rstrip("\n") + "\n")
        n += 1
    (out / f"copy-{copy}.yaml").write_text("".join(chunk))
    copy += 1
PY

"$bin" build . -o "$work/example" >/dev/null
"$bin" build "$big" -o "$work/big-out" >/dev/null
echo "example: $(find "$work/example" -type f | wc -l) files, $(du -sh "$work/example" | cut -f1)"
echo "big: $(find "$work/big-out" -type f | wc -l) files, $(du -sh "$work/big-out" | cut -f1)"

hyperfine --warmup 1 --runs 5 --export-markdown "$work/example.md" \
  -n "copy example output (baseline)" "rm -rf $work/copy && cp -r $work/example $work/copy" \
  -n "suivi build example" "$bin build . -o $work/example" \
  -n "suivi -j 1 build example" "$bin -j 1 build . -o $work/example"
hyperfine --warmup 1 --runs 3 --export-markdown "$work/big.md" \
  -n "copy big output (baseline)" "rm -rf $work/copy && cp -r $work/big-out $work/copy" \
  -n "suivi build big (10,000 recs)" "$bin build $big -o $work/big-out" \
  -n "suivi -j 1 build big" "$bin -j 1 build $big -o $work/big-out"
cat "$work/example.md" "$work/big.md"
