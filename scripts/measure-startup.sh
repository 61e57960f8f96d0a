#!/usr/bin/env bash
# Measures the console's start time, RSS after start and after idling, and the jar size (docs/performance.md).
# Usage: scripts/measure-startup.sh [runs] [idle-seconds]
#   MODE=jar (default): java -jar on the fat jar. MODE=aot: the extracted jar with the JDK 25 AOT cache
#   (scripts/aot-cache.sh builds it). DB=postgres with SPRING_DATASOURCE_URL/USERNAME/PASSWORD measures on PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}; idle=${2:-60}
jar=$(ls console/target/console-*.jar | head -n 1)
aot=()
workdir=.
runjar=$jar
if [ "${MODE:-jar}" = aot ]; then
  [ -f console/target/aot/chainline.aot ] || scripts/aot-cache.sh > /dev/null
  # the AOT cache is only used with the same class path and GC it was trained with (scripts/aot-cache.sh trains with
  # the absolute path of the extracted jar, the serial collector and the heap cap): run it exactly as bin/chainline does
  aot=(-XX:AOTCache="$PWD/console/target/aot/chainline.aot" -XX:+UseSerialGC -Xmx"${CHAINLINE_HEAP:-384m}")
  runjar=$PWD/console/target/aot/$(basename "$jar")
fi
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
port=18080
profile=()
[ "${DB:-h2}" = postgres ] && profile=(--spring.profiles.active=postgres)
echo "mode: ${MODE:-jar}, jar: $jar ($(du -m "$jar" | cut -f1) MiB, $(unzip -l "$jar" | grep -c 'BOOT-INF/lib/.*\.jar') nested jars)"
for i in $(seq 1 "$runs"); do
  home=$(mktemp -d)
  log=$(mktemp)
  ( cd "$workdir" && exec env CHAINLINE_HOME="$home" "$java" "${aot[@]}" -jar "$runjar" --server.port=$port \
      "${profile[@]}" ) > "$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 120); do grep -q 'chainline.started' "$log" && break; sleep 0.5; done
  start=$(grep -o 'startSeconds=[0-9.]*' "$log" | cut -d= -f2)
  rss_start=$(awk '/VmRSS/{print int($2/1024)}' /proc/$pid/status)
  curl -s -o /dev/null "http://localhost:$port/login"
  sleep "$idle"
  rss_idle=$(awk '/VmRSS/{print int($2/1024)}' /proc/$pid/status)
  echo "run $i: mode=${MODE:-jar} db=${DB:-h2} start=${start}s rss_after_start=${rss_start}MiB rss_after_${idle}s_idle=${rss_idle}MiB"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$home" "$log"
done
