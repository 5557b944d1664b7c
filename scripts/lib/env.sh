# Shared setup for scripts/test, scripts/ons and .ci/run (sourced, not run).
# Finds a JDK >= 22, Maven, gcc and libsodium; installs what is missing with apt-get when running
# as root, and otherwise says how. Sets: JAVA_HOME, PATH, MAVEN_OPTS, ONS_ROOT, ONS_NATIVE_SKIP,
# ONS_SODIUM_FOUND, ONS_SODIUM_STATIC; ons_find_aarch64 (scripts/test only) sets ONS_AARCH64_SKIP
# and ONS_AARCH64_WHY.

ONS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
ONS_MIN_JAVA=22

ons_say() { printf '[ons] %s\n' "$*" >&2; }

ons_java_major() { # prints the feature version of the java binary $1, or nothing
  # Starting each JDK to ask costs ~0.1 s apiece (~0.5 s for every JDK under /usr/lib/jvm), so the
  # answer is cached per binary, keyed by its path, size and modification time.
  local cache="${XDG_CACHE_HOME:-$HOME/.cache}/ons-crypto/java-versions" key major
  key="$1|$(stat -Lc '%s|%Y' "$1" 2>/dev/null)"
  if [ -f "$cache" ]; then
    major=$(awk -F'\t' -v k="$key" '$1 == k { print $2; exit }' "$cache" 2>/dev/null)
    if [ -n "$major" ]; then echo "$major"; return; fi
  fi
  major=$("$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n 1)
  if [ -n "$major" ] && mkdir -p "${cache%/*}" 2>/dev/null; then
    printf '%s\t%s\n' "$key" "$major" >>"$cache" 2>/dev/null || true
  fi
  echo "$major"
}

ons_apt_install() { # installs Debian packages when we are root and apt-get exists (options such as --no-install-recommends pass through)
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    local names=() arg
    for arg in "$@"; do [ "${arg#-}" = "$arg" ] && names+=("$arg"); done
    ons_say "installing ${names[*]}"
    # Waits for a dpkg lock held by another apt run instead of failing at once.
    local apt=(apt-get -y -q -o DPkg::Lock::Timeout=300)
    if ! DEBIAN_FRONTEND=noninteractive "${apt[@]}" install "$@" >/dev/null 2>&1; then
      "${apt[@]}" update >/dev/null 2>&1 || true
      DEBIAN_FRONTEND=noninteractive "${apt[@]}" install "$@" >/dev/null 2>&1 || return 1
    fi
    return 0
  fi
  return 1
}

ons_find_jdk() {
  local candidate major best="" best_major=0
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(ons_java_major "$candidate/bin/java")
    major=${major%%.*}
    [ -n "$major" ] || continue
    if [ "$candidate" = "${JAVA_HOME:-}" ] && [ "$major" -ge "$ONS_MIN_JAVA" ]; then
      best=$candidate; best_major=$major; break   # a suitable JAVA_HOME wins
    fi
    if [ "$major" -ge "$ONS_MIN_JAVA" ] && [ "$major" -gt "$best_major" ]; then
      best=$candidate; best_major=$major
    fi
  done
  if [ -z "$best" ]; then
    ons_say "no JDK >= $ONS_MIN_JAVA found (looked at JAVA_HOME and /usr/lib/jvm/*)."
    ons_say "install one (e.g. Temurin 25) and set JAVA_HOME to it."
    return 1
  fi
  export JAVA_HOME=$best
  export PATH="$JAVA_HOME/bin:$PATH"
}

ons_find_maven() {
  command -v mvn >/dev/null 2>&1 && return 0
  ons_apt_install maven && command -v mvn >/dev/null 2>&1 && return 0
  ons_say "Maven (mvn) is missing: install it (Debian: apt-get install maven)."
  return 1
}

ons_find_gcc() { # ONS_NATIVE_SKIP=false when gcc and make are usable
  ONS_NATIVE_SKIP=false
  if ! command -v gcc >/dev/null 2>&1 || ! command -v make >/dev/null 2>&1; then
    ons_apt_install gcc make libc6-dev || true
  fi
  if ! command -v gcc >/dev/null 2>&1 || ! command -v make >/dev/null 2>&1; then
    ons_say "gcc/make missing: our native library is not built, only the Java backend runs."
    ons_say "to get the native backend: apt-get install gcc make"
    ONS_NATIVE_SKIP=true
  fi
}

ons_has_sodium() {
  ldconfig -p 2>/dev/null | grep -Eq 'libsodium\.so(\.(23|26))? ' && return 0
  ls /usr/lib/*/libsodium.so.2[36] /usr/lib/libsodium.so.2[36] /usr/local/lib/libsodium.so* >/dev/null 2>&1
}

ons_has_static_sodium() { # Debian's libsodium-dev: a position-independent libsodium.a we link into ours
  command -v gcc >/dev/null 2>&1 && [ -f "$(gcc -print-file-name=libsodium.a)" ]
}

ons_find_sodium() {
  # ONS_SODIUM_STATIC=true when libsodium.a can be linked into our library (then no system libsodium
  # is needed at run time); ONS_SODIUM_FOUND=true when the native backend will find a libsodium.
  ONS_SODIUM_STATIC=true
  if ! ons_has_static_sodium; then
    ons_apt_install libsodium-dev || true
  fi
  ons_has_static_sodium || ONS_SODIUM_STATIC=false
  ONS_SODIUM_FOUND=true
  if [ "$ONS_SODIUM_STATIC" = false ] && ! ons_has_sodium; then
    ons_apt_install libsodium23 || ons_apt_install libsodium26 || true
  fi
  if [ "$ONS_SODIUM_STATIC" = false ] && ! ons_has_sodium; then
    ons_say "libsodium is missing: the native backend cannot load, only the Java backend runs."
    ons_say "to get the native backend: apt-get install libsodium-dev (linked in) or libsodium23"
    ONS_SODIUM_FOUND=false
  fi
}

# The linux-aarch64 library is cross-built on x86_64 and its tests run under qemu (native/pom.xml).
# Debian bookworm: gcc-aarch64-linux-gnu (its C library headers, libc6-dev-arm64-cross, are only a
# Recommends), qemu-user (qemu-aarch64; no binfmt registration needed, the build names the emulator),
# and libsodium-dev:arm64 (multiarch: the arm64 architecture must be added first).
ONS_AARCH64_SODIUM_A=/usr/lib/aarch64-linux-gnu/libsodium.a   # also pom.xml's profile cross-aarch64

ons_aarch64_missing() { # prints the Debian packages the aarch64 check lacks here, nothing when complete
  local missing=()
  command -v aarch64-linux-gnu-gcc >/dev/null 2>&1 || missing+=(gcc-aarch64-linux-gnu)
  [ -f /usr/aarch64-linux-gnu/include/stdio.h ] || missing+=(libc6-dev-arm64-cross)
  command -v qemu-aarch64 >/dev/null 2>&1 || missing+=(qemu-user)
  [ -f "$ONS_AARCH64_SODIUM_A" ] || missing+=(libsodium-dev:arm64)
  printf '%s' "${missing[*]}"
}

ons_find_aarch64() { # ONS_AARCH64_SKIP=false when the cross build and qemu are usable, else ONS_AARCH64_WHY says why
  ONS_AARCH64_SKIP=true
  ONS_AARCH64_WHY=""
  if [ "$(uname -m)" != x86_64 ]; then
    ONS_AARCH64_WHY="it is cross-built on x86_64 only, this machine is $(uname -m)"
  elif [ "$ONS_NATIVE_SKIP" = true ]; then
    ONS_AARCH64_WHY="no native build here (gcc/make missing)"
  else
    local missing; missing=$(ons_aarch64_missing)
    if [ -n "$missing" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      if [[ " $missing " == *:arm64* ]] && ! dpkg --print-foreign-architectures 2>/dev/null | grep -qx arm64; then
        dpkg --add-architecture arm64 || true   # ons_apt_install then updates the lists once
      fi
      # shellcheck disable=SC2086 # one word per package
      ons_apt_install --no-install-recommends $missing || true
      missing=$(ons_aarch64_missing)
    fi
    if [ -n "$missing" ]; then
      ONS_AARCH64_WHY="missing $missing (as root with apt-get, scripts/test installs them)"
    else
      ONS_AARCH64_SKIP=false
    fi
  fi
  export ONS_AARCH64_SKIP ONS_AARCH64_WHY
}

ons_setup() {
  ons_find_jdk || return 1
  ons_find_maven || return 1
  ons_find_gcc
  ons_find_sodium
  # Maven 3.8 on JDK 23+ warns about sun.misc.Unsafe by itself; silence that, not our code.
  local major; major=$(ons_java_major "$JAVA_HOME/bin/java"); major=${major%%.*}
  if [ "$major" -ge 24 ]; then
    export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
  fi
  export ONS_NATIVE_SKIP ONS_SODIUM_FOUND ONS_SODIUM_STATIC ONS_ROOT
}
