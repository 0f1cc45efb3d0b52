#!/usr/bin/env bash
# Regenerates the sample input in input/ (the fictional みどり市, 令和5〜7年度) with dxcert's own
# templates and sheet generator: builds dxcert-sample (Sources/SampleInput) and runs it.
#
# The same bytes on every run, except the one sheet re-saved by LibreOffice (without LibreOffice
# the previously generated re-save is kept, and the generator says so). The folder is replaced
# only when it holds nothing but sample files, and only when the batch's decisions on the new
# sample are the story's (see SampleCheck.swift); otherwise nothing changes.
#
#   scripts/make-sample.sh              writes input/
#   scripts/make-sample.sh DIR          writes DIR instead
#   SWIFT_SCRATCH=.build-x scripts/make-sample.sh    builds in another build folder
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scratch=()
if [ -n "${SWIFT_SCRATCH:-}" ]; then scratch=(--scratch-path "$SWIFT_SCRATCH"); fi
swift build -c release --product dxcert-sample ${scratch[@]+"${scratch[@]}"}
bin="$(swift build -c release --show-bin-path ${scratch[@]+"${scratch[@]}"})"
"$bin/dxcert-sample" --output "${1:-input}"
