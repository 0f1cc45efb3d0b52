#!/usr/bin/env bash
# Builds the clerk's bundle: dist/dxcert-<version>-linux-<arch>.tar.gz, runnable without Swift
# and without any -dev package (README, development: "The bundle").
#
#   statically linked: the Swift runtime and Foundation (--static-swift-stdlib), libstdc++ and
#                      libgcc, libxml2 with the ICU and liblzma it needs, zlib, libdeflate
#   shipped in lib/:   libxlsxwriter (Debian ships no static archive) and what it needs:
#                      libminizip, libcrypto (OpenSSL, for MD5), libz; found through the rpath $ORIGIN/lib,
#                      an old-style DT_RPATH (--disable-new-dtags) because a DT_RUNPATH would not be
#                      searched for libxlsxwriter's own dependencies
#   from the system:   only the C library (libc, libm, ld-linux)
#
# Uses its own scratch path (.build-dist), so the development build in .build is untouched.
set -euo pipefail
cd "$(dirname "$0")/.."

SWIFT=${SWIFT:-swift}
version=$(sed -n 's/^ *static let number = "\(.*\)"$/\1/p' Sources/dxcert/Version.swift)
[ -n "$version" ] || { echo "make-dist: no version in Sources/dxcert/Version.swift" >&2; exit 2; }
arch=$(uname -m)
name="dxcert-$version-linux-$arch"
libdir="/usr/lib/$arch-linux-gnu"
gccdir=$(dirname "$(gcc -print-libgcc-file-name 2>/dev/null || ls -d /usr/lib/gcc/"$arch"-linux-gnu/*/libgcc.a | sort -V | tail -1)")
scratch=.build-dist

for f in "$libdir/libxml2.a" "$libdir/libicuuc.a" "$libdir/libicudata.a" "$libdir/liblzma.a" "$libdir/libz.a" \
         "$libdir/libdeflate.a" "$gccdir/libstdc++.a" "$libdir/libxlsxwriter.so.4"; do
  [ -e "$f" ] || { echo "make-dist: $f is missing (scripts/install-deps.sh --dist installs it)" >&2; exit 2; }
done

# The module maps say `link "xml2"`, `link "z"` and `link "deflate"`, and the static Swift runtime says -lstdc++. A folder
# holds linker scripts under those names that pull in the static archives instead; our own pkg-config
# files put it first on the search path (the system's would put /usr/lib/<arch>-linux-gnu, with the
# .so files, before it). The normal build never sees either.
static="$PWD/$scratch/static-libs" pc="$PWD/$scratch/pkgconfig"
rm -rf "$static" "$pc"; mkdir -p "$static" "$pc"
echo "GROUP ( $libdir/libxml2.a $libdir/libicuuc.a $libdir/libicudata.a $libdir/liblzma.a $libdir/libz.a -lm )" >"$static/libxml2.so"
echo "INPUT ( $libdir/libz.a )" >"$static/libz.so"
echo "INPUT ( $libdir/libdeflate.a )" >"$static/libdeflate.so"
echo "INPUT ( $gccdir/libstdc++.a )" >"$static/libstdc++.so"
pcfile() {  # name version libs cflags
  printf 'Name: %s\nDescription: %s for the dxcert bundle (scripts/make-dist.sh)\nVersion: %s\nLibs: %s\nCflags: %s\n' \
    "$1" "$1" "$2" "$3" "$4" >"$pc/$1.pc"
}
pcfile libxml-2.0 "$(pkg-config --modversion libxml-2.0)" "-L$static -lxml2" "$(pkg-config --cflags libxml-2.0)"
pcfile zlib "$(pkg-config --modversion zlib)" "-L$static -lz" ""
pcfile libdeflate "$(pkg-config --modversion libdeflate)" "-L$static -ldeflate" "$(pkg-config --cflags libdeflate)"
pcfile xlsxwriter "$(pkg-config --modversion xlsxwriter)" "-L$static -lxlsxwriter" "$(pkg-config --cflags xlsxwriter)"

echo "== swift build -c release --static-swift-stdlib (scratch $scratch)"
PKG_CONFIG_PATH="$pc" $SWIFT build -c release --product dxcert --scratch-path "$scratch" --static-swift-stdlib \
  -Xlinker -L"$static" \
  -Xswiftc -Xclang-linker -Xswiftc -static-libgcc \
  -Xlinker -rpath -Xlinker '$ORIGIN/lib' -Xlinker --disable-new-dtags
bin="$scratch/release/dxcert"

stage="dist/$name"
rm -rf "$stage" "dist/$name.tar.gz"
mkdir -p "$stage/lib" "$stage/input" "$stage/output" "$stage/LICENSES"
install -m 755 "$bin" "$stage/dxcert"
strip "$stage/dxcert"
cp -a templates "$stage/templates"
cp scripts/dist/使い方.txt "$stage/使い方.txt"

# The shared libraries the binary needs beyond the C library, by the name it asks for (ldd resolves them here).
glibc='^(linux-vdso|libc|libm|libdl|libpthread|librt|ld-linux[^ ]*)\.so'
needed() { ldd "$1" | awk '$2 == "=>" && $3 ~ /^\// { print $1, $3 }'; }
declare -A shipped=()
queue=("$stage/dxcert")
while [ ${#queue[@]} -gt 0 ]; do
  file=${queue[0]}; queue=("${queue[@]:1}")
  while read -r soname path; do
    [[ $soname =~ $glibc ]] && continue
    [ -n "${shipped[$soname]:-}" ] && continue
    shipped[$soname]=$path
    cp -L "$path" "$stage/lib/$soname"; chmod 644 "$stage/lib/$soname"
    queue+=("$stage/lib/$soname")
  done < <(needed "$file")
done

# Licences: the Debian copyright file of the package each bundled library comes from, the Swift
# toolchain's licence for the runtime and Foundation, the checkout's for swift-argument-parser.
lic="$stage/LICENSES"
copyright() {  # file-of-the-library → its package's /usr/share/doc/<package>/copyright
  local f p
  f=$(readlink -f "$1")
  p=$(dpkg -S "$f" 2>/dev/null || dpkg -S "${f#/usr}" 2>/dev/null || dpkg -S "/usr$f" 2>/dev/null) || true
  p=${p%%:*}
  [ -n "$p" ] && [ -s "/usr/share/doc/$p/copyright" ] || { echo "make-dist: no copyright file for $1" >&2; exit 2; }
  echo "/usr/share/doc/$p/copyright"
}
cp "$(copyright "$libdir/libxml2.a")" "$lic/libxml2.copyright"
cp "$(copyright "$libdir/libicuuc.a")" "$lic/icu.copyright"
cp "$(copyright "$libdir/liblzma.a")" "$lic/liblzma.copyright"
cp "$(copyright "$libdir/libz.a")" "$lic/zlib.copyright"
cp "$(copyright "$libdir/libdeflate.a")" "$lic/libdeflate.copyright"
cp "$(copyright "$gccdir/libstdc++.a")" "$lic/libstdc++-libgcc.copyright"
for soname in "${!shipped[@]}"; do cp "$(copyright "${shipped[$soname]}")" "$lic/$soname.copyright"; done
swiftroot=$(dirname "$(dirname "$(readlink -f "$(command -v "$SWIFT")")")")
cp "$swiftroot/share/swift/LICENSE.txt" "$lic/swift-runtime-and-foundation.LICENSE.txt"
cp "$scratch/checkouts/swift-argument-parser/LICENSE.txt" "$lic/swift-argument-parser.LICENSE.txt"
cp scripts/dist/LICENSES-README.txt "$lic/README.txt"

tar -C dist -czf "dist/$name.tar.gz" --owner=0 --group=0 "$name"
echo "== dist/$name.tar.gz ($(du -h "dist/$name.tar.gz" | cut -f1); binary $(du -h "$stage/dxcert" | cut -f1))"
echo "   shipped in lib/: ${!shipped[*]}"
echo "   oldest glibc: $(objdump -T "$stage/dxcert" "$stage"/lib/*.so* | grep -o 'GLIBC_[0-9.]*' | sort -Vu | tail -1)"
