#!/usr/bin/env bash
# Runs scripts/ons as a process (the way users do) and checks output and exit codes.
# Called by scripts/test after the build; usable alone: scripts/lib/cli-check.sh
set -uo pipefail
ons="$(cd "$(dirname "$0")/.." && pwd)/ons"
fails=0
check() { # check NAME EXPECTED_EXIT PATTERN -- ARGS...: runs ons ARGS, wants the exit code and PATTERN in stdout+stderr
  local name=$1 want=$2 pattern=$3; shift 4
  local out code
  out=$("$ons" "$@" 2>&1); code=$?
  if [ "$code" != "$want" ] || ! grep -qE -- "$pattern" <<<"$out"; then
    printf '[cli-check] FAILED %s: exit %s (wanted %s)\n%s\n' "$name" "$code" "$want" "$out" >&2
    fails=$((fails + 1))
  fi
}
check_one_line() { # like check, and the output must be exactly one line (no stack trace)
  local name=$1 want=$2 pattern=$3; shift 4
  local out code
  out=$("$ons" "$@" 2>&1); code=$?
  if [ "$code" != "$want" ] || ! grep -qE -- "$pattern" <<<"$out" || [ "$(printf '%s\n' "$out" | wc -l)" != 1 ]; then
    printf '[cli-check] FAILED %s: exit %s (wanted %s and one line)\n%s\n' "$name" "$code" "$want" "$out" >&2
    fails=$((fails + 1))
  fi
}
check name-hash 0 '^hash_base64=yB7mbm2q1MaczqNZCYguH\+71z5jooEMeXA0sncfni\+g=$' -- name JaGeRmAn
check name-invalid 1 '^error: invalid session name' -- name bad-
check decrypt 0 '^value=05fb466d312e1666ad1c84c4ee55b7e034151c0e366a313d95d11436a5f36e1e75$' -- decrypt --type session \
  --name jagerman --nonce 73e8243f3fadd471be36c6df3d62f863f9bb3a9d1cc696c0 \
  d9bca6752665f2254ec7522f98aa5f2dfb13c9fa1ad1e39cd3d7a89a0df04719e348da537bc310a53e3b59ca24639b9b42
check bad-hex 2 '^error: ENCRYPTED is not valid hex' -- decrypt --type session --name jagerman zz
check usage 2 '^error: Unknown option' -- name --frobnicate x
ONS_NATIVE_PATH=/nonexistent/libonscrypto.so check forced-native-unavailable 3 'libonscrypto not loaded' -- backend --backend native
# A bad ons.backend setting is a usage error; forcing a native backend that cannot load is exit 3.
ONS_BACKEND=bogus check_one_line bad-backend-setting 2 "^error: environment variable ONS_BACKEND must be auto, native or java; got 'bogus'$" -- name blocks.loki
ONS_BACKEND=native ONS_NATIVE_PATH=/nonexistent/libonscrypto.so ONS_SODIUM_PATH=/nonexistent/libsodium.so \
  check_one_line forced-native-no-libsodium 3 '^error: native backend unavailable: .*libsodium not loaded' -- name blocks.loki
# No part of a key file reaches the output, wherever the file is put (picocli's @file expansion is off).
keydir=$(mktemp -d); trap 'rm -rf "$keydir"' EXIT
secret=$(od -An -tx1 -N32 /dev/urandom | tr -d ' \n')
printf 'ed25519=%s\n' "$secret" >"$keydir/key"
no_leak() { # no_leak NAME ARGS...: runs ons ARGS and wants no 12-hex stretch of the secret in stdout+stderr
  local name=$1; shift
  local out i
  out=$("$ons" "$@" 2>&1 | tr 'A-F' 'a-f')
  for ((i = 0; i + 12 <= ${#secret}; i++)); do
    if [[ $out == *"${secret:i:12}"* ]]; then
      printf '[cli-check] FAILED %s: the key file leaked into the output\n' "$name" >&2
      fails=$((fails + 1)); return
    fi
  done
}
no_leak at-file-positional name x "@$keydir/key"
no_leak at-file-key-file sign-update --name jagerman --type session --prev-txid "$(printf '00%.0s' {1..32})" \
  --owner "$(printf '11%.0s' {1..32})" --key-file "@$keydir/key"
no_leak at-file-before-command "@$keydir/key" name jagerman
# No terminal escapes (Maven's jansi printed ESC[0m even with -B -q) in what scripts/ons's first-use
# build prints: the same Maven flags, on a tiny goal.
mvn_out=$(cd "$(dirname "$ons")/.." && mvn -B -q -ntp -Dstyle.color=never -N validate 2>&1)
if [[ $mvn_out == *$'\e'* ]]; then
  printf '[cli-check] FAILED maven-escapes: Maven printed terminal escape sequences: %q\n' "$mvn_out" >&2
  fails=$((fails + 1))
fi
check burn 0 '^burn=7000000000$' -- burn --type session
check expiry 0 '^expiration_height=265960$' -- expiry --type lokinet --height 1000
check tx-extra-parse-failure 1 '^rule=parse$' -- tx-extra check 01ff --height 1
check tx-extra-renew 0 '^extra=7a0002' -- tx-extra build renew --name blocks.loki --type lokinet --prev-txid 00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff
# A legacy record needs 256 MiB for Argon2id: in a JVM with less heap that is exit 3 (the environment
# cannot do it), one typed line, never an OutOfMemoryError or the "invalid" status of a failed decryption.
JDK_JAVA_OPTIONS=-Xmx160m check legacy-decrypt-small-heap 3 '^error: not enough memory for Argon2id' -- decrypt \
  --backend java --type session --name sissi \
  be3445a80763dd0e63a4d8a524c8f3a1bbedf8921947b2987b7e7173e7d920c649d6d7c2391967598c65d3f2e81b760787
check vectors 0 '^TOTAL: [1-9][0-9]* passed, 0 failed, 0 skipped$' -- vectors verify --backend java
if [ "$fails" -gt 0 ]; then
  echo "[cli-check] $fails check(s) failed" >&2
  exit 1
fi
echo "[cli-check] scripts/ons: all checks passed" >&2
