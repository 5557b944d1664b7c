#!/usr/bin/env bash
# Our C under AddressSanitizer + UndefinedBehaviorSanitizer: the known-answer tests
# (test/test_onscrypto.c) and a libFuzzer run of fuzz_onscrypto.c over every exported ons_* function.
# Usage: native/fuzz/run.sh [--kat] [--fuzz SECONDS] [--out DIR]   (default: --kat --fuzz 20)
# Builds in DIR (default native/target/fuzz). The KATs need gcc or clang with the sanitizer
# runtimes; the libFuzzer run needs clang (installed with apt-get when running as root). Anything
# missing is skipped with one line saying what and why; a sanitizer report or a failed check is exit 1.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
native="$(dirname "$here")"
out="$native/target/fuzz"
kat=false; fuzz=""
[ $# -eq 0 ] && { kat=true; fuzz=20; }
while [ $# -gt 0 ]; do
  case "$1" in
    --kat) kat=true ;;
    --fuzz) fuzz=$2; shift ;;
    --out) out=$2; shift ;;
    *) echo "usage: $0 [--kat] [--fuzz SECONDS] [--out DIR]" >&2; exit 2 ;;
  esac
  shift
done
mkdir -p "$out"
say() { printf '[native-fuzz] %s\n' "$*" >&2; }
srcs=("$native"/src/*.c)
san=(-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer -g -O1)
flags=(-std=c11 -Wall -Wextra -Werror -I"$native/include" -I"$native/src")
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

find_clang() {
  local c
  for c in clang clang-19 clang-18 clang-17 clang-16 clang-15 clang-14; do
    command -v "$c" >/dev/null 2>&1 && { echo "$c"; return 0; }
  done
  return 1
}
clang=$(find_clang || true)
if [ -z "$clang" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  say "installing clang (for libFuzzer)"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q -o DPkg::Lock::Timeout=300 clang >/dev/null 2>&1 \
    || { apt-get update -q >/dev/null 2>&1 || true; DEBIAN_FRONTEND=noninteractive apt-get install -y -q -o DPkg::Lock::Timeout=300 clang >/dev/null 2>&1 || true; }
  clang=$(find_clang || true)
fi

if [ "$kat" = true ]; then
  cc=${clang:-gcc}
  if echo 'int main(void){return 0;}' | "$cc" "${san[@]}" -x c - -o "$out/probe" >/dev/null 2>&1; then
    "$cc" "${flags[@]}" "${san[@]}" -o "$out/test_onscrypto_asan" "$native/test/test_onscrypto.c" "${srcs[@]}"
    say "known-answer tests under ASan+UBSan ($cc):"
    "$out/test_onscrypto_asan"
  else
    say "skipped the sanitizer KATs: $cc cannot link -fsanitize=address,undefined here (install clang, or gcc's libasan/libubsan)"
  fi
fi

if [ -n "$fuzz" ]; then
  if [ -z "$clang" ]; then
    say "skipped libFuzzer: no clang here (apt-get install clang)"
  elif ! echo 'int LLVMFuzzerTestOneInput(const char*d,unsigned long n){(void)d;(void)n;return 0;}' \
      | "$clang" -fsanitize=fuzzer -x c - -o "$out/probe-fuzzer" >/dev/null 2>&1; then
    say "skipped libFuzzer: $clang has no libFuzzer runtime here (Debian: the clang package brings it)"
  else
    "$clang" "${flags[@]}" -Wno-unused-command-line-argument -fsanitize=fuzzer,address,undefined \
      -fno-sanitize-recover=all -g -O1 -o "$out/fuzz_onscrypto" "$here/fuzz_onscrypto.c" "${srcs[@]}"
    # The committed seeds stay as they are; new finds go to the build folder.
    mkdir -p "$out/corpus"
    cp -n "$here"/corpus/* "$out/corpus/" 2>/dev/null || true
    say "libFuzzer over every ons_* export for ${fuzz}s ($clang, ASan+UBSan):"
    log="$out/fuzz.log"
    if ! "$out/fuzz_onscrypto" -max_total_time="$fuzz" -print_final_stats=1 "$out/corpus" >"$log" 2>&1; then
      tail -n 40 "$log" >&2
      say "FAILED: see $log (the crashing input is saved beside it)"
      exit 1
    fi
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    say "libFuzzer: ${runs:-?} executions in ${fuzz}s, no sanitizer report, no failed check"
  fi
fi
