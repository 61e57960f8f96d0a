# Sourced by bin/chainline-tosca and scripts/tosca-aot-cache.sh: the CLI's JVM flags and class path, which must be
# the same in the AOT training run and every run that uses the cache (docs/performance.md, "TOSCA validation").
# C1 only (TieredStopAtLevel=1): a CLI run is over before C2 would pay for its compile time; the serial collector:
# G1's threads and regions only cost start-up time. No heap cap: the engine reads a CSAR of up to 1 GiB into memory
# (ZipLimits), so the JVM's default (a quarter of RAM) stays; the start only depends on the initial heap.
TOSCA_CLI_JVM_FLAGS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss2m"

# The jar and its libraries by absolute path in a fixed order (a "lib/*" wildcard's order is the directory's).
tosca_cli_classpath() {
  local target="$1" jar
  jar=$(ls "$target"/tosca-*.jar 2>/dev/null | grep -v -- '-sources' | head -n 1 || true)
  [ -n "$jar" ] && [ -d "$target/lib" ] || return 1
  printf '%s' "$jar"
  for lib in $(ls "$target"/lib/*.jar | LC_ALL=C sort); do printf ':%s' "$lib"; done
}
