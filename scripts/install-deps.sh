#!/usr/bin/env bash
# Installs what dxcert needs to build and test, only where it is missing (idempotent).
#   scripts/install-deps.sh          build + test dependencies
#   scripts/install-deps.sh --render also LibreOffice, CJK fonts and poppler (to look at workbooks)
set -euo pipefail

SUDO=""
if [ "$(id -u)" != "0" ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "root 権限（または sudo）が必要です: apt-get install を実行できません" >&2; exit 2; fi
fi

# Build: the two C libraries (and zlib, pkg-config they are found through).
# Tests: python3 with openpyxl/XlsxWriter reads and writes fixtures independently of our code;
# LibreOffice re-saves generated sheets the way a judge's machine would.
apt_packages=(pkg-config zlib1g-dev libxml2-dev libxlsxwriter-dev python3 python3-pip
              libreoffice-calc-nogui fonts-noto-cjk poppler-utils)
if [ "${1:-}" = "--build-only" ]; then apt_packages=(pkg-config zlib1g-dev libxml2-dev libxlsxwriter-dev); fi

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
  echo "== apt-get install ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ "${1:-}" != "--build-only" ]; then
  py_missing=()
  python3 -c "import openpyxl" 2>/dev/null || py_missing+=("openpyxl==3.1.5")
  python3 -c "import xlsxwriter" 2>/dev/null || py_missing+=("XlsxWriter==3.2.0")
  if [ ${#py_missing[@]} -gt 0 ]; then
    echo "== pip install ${py_missing[*]}"
    python3 -m pip install -q --disable-pip-version-check "${py_missing[@]}" 2>/dev/null \
      || python3 -m pip install -q --disable-pip-version-check --break-system-packages "${py_missing[@]}"
  fi
fi
