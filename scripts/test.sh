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
