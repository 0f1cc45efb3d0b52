#!/usr/bin/env bash
# Fuzzing campaign: `make fuzz SECONDS=N` (see README, development: Fuzzing).
#
#   scripts/fuzz/run.sh [SECONDS]      (env: MUTANTS=300, MUTATE_SEED=<epoch>, SWIFT=swift)
#
# 1. Builds the libFuzzer targets of Fuzz/ (FuzzReader, FuzzForms) with
#    -sanitize=fuzzer,address into .build-fuzz, and dxcert (debug) for the mutator.
#    Replays the inputs that once crashed (bad/*.xlsx, Fuzz/regressions/<target>/) once each.
# 2. Seeds each from the committed fixtures and the sample input (files up to 256 KB), and runs
#    both targets at once for SECONDS each (one per core). Inputs that add coverage are kept in
#    .build-fuzz/corpus/<target> between runs; crashes, timeouts and leaks land in
#    .build-fuzz/artifacts/<target>/ (reproduce: .build-fuzz/release/FuzzReader FILE).
# 3. Runs scripts/fuzz/mutate.py on MUTANTS structure-aware mutants (dxcert inspect + check),
#    then its --sweep over one workbook of each form kind (every cell as +-1e300, dxcert check).
# Exits 1 when any step found a crash.
set -uo pipefail
cd "$(dirname "$0")/../.."

DURATION="${1:-60}"
MUTANTS="${MUTANTS:-300}"
MUTATE_SEED="${MUTATE_SEED:-$(date +%s)}"
SWIFT="${SWIFT:-swift}"
SCRATCH=.build-fuzz

set -e
echo "== building fuzz targets (scratch $SCRATCH)"
for product in FuzzReader FuzzForms; do
    "$SWIFT" build --package-path Fuzz --scratch-path "$SCRATCH" -c release \
        -Xswiftc -sanitize=fuzzer,address --product "$product"
done
"$SWIFT" build --product dxcert
set +e

seed_dirs=(Tests/OOXMLReaderTests/Fixtures/good Tests/OOXMLReaderTests/Fixtures/corpus input Tests/DXCertTests/Fixtures)
rm -rf "$SCRATCH/seeds"
for target in reader forms; do
    mkdir -p "$SCRATCH/seeds/$target" "$SCRATCH/corpus/$target" "$SCRATCH/artifacts/$target"
done
# Seeds: every small workbook for the reader; for the forms, the ones DXCert would classify.
i=0
while IFS= read -r -d '' f; do
    i=$((i + 1))
    cp "$f" "$SCRATCH/seeds/reader/seed$i.xlsx"
    case "$f" in
        input/*|Tests/DXCertTests/*) cp "$f" "$SCRATCH/seeds/forms/seed$i.xlsx" ;;
    esac
done < <(find "${seed_dirs[@]}" \( -name '*.xlsx' -o -name '*.xlsm' \) -size -257k -print0 | sort -z)
echo "== seeds: $(ls "$SCRATCH/seeds/reader" | wc -l) reader, $(ls "$SCRATCH/seeds/forms" | wc -l) forms"

# Replay known crash inputs once each first (a fixed bug must stay fixed; an open one is reported
# here and does not stop the campaign): every bad/ reader fixture, and Fuzz/regressions/<target>/.
status=0
replay() {  # binary files...
    local binary=$1; shift
    local f
    for f in "$@"; do
        [ -f "$f" ] || continue
        if ! ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}" timeout 60 "$SCRATCH/release/$binary" "$f" > "$SCRATCH/replay.log" 2>&1; then
            status=1
            echo "   $binary CRASHES on $f:"
            grep -E -m3 'runtime failure|Fatal error|ERROR: |DXCert[A-Za-z]*/.*\.swift:[0-9]+|OOXMLReader/.*\.swift:[0-9]+' "$SCRATCH/replay.log" | sed 's/^/     /'
        fi
    done
}
echo "== replaying known crash inputs"
replay FuzzReader Tests/OOXMLReaderTests/Fixtures/bad/*.xlsx Fuzz/regressions/reader/*
replay FuzzForms Fuzz/regressions/forms/*

run_target() {  # name binary
    local name=$1 binary=$2
    ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}" "$SCRATCH/release/$binary" \
        -max_total_time="$DURATION" -timeout=10 -rss_limit_mb=3072 -print_final_stats=1 \
        -artifact_prefix="$SCRATCH/artifacts/$name/" "$SCRATCH/corpus/$name" "$SCRATCH/seeds/$name" \
        > "$SCRATCH/$name.log" 2>&1
}

echo "== libFuzzer: FuzzReader and FuzzForms, ${DURATION} s each (logs: $SCRATCH/reader.log, $SCRATCH/forms.log)"
run_target reader FuzzReader & reader_pid=$!
run_target forms FuzzForms & forms_pid=$!
wait $reader_pid; reader_rc=$?
wait $forms_pid; forms_rc=$?

for name in reader forms; do
    rc=$([ "$name" = reader ] && echo $reader_rc || echo $forms_rc)
    log="$SCRATCH/$name.log"
    runs=$(grep -o 'stat::number_of_executed_units:[[:space:]]*[0-9]*' "$log" | grep -o '[0-9]*$')
    speed=$(grep -o 'stat::average_exec_per_sec:[[:space:]]*[0-9]*' "$log" | grep -o '[0-9]*$')
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1)
    echo "   $name: exit $rc, ${runs:-?} executions, ${speed:-?}/s, ${cov:-cov: ?}, corpus $(ls "$SCRATCH/corpus/$name" | wc -l) files"
    if [ "$rc" -ne 0 ]; then
        status=1
        echo "   $name FOUND A PROBLEM:"
        grep -E 'ERROR: |Fatal error|runtime failure|SUMMARY|Test unit written|ALARM|out-of-memory' "$log" | head -20 | sed 's/^/     /'
    fi
done

echo "== mutate.py: $MUTANTS mutants, seed $MUTATE_SEED"
python3 scripts/fuzz/mutate.py --dxcert .build/debug/dxcert --count "$MUTANTS" --seed "$MUTATE_SEED" --check \
    --out "$SCRATCH/mutants" || status=1

# One workbook of each form kind, every cell in turn as +-1e300, through dxcert check.
sweep_seeds=()
for pattern in 'input/*/年度設定*.xlsx' 'input/*/報告会/*.xlsx' 'input/*/メンバー評価/*.xlsx' 'input/既認定者名簿*.xlsx'; do
    f=$(ls $pattern 2>/dev/null | head -1)
    [ -n "$f" ] && sweep_seeds+=("$f")
done
if [ ${#sweep_seeds[@]} -gt 0 ]; then
    echo "== mutate.py --sweep: ${#sweep_seeds[@]} forms, every cell as +-1e300"
    python3 scripts/fuzz/mutate.py --sweep --dxcert .build/debug/dxcert --out "$SCRATCH/sweep" "${sweep_seeds[@]}" || status=1
fi

[ $status -eq 0 ] && echo "== fuzz: no crash found" || echo "== fuzz: CRASHES FOUND (see above)"
exit $status
