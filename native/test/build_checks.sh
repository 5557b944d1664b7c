#!/usr/bin/env bash
# Checks of the build itself (run by native/pom.xml after `make test`), each a way a wrong library
# once shipped or could ship:
#   1. a library built for another machine under a platform folder is refused at packaging;
#   2. a build folder holding objects of one compiler or flags is rebuilt for another, never reused;
#   3. SODIUM_A=required with a compiler that has no libsodium.a stops the build.
# Usage: build_checks.sh <folder of a finished host build (OUT)>
set -euo pipefail

native=$(cd "$(dirname "$0")/.." && pwd)
out=$(cd "${1:?usage: build_checks.sh <OUT of a host build>}" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
pass() { echo "build check passed: $*"; }
fail() { echo "build check FAILED: $*" >&2; failures=$((failures + 1)); }

case "$(uname -m)" in
  x86_64) here=linux-x86_64 other=linux-aarch64 ;;
  aarch64) here=linux-aarch64 other=linux-x86_64 ;;
  *) echo "build checks: no platform folder for $(uname -m)"; exit 0 ;;
esac

# 1. check-packed accepts the host library in its own folder and refuses it under the other one.
mkdir -p "$tmp/packed/$here" "$tmp/wrong/$other"
cp "$out/libonscrypto.so" "$tmp/packed/$here/"
cp "$out/libonscrypto.so" "$tmp/wrong/$other/"
if "$native/tools/check-packed.sh" "$tmp/packed" >/dev/null; then pass "$here library accepted under $here/"
else fail "$here library refused under $here/"; fi
if "$native/tools/check-packed.sh" "$tmp/wrong" >/dev/null 2>&1; then fail "$here library accepted under $other/"
else pass "$here library refused under $other/"; fi
if "$native/tools/check-packed.sh" "$tmp/packed" "--require=$here,$other" >/dev/null 2>&1; then
  fail "a missing $other library accepted when required"
else pass "a missing $other library refused when required"; fi

# 2. The folder is up to date for its own compiler and flags, and out of date for any other (asked
#    with make -q on a copy: asking records the flags asked about).
cp -a "$out" "$tmp/build"
out="$tmp/build"
if make -s -q -f "$native/Makefile" OUT="$out" "$out/libonscrypto.so" >/dev/null 2>&1; then
  pass "an unchanged build is up to date"
else fail "an unchanged build is not up to date"; fi
if make -s -q -f "$native/Makefile" OUT="$out" CFLAGS=-O1 "$out/libonscrypto.so" >/dev/null 2>&1; then
  fail "objects built with other CFLAGS count as up to date"
else pass "other CFLAGS rebuild the objects"; fi
if make -s -q -f "$native/Makefile" OUT="$out" CC=aarch64-linux-gnu-gcc SODIUM_A= "$out/libonscrypto.so" >/dev/null 2>&1; then
  fail "objects built with another compiler count as up to date"
else pass "another compiler rebuilds the objects"; fi

# 3. A compiler without libsodium.a (gcc's -print-file-name answers the bare name when it finds none).
cat > "$tmp/cc-without-sodium" <<'CC'
#!/bin/sh
case "$*" in *-print-file-name=libsodium.a*) echo libsodium.a ;; *) exec gcc "$@" ;; esac
CC
chmod +x "$tmp/cc-without-sodium"
if message=$(make -n -f "$native/Makefile" OUT="$tmp/no-sodium" CC="$tmp/cc-without-sodium" SODIUM_A=required 2>&1); then
  fail "SODIUM_A=required built without libsodium"
elif [[ "$message" == *"has no libsodium.a"* ]]; then pass "SODIUM_A=required stops when libsodium.a is missing"
else fail "SODIUM_A=required stopped with an unexpected message: $message"; fi

[ "$failures" = 0 ] || exit 1
