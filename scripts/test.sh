#!/usr/bin/env bash
# The whole test suite, on a fresh machine: installs what the tests need, then runs them all.
# This is the README's test command; .ci/run calls it.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== formatting and lints"
cargo fmt --all -- --check
cargo clippy --all-targets --locked -- -D warnings

echo "== unit and end-to-end tests"
cargo test --locked --all-targets
# The patched copy of Pagefind (vendor/pagefind) keeps its own unit tests, the patch's among them.
cargo test --locked -p pagefind --lib

# ---------------------------------------------------------------------------------------------
# Browser tests (docs/accessibility.md): the example site, built with the debug binary, in
# headless Chromium: axe-core, pa11y (HTML_CodeSniffer), the Nu HTML Checker, keyboard,
# right-to-left, 360 px, zoom, forced colours, reduced motion, no JavaScript.
# SUIVI_SKIP_BROWSER_TESTS=1 skips them on a developer's machine; CI never sets it.
browser_tests() {
  echo "== browser tests: system packages"
  local need=() pkg
  for pkg in chromium chromium-driver fonts-noto-core fonts-noto-cjk; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || need+=("$pkg")
  done
  command -v java >/dev/null || need+=(default-jre-headless)
  if ((${#need[@]})); then
    echo "installing: ${need[*]}"
    local sudo=()
    [[ $(id -u) == 0 ]] || sudo=(sudo)
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${need[@]}"
  fi
  local node_major
  node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
  if ((node_major < 20)); then
    echo "error: the browser tests need Node.js 20 or later (found: $(node --version 2>/dev/null || echo none))" >&2
    return 1
  fi

  echo "== browser tests: npm packages (tests/browser/package-lock.json)"
  # No install scripts: Puppeteer (under pa11y) would download a browser and vnu-jar a Java
  # runtime; the suite uses /usr/bin/chromium and the system's Java.
  (cd tests/browser && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)

  echo "== browser tests: build the example site"
  # The debug binary that `cargo test` already built (for the end-to-end tests): a release
  # build would add minutes of compiling and the output is the same.
  [[ -x target/debug/suivi ]] || cargo build --locked
  local tmp
  tmp=$(mktemp -d)
  ./target/debug/suivi build . -o "$tmp/site"

  echo "== browser tests: run (screenshots and report.json in target/browser-tests)"
  local status=0
  node tests/browser/run.mjs --site "$tmp/site" --out target/browser-tests || status=$?
  rm -rf "$tmp"

  echo "== browser tests: suivi serve (live edits, overlay) in Chromium"
  node tests/browser/serve_live.mjs ./target/debug/suivi || status=$?
  return "$status"
}

if [[ "${SUIVI_SKIP_BROWSER_TESTS:-}" == 1 ]]; then
  echo "== browser tests SKIPPED (SUIVI_SKIP_BROWSER_TESTS=1)"
else
  browser_tests
fi
