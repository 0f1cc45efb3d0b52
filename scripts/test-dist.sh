#!/usr/bin/env bash
# Test of the clerk's bundle (run by `make test`): builds it with scripts/make-dist.sh, unpacks it into
# a temporary folder and checks that
#   - it holds dxcert, templates/ (as in the repository), empty input/ and output/, 使い方.txt, LICENSES/;
#   - the binary (with what it loads from lib/) needs no Swift runtime library, nothing "not found",
#     and nothing beyond the C library that the bundle does not carry itself (ldd);
#   - `dxcert --version` names the version and both C libraries;
#   - `env -i PATH=/usr/bin:/bin ./dxcert run` on a copy of the sample input/ exits 1 (planted mistakes)
#     and writes both reports;
#   - with the development build at hand (.build/debug/dxcert), `check --json` gives the same JSON.
# Prints PASS or FAIL on its last line; exits 1 on failure.
set -uo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
ok() { echo "ok: $*"; }

if [ "${SKIP_BUILD:-}" != "1" ]; then
  scripts/make-dist.sh || { echo "test-dist: FAIL (make-dist.sh failed)"; exit 1; }
fi
version=$(sed -n 's/^ *static let number = "\(.*\)"$/\1/p' Sources/dxcert/Version.swift)
name="dxcert-$version-linux-$(uname -m)"
tarball="dist/$name.tar.gz"
[ -f "$tarball" ] || { echo "test-dist: FAIL (no $tarball)"; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
tar -C "$tmp" -xzf "$tarball" || { echo "test-dist: FAIL (cannot unpack $tarball)"; exit 1; }
top=$(ls "$tmp")
[ "$top" = "$name" ] && ok "one folder $name" || fail "expected one folder $name, found: $top"
b="$tmp/$name"

# Layout.
[ -x "$b/dxcert" ] && ok "executable dxcert" || fail "no executable dxcert"
for d in input output LICENSES lib templates; do [ -d "$b/$d" ] || fail "no $d/"; done
[ -z "$(ls -A "$b/input")" ] && [ -z "$(ls -A "$b/output")" ] && ok "input/ and output/ empty" || fail "input/ or output/ not empty"
[ -s "$b/使い方.txt" ] && ok "使い方.txt" || fail "no 使い方.txt"
diff -r templates "$b/templates" >/dev/null && ok "templates/ as in the repository" || fail "templates/ differs from the repository"
for l in swift-runtime-and-foundation.LICENSE.txt swift-argument-parser.LICENSE.txt libxml2.copyright \
         zlib.copyright icu.copyright liblzma.copyright libstdc++-libgcc.copyright README.txt; do
  [ -s "$b/LICENSES/$l" ] || fail "LICENSES/$l missing"
done
for so in "$b"/lib/*; do
  [ -s "$b/LICENSES/$(basename "$so").copyright" ] || fail "no licence for lib/$(basename "$so")"
done

# Libraries: ldd of the binary lists everything it loads, lib/'s dependencies included (they are found
# through the binary's DT_RPATH $ORIGIN/lib; ldd on a file of lib/ alone would not use it).
glibc='^(linux-vdso\.so|libc\.so|libm\.so|libdl\.so|libpthread\.so|librt\.so|ld-linux[^ ]*\.so)'
before=$failures
out=$(cd "$b" && env -i PATH=/usr/bin:/bin ldd ./dxcert 2>&1) || fail "ldd dxcert: $out"
echo "$out" | sed 's/^/   /'
grep -q 'not found' <<<"$out" && fail "dxcert needs a library that is not found"
grep -Eq 'libswift|libFoundation|lib_Foundation|libdispatch|libBlocksRuntime' <<<"$out" && fail "dxcert needs a Swift runtime library"
while read -r lib arrow path _; do
  [[ $lib =~ $glibc || $lib == /* ]] && continue   # the C library, the dynamic loader itself
  [ "$arrow" = "=>" ] || { fail "unexpected ldd line: $lib $arrow $path"; continue; }
  case "$(readlink -f "$path")" in
    "$b"/lib/*) ;;
    *) fail "dxcert takes $lib from $path, outside the bundle" ;;
  esac
done <<<"$out"
for so in "$b"/lib/*; do
  grep -q "$(basename "$so") => " <<<"$out" || fail "lib/$(basename "$so") is shipped but not loaded"
done
[ "$failures" -eq "$before" ] && ok "ldd: only the C library from the system, everything else from lib/"

# --version
v=$(cd "$b" && env -i PATH=/usr/bin:/bin ./dxcert --version 2>&1); rc=$?
echo "$v" | sed 's/^/   /'
if [ $rc -eq 0 ] && grep -q "^dxcert $version\$" <<<"$v" && grep -q 'libxml2 [0-9]' <<<"$v" && grep -q 'libxlsxwriter [0-9]' <<<"$v"; then
  ok "--version"
else
  fail "--version (exit $rc)"
fi

# The sample, from the unpacked bundle, in a clean environment.
cp -R input/. "$b/input/"
(cd "$b" && env -i PATH=/usr/bin:/bin ./dxcert run >"$tmp/run.out" 2>"$tmp/run.err"); rc=$?
if [ $rc -eq 1 ]; then ok "dxcert run exits 1 (the sample's planted mistakes)"; else
  fail "dxcert run exited $rc, expected 1"; sed 's/^/   /' "$tmp/run.err" | tail -20; fi
for r in 認定結果_令和7年度.xlsx 認定台帳.xlsx 認定証_令和7年度.xlsx 個人通知_令和7年度.xlsx; do
  [ -s "$b/output/$r" ] && ok "output/$r written" || fail "output/$r not written"
done

# Same results as the development build, when it is there (make test builds it first).
dev="$repo/.build/debug/dxcert"
if [ -x "$dev" ]; then
  (cd "$b" && env -i PATH=/usr/bin:/bin ./dxcert check --ignore-previous-ledger --json >"$tmp/dist.json" 2>/dev/null)
  (cd "$b" && "$dev" check --ignore-previous-ledger --json >"$tmp/dev.json" 2>/dev/null)
  if [ -s "$tmp/dev.json" ] && cmp -s "$tmp/dist.json" "$tmp/dev.json"; then ok "check --json: same as the development build"
  else fail "check --json differs from the development build ($dev)"; fi
fi

size=$(du -h "$tarball" | cut -f1)
if [ "$failures" -eq 0 ]; then
  echo "test-dist: PASS ($tarball, $size)"
else
  echo "test-dist: FAIL ($failures problem(s))"; exit 1
fi
