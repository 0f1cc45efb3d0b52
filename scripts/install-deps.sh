#!/usr/bin/env bash
# Installs what dxcert needs, only where it is missing (idempotent; prints nothing when all is there).
#   scripts/install-deps.sh --build-only  build and run (`make run`): the C libraries' -dev packages
#   scripts/install-deps.sh --dist        also what the static link of the bundle needs (`make dist`)
#   scripts/install-deps.sh               everything `make test` needs: the above, python3 with openpyxl
#                                         and XlsxWriter, LibreOffice, CJK fonts and poppler
#   scripts/install-deps.sh --render      the same as without options (scripts/render-reports.sh)
#   scripts/install-deps.sh --bench       build, plus python3 with XlsxWriter (input generator) and the
#                                         benchmark's baselines, python-calamine and openpyxl (`make bench`)
set -euo pipefail

mode=${1:-all}
case "$mode" in
  --build-only|--dist|--render|--bench|all) ;;
  *) echo "使い方: scripts/install-deps.sh [--build-only | --dist | --render | --bench]" >&2; exit 2 ;;
esac

# Build: the two C libraries, zlib and libdeflate (inflating parts), and pkg-config they are found through.
build=(pkg-config zlib1g-dev libdeflate-dev libxml2-dev libxlsxwriter-dev)
# The bundle (scripts/make-dist.sh): libxml2's static archive needs ICU's and liblzma's (libxml2-dev
# brings them today; named so that a change there cannot break the bundle), the static libstdc++,
# and binutils for strip and objdump.
dist=(libicu-dev liblzma-dev libstdc++-12-dev binutils)
# Tests: python3 with openpyxl/XlsxWriter reads and writes fixtures independently of our code;
# LibreOffice re-saves generated sheets the way a judge's machine would (and renders them).
tests=(python3 python3-pip libreoffice-calc-nogui fonts-noto-cjk poppler-utils)

case "$mode" in
  --build-only) apt_packages=("${build[@]}") ;;
  --dist) apt_packages=("${build[@]}" "${dist[@]}") ;;
  --bench) apt_packages=("${build[@]}" python3 python3-pip time) ;;
  *) apt_packages=("${build[@]}" "${dist[@]}" "${tests[@]}") ;;
esac

missing=()
for p in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# A machine that already has the full LibreOffice (not the -nogui flavour) needs nothing more.
if [[ " ${missing[*]} " == *" libreoffice-calc-nogui "* ]] && command -v soffice >/dev/null 2>&1; then
  missing=("${missing[@]/libreoffice-calc-nogui}")
fi
missing=($(printf '%s\n' "${missing[@]}" | grep -v '^$' || true))
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  if [ "$(id -u)" != "0" ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
      echo "root 権限（または sudo）が必要です: apt-get install ${missing[*]} を実行できません" >&2; exit 2; fi
  fi
  echo "== apt-get install ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ "$mode" = all ] || [ "$mode" = --render ] || [ "$mode" = --bench ]; then
  py_missing=()
  python3 -c "import openpyxl" 2>/dev/null || py_missing+=("openpyxl==3.1.5")
  python3 -c "import xlsxwriter" 2>/dev/null || py_missing+=("XlsxWriter==3.2.0")
  if [ "$mode" = --bench ]; then
    python3 -c "import python_calamine" 2>/dev/null || py_missing+=("python-calamine==0.9.1")
  fi
  if [ ${#py_missing[@]} -gt 0 ]; then
    echo "== pip install ${py_missing[*]}"
    python3 -m pip install -q --disable-pip-version-check "${py_missing[@]}" 2>/dev/null \
      || python3 -m pip install -q --disable-pip-version-check --break-system-packages "${py_missing[@]}"
  fi
fi
