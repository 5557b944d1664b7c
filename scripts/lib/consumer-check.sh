#!/usr/bin/env bash
# Drop-in check: installs our artifacts into a temporary local Maven repository, builds the
# separate project java/consumer-it against them alone, and runs it with plain `java` on each backend.
# Called by scripts/test after the build; usable alone after ons_setup (JAVA_HOME, MAVEN_OPTS).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
say() { printf '[consumer-check] %s\n' "$*" >&2; }

# A private local repository: a copy of the user's (so third-party artifacts need no download) without
# any ons-crypto artifact, then ours installed into it from this tree.
if [ -d "$HOME/.m2/repository" ]; then
  cp -a "$HOME/.m2/repository" "$tmp/m2"
fi
rm -rf "$tmp/m2/dev/onscrypto"
say "installing ons-crypto-core into a temporary repository"
(cd "$root" && mvn -B -q -ntp install -DskipTests -Dmaven.repo.local="$tmp/m2" -pl java/core -am \
   -Dons.native.skip="${ONS_NATIVE_SKIP:-false}" >"$tmp/install.log" 2>&1) || { cat "$tmp/install.log" >&2; exit 1; }

cp -r "$root/java/consumer-it" "$tmp/consumer"
say "building the consumer project against it"
version=$(sed -n '/<artifactId>ons-crypto-parent<\/artifactId>/,/<\/version>/s|.*<version>\(.*\)</version>.*|\1|p' "$root/pom.xml")
(cd "$tmp/consumer" && mvn -B -q -ntp package -Dons.version="$version" -Dmaven.repo.local="$tmp/m2" >"$tmp/build.log" 2>&1) \
  || { cat "$tmp/build.log" >&2; exit 1; }

backends=(java)
[ "${ONS_NATIVE_REQUIRED:-false}" = true ] && backends+=(native)
for backend in "${backends[@]}"; do
  say "running it with plain java, backend $backend"
  "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -Dons.backend="$backend" \
    -cp "$tmp/consumer/target/ons-consumer-1.jar:$tmp/consumer/target/lib/*" example.Consumer >"$tmp/run.log" 2>&1 \
    || { cat "$tmp/run.log" >&2; say "FAILED on $backend"; exit 1; }
  grep -q "^backend=$backend " "$tmp/run.log" || { cat "$tmp/run.log" >&2; say "wrong backend"; exit 1; }
  if grep -qi "warning" "$tmp/run.log"; then cat "$tmp/run.log" >&2; say "the JVM printed a warning"; exit 1; fi
done
say "passed on: ${backends[*]}"
