#!/usr/bin/env bash
# Builds a start-up-optimised layout of the console: the jar extracted (Spring Boot's tools jarmode) plus a JDK 25
# AOT cache (JEP 483/514/515) trained by one first start of the console (H2 in memory, demo seed, sign-in page).
# bin/chainline runs it (and calls this script when the layout is missing or older than the jar); docs/performance.md
# and ADR 0042 say what it saves. Needs JDK 25; the console jar must be built first.
#   scripts/aot-cache.sh            -> console/target/aot/{console-*.jar,lib/,chainline.aot}
#   java -XX:AOTCache=$PWD/console/target/aot/chainline.aot -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmx384m \
#        -jar $PWD/console/target/aot/console-*.jar
# The cache is valid only for the same JDK and the same class path: the training uses the absolute path of the
# extracted jar, so run it by that same absolute path (from any working directory), with the same JVM options
# (CHAINLINE_JVM_FLAGS, which bin/chainline sets: collector, C1-only JIT (ADR 0043), heap cap).
set -euo pipefail
cd "$(dirname "$0")/.."
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
jar=$(ls console/target/console-*.jar | grep -v -- '-sources' | head -n 1)
out=$PWD/console/target/aot
rm -rf "$out"
"$java" -Djarmode=tools -jar "$jar" extract --destination "$out" > /dev/null
# the same options bin/chainline runs with (it exports them); a cache serves only the collector and JIT it was trained with
flags=${CHAINLINE_JVM_FLAGS:-"-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmx${CHAINLINE_HEAP:-384m}"}
training_home=$(mktemp -d)
port=${AOT_TRAINING_PORT:-18079}
if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
  echo "port $port is in use: set AOT_TRAINING_PORT to a free port for the training run" >&2; exit 1
fi
# The training run is a first start as a user makes it: an empty H2 in memory, Flyway, Hibernate, the demo seed
# (the TOSCA engine's validation and packaging), Tomcat and Vaadin serving the sign-in page; then a normal exit
# (SIGTERM: the JVM writes the cache as it exits). Exiting on refresh would leave all of that after refresh cold.
CHAINLINE_HOME=$training_home "$java" -XX:AOTCacheOutput="$out/chainline.aot" $flags \
    -jar "$out/$(basename "$jar")" --server.port="$port" --chainline.demo-data=true \
    --spring.datasource.url=jdbc:h2:mem:aot-training > "$training_home/training.log" 2>&1 &
pid=$!
until curl -fs "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q UP; do
  kill -0 "$pid" 2>/dev/null || { cat "$training_home/training.log" >&2; exit 1; }
  sleep 1
done
curl -fs -o /dev/null "http://127.0.0.1:$port/login" || true
curl -fs -o /dev/null -c "$training_home/cookies" "http://127.0.0.1:$port/" || true
kill -TERM "$pid"
wait "$pid" || true
[ -s "$out/chainline.aot" ] || { cat "$training_home/training.log" >&2; exit 1; }
rm -rf "$training_home"
echo "AOT layout ready: bin/chainline (or java -XX:AOTCache=$out/chainline.aot $flags -jar $out/$(basename "$jar"))" >&2
