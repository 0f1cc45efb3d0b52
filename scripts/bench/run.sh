#!/usr/bin/env bash
# Benchmark: a prefecture-sized year (2,000 projects, 20,050 returned sheets) through `dxcert run`.
# Goals (both cores): whole run ≤ 10 min and peak memory ≤ 2 GiB on this 2-core machine.
# usage: scripts/bench/run.sh [--projects N]   (input is generated once into .bench/, reused after)
set -euo pipefail
cd "$(dirname "$0")/../.."
scripts/install-deps.sh
swift build -c release --product dxcert >/dev/null
args=("$@")
tag="large${args[*]:+_$(echo "${args[*]}" | tr -c 'a-z0-9' '_')}"
in=".bench/$tag/input"; out=".bench/$tag/output"
if [ ! -f ".bench/$tag/.done" ]; then
  echo "== 入力を生成しています（初回のみ）: $in"
  rm -rf ".bench/$tag"; mkdir -p "$in"
  python3 scripts/bench/make_large_input.py "$in" "${args[@]}"
  touch ".bench/$tag/.done"
fi
files=$(find "$in" -name '*.xlsx' | wc -l)
rm -rf "$out"; mkdir -p "$out"
echo "== dxcert run: $files ファイル"
/usr/bin/time -v .build/release/dxcert run --input "$in" --output "$out" --ignore-previous-ledger \
  >/dev/null 2>".bench/$tag/time.txt" || true
secs=$(grep "Elapsed (wall clock)" ".bench/$tag/time.txt" | awk '{print $NF}')
rss=$(grep "Maximum resident set size" ".bench/$tag/time.txt" | awk '{print $NF}')
cpu=$(grep "Percent of CPU" ".bench/$tag/time.txt" | awk '{print $NF}')
echo "経過時間 $secs / 最大メモリ $((rss / 1024)) MiB / CPU使用率 $cpu"
awk -v t="$secs" -v r="$rss" 'BEGIN {
  n = split(t, p, ":"); s = (n == 3) ? p[1]*3600 + p[2]*60 + p[3] : p[1]*60 + p[2];
  ok = (s <= 600 && r <= 2*1024*1024);
  printf "目標（10分以内・2 GiB以内）: %s\n", ok ? "達成" : "未達";
  exit ok ? 0 : 1 }'
