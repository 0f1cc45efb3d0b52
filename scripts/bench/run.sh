#!/usr/bin/env bash
# `make bench`: dxcert check/run against python-calamine and openpyxl on the same workbooks, and
# how time and memory grow with the input (scripts/bench/bench.py says what is measured).
# Installs what it needs if missing; inputs are generated once into .bench/.
#   scripts/bench/run.sh            the full benchmark (about 10 minutes the first time, inputs included)
#   scripts/bench/run.sh --quick    the comparison only, one repetition (under a minute)
set -euo pipefail
cd "$(dirname "$0")/../.."
scripts/install-deps.sh --bench
swift build -c release --product dxcert --static-swift-stdlib >/dev/null  # as `make build`
exec python3 scripts/bench/bench.py "$@"
