#!/usr/bin/env bash
# Runs one fuzz target (or all, one after another) for SECONDS each, with the options used for the
# figures in docs/robustness.md. Logs go to fuzz/logs/ (not committed).
#   fuzz/run.sh [TARGET|all] [SECONDS]
set -euo pipefail
cd "$(dirname "$0")"
target=${1:-all}
seconds=${2:-600}
declare -A max_len=([front_matter]=8192 [yaml_records]=8192 [markdown]=8192 [diag_render]=4096 [scalars]=64)
declare -A dict=([front_matter]=dicts/yaml.dict [yaml_records]=dicts/yaml.dict [markdown]=dicts/markdown.dict [scalars]=dicts/yaml.dict [diag_render]=dicts/diag.dict)
targets=(front_matter yaml_records markdown diag_render scalars)
[[ $target != all ]] && targets=("$target")
mkdir -p logs
for t in "${targets[@]}"; do
  mkdir -p "corpus/$t"
  seeds=()
  [[ -d seeds/$t ]] && seeds=("seeds/$t")
  opts=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="${max_len[$t]}" -print_final_stats=1)
  [[ -n ${dict[$t]:-} ]] && opts+=(-dict="${dict[$t]}")
  echo "== $t for ${seconds}s" >&2
  RUSTC_BOOTSTRAP=1 cargo fuzz run "$t" "corpus/$t" "${seeds[@]}" -- "${opts[@]}" 2>&1 | tee "logs/$t.log" | grep -E '^#[0-9]+.*(pulse|DONE)|^Done|^stat::|panicked|SUMMARY|Test unit written' >&2 || true
  echo "corpus files: $(ls "corpus/$t" | wc -l)" | tee -a "logs/$t.log" >&2
done
