#!/usr/bin/env bash
# Runs the batch and renders the output workbooks the way LibreOffice prints them (PDF and
# one PNG per page), so that every page can be looked at before the reports go to managers.
#
#   scripts/render-reports.sh [INPUT_DIR] [OUT_DIR]
#     INPUT_DIR  the input folder (default: input)
#     OUT_DIR    where to put everything (default: $TMPDIR/dxcert-render), emptied first:
#                OUT_DIR/output/   the workbooks written by `dxcert run`
#                OUT_DIR/pages/    NAME.pdf and NAME-N.png for each workbook
#
#   SWIFT_SCRATCH   build folder for `swift build --scratch-path` (default: .build)
#   RENDER_XLSX     another render tool to use instead (called as TOOL WORKBOOK OUTDIR; optional)
#   RENDER_DPI      render with LibreOffice directly at this resolution instead (e.g. 110 for detail)
#
# Needs LibreOffice (soffice), pdftoppm and a CJK font: scripts/install-deps.sh --render.
set -euo pipefail
cd "$(dirname "$0")/.."

input="${1:-input}"
out="${2:-${TMPDIR:-/tmp}/dxcert-render}"
scratch="${SWIFT_SCRATCH:-.build}"
dpi="${RENDER_DPI:-100}"

for tool in soffice pdftoppm; do
  command -v "$tool" >/dev/null || { echo "$tool がありません: scripts/install-deps.sh --render を実行してください" >&2; exit 2; }
done

swift build --scratch-path "$scratch" --product dxcert >/dev/null
bin="$(swift build --scratch-path "$scratch" --show-bin-path)/dxcert"

rm -rf "$out"
mkdir -p "$out/output" "$out/pages"

# Exit code 1 means "input problems, reports written": render them all the same.
status=0
"$bin" run --input "$input" --output "$out/output" || status=$?
if [ "$status" -ge 2 ]; then
  echo "dxcert run が失敗しました（終了コード $status）" >&2
  exit "$status"
fi

# A render tool named by RENDER_XLSX when given, else LibreOffice directly.
render="${RENDER_XLSX:-}"
for workbook in "$out"/output/*.xlsx; do
  name="$(basename "${workbook%.xlsx}")"
  if [ -n "$render" ] && [ -x "$render" ] && [ -z "${RENDER_DPI:-}" ]; then
    "$render" "$workbook" "$out/pages" >/dev/null
  else
    # A private LibreOffice profile, so a running LibreOffice or a locked profile cannot interfere.
    timeout 300 soffice -env:UserInstallation="file://$out/.lo-profile" --headless \
      --convert-to pdf --outdir "$out/pages" "$workbook" >/dev/null 2>&1
    pdftoppm -png -r "$dpi" "$out/pages/$name.pdf" "$out/pages/$name"
  fi
done
rm -rf "$out/.lo-profile"

echo "ページ画像:"
ls -1 "$out"/pages/*.png
