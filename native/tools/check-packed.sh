#!/usr/bin/env bash
# Checks the native libraries about to be packed into the core jar: each
# <dir>/<platform>/libonscrypto.so must be an ELF file for that platform's machine, so a library
# built for the wrong machine (a cross build that silently produced a host binary, a stale folder)
# never ships under another platform's name. The platform names and machine numbers are those of
# the loader (java/core .../internal/loader/Platform.java); the ELF header layout is from elf(5):
# magic at 0, EI_CLASS at 4 (2 = 64-bit), EI_DATA at 5 (1 = little-endian), e_machine at 18.
#
# Usage: check-packed.sh <dir> [--require=platform,platform,...]
#   --require  these platforms must be present (a release build requires every platform)
set -euo pipefail

dir=${1:?usage: check-packed.sh <dir> [--require=platform,...]}
required=""
case "${2:-}" in
  --require=*) required=${2#--require=} ;;
  "") ;;
  *) echo "check-packed: unknown argument $2" >&2; exit 2 ;;
esac

machine_of_platform() {
  case "$1" in
    linux-x86_64) echo 62 ;;    # EM_X86_64
    linux-aarch64) echo 183 ;;  # EM_AARCH64
    *) return 1 ;;
  esac
}

byte_at() { # the unsigned byte at offset $2 of file $1
  od -An -t u1 -j "$2" -N 1 "$1" | tr -d ' \n'
}

status=0
found=0
for library in "$dir"/*/libonscrypto.so; do
  [ -e "$library" ] || continue
  found=$((found + 1))
  platform=$(basename "$(dirname "$library")")
  if ! expected=$(machine_of_platform "$platform"); then
    echo "check-packed: $library: unknown platform folder '$platform'" >&2; status=1; continue
  fi
  magic=$(od -An -t x1 -N 4 "$library" | tr -d ' \n')
  if [ "$magic" != 7f454c46 ] || [ "$(byte_at "$library" 4)" != 2 ] || [ "$(byte_at "$library" 5)" != 1 ]; then
    echo "check-packed: $platform/libonscrypto.so is not a 64-bit little-endian ELF file" >&2; status=1; continue
  fi
  machine=$(( $(byte_at "$library" 18) + 256 * $(byte_at "$library" 19) ))
  if [ "$machine" != "$expected" ]; then
    echo "check-packed: $platform/libonscrypto.so has ELF machine $machine, $platform needs $expected" >&2
    status=1; continue
  fi
  echo "check-packed: $platform/libonscrypto.so: ELF machine $machine, as $platform needs"
done

for platform in ${required//,/ }; do
  if [ ! -e "$dir/$platform/libonscrypto.so" ]; then
    echo "check-packed: $platform/libonscrypto.so is missing, and this build requires it (a release carries every platform; for linux-aarch64 install the cross tools, as scripts/test does, and do not pass -Dons.aarch64.skip=true)" >&2; status=1
  fi
done
[ "$found" -gt 0 ] || echo "check-packed: no native library to pack (built without gcc?)"
exit "$status"
